"""The seed page must come out exactly as ../shared/seed/README.md describes it."""

from __future__ import annotations

import newsclean
from newsclean.model import Category, Heading

PULL_QUOTE = ("The Assad regime that has built its survival on buying time and outlasting the "
              "skeptics, is wooing Europe to take him as a potential partner against ISIS")


def test_seed_metadata(seed_bytes):
    a = newsclean.clean(seed_bytes)
    assert a.title == "Assad dials the West from Palmyra: Let’s talk ISIS?"
    assert a.subtitle is not None and a.subtitle.startswith("From Palmyra, Assad is flirting with Europe")
    assert a.subtitle.endswith("...")
    assert a.authors == ("Joyce Karam",)
    assert a.published is None and a.updated is None


def test_seed_body_keeps_the_dek_paragraph_once(seed_bytes):
    text = newsclean.clean(seed_bytes).text
    assert text.count("From Palmyra, Assad is flirting with Europe") == 1
    assert text.startswith("The recapture of Palmyra by the Assad regime")
    assert text.endswith("under the same political circumstances.")


def test_seed_headings(seed_bytes):
    a = newsclean.clean(seed_bytes)
    headings = [b for b in a.blocks if isinstance(b, Heading)]
    assert [h.spans[0].text for h in headings] == ["Assad flirting with Europe", "Shortsighted approach"]
    assert "\n## Assad flirting with Europe\n" in a.markdown
    assert "\n## Shortsighted approach\n" in a.markdown


def test_seed_pull_quote_once_and_stray_name_gone(seed_bytes):
    a = newsclean.clean(seed_bytes)
    # the sentence stays once, inside its paragraph ("For now, the Assad regime ..."), not on its own
    assert a.text.lower().count(PULL_QUOTE.lower()) == 1
    assert "For now, the Assad regime that has built its survival" in a.text
    assert "\n\n" + PULL_QUOTE not in a.text
    assert "Joyce Karam" not in a.text
    removed = {(r.category, r.text) for r in a.removed}
    assert (Category.PULL_QUOTE, PULL_QUOTE) in removed


def test_seed_bio_and_disclaimer(seed_bytes):
    a = newsclean.clean(seed_bytes)
    assert a.bio is not None and a.bio.startswith("Joyce Karam is the Washington Bureau Chief for Al-Hayat")
    assert a.bio.endswith("Twitter: @Joyce_Karam")
    assert a.disclaimer == ("Disclaimer: Views expressed by writers in this section are their own and do "
                            "not reflect Al Arabiya English's point-of-view.")
    assert "Bureau Chief" not in a.text and "Disclaimer" not in a.text


def test_seed_widgets_and_trending_removed_with_reasons(seed_bytes):
    a = newsclean.clean(seed_bytes)
    for line in ("Published: Updated:", "Enable Read mode", "100% Font Size", "Top Content Trending"):
        assert line not in a.text
        assert line not in a.markdown
    by_text = {r.text: r.category for r in a.removed}
    assert by_text["Published: Updated:"] is Category.EMPTY_LABEL
    assert by_text["Enable Read mode"] is Category.READER_WIDGET
    assert by_text["100% Font Size"] is Category.READER_WIDGET
    assert by_text["Top Content Trending"] is Category.TRENDING
