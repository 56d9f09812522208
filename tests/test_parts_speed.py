"""The cheap word test in front of the disclaimer pattern must never turn a disclaimer away:
every alternative of phrases.DISCLAIMER holds one of its words, and disclaimers in each
language still come out as the disclaimer."""

from __future__ import annotations

import newsclean
from newsclean import parts, phrases


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character set: its | and ( are literal
            i = pattern.index("]", i + 2) + 1
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def test_every_alternative_of_the_disclaimer_pattern_holds_a_prefilter_word():
    alternatives = _alternatives(phrases.DISCLAIMER.pattern)
    assert len(alternatives) > 10
    for alt in alternatives:
        assert any(word in alt.lower() for word in parts.DISCLAIMER_WORDS), alt


def test_the_splitter_sees_top_level_alternatives_only():
    assert _alternatives(r"^a(?:b|c)[|(]d|e\|f") == [r"^a(?:b|c)[|(]d", r"e\|f"]


def page(body: str) -> str:
    return f"<html><head><title>Quay fees</title></head><body>{body}</body></html>"


STORY = "<p>" + "The harbour board met on Monday and agreed the new fees for the quay. " * 4 + "</p>"


def test_disclaimers_still_found_behind_the_word_test():
    for line in ("The views expressed in this article are the author's own.",
                 "Die Kolumne gibt die persönliche Meinung des Autors wieder.",
                 "Les opinions exprimées dans cet article n'engagent que leur auteur.",
                 "Las opiniones expresadas en esta columna son de exclusiva responsabilidad del autor.",
                 "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها"):
        article = newsclean.clean(page(f"<article><h1>Quay fees</h1>{STORY}<p>{line}</p></article>"))
        assert article.disclaimer == line, line


def test_the_word_test_turns_plain_prose_away():
    assert not parts.may_be_disclaimer("The harbour board met on Monday and agreed the new fees.")
    assert parts.may_be_disclaimer("DISCLOSURE: the writer holds shares in the port.")


def test_every_dek_name_holds_the_letters_the_dek_reader_looks_for_first():
    from newsclean import metadata_sources, patterns

    body = patterns.DEK_HINT.pattern.removeprefix(" (?:").removesuffix(") ")
    alternatives = _alternatives(body)
    assert len(alternatives) > 10
    for alt in alternatives:
        assert metadata_sources._MAY_NAME_DEK.search(alt.replace("\\", "")), alt
