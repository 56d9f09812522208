"""Bylines to person names: prefixes, roles, credentials, organisations, wire credit lines."""

from __future__ import annotations

import pytest

from newsclean.author_names import handle_name, labelled_names, lowercase_name
from newsclean.authors import byline_names, split_names
from newsclean.credits import ORGANIZATION, PERSON, credit_kind, org_credit

CASES = [
    ("By Jane Doe", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Ana Lima, Bo Chen and Carla Diaz", ["Ana Lima", "Bo Chen", "Carla Diaz"]),
    ("By Jane Doe, Staff Writer and John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe, Special to The Daily Planet", ["Jane Doe"]),
    ("Reporting by Ana Lima in London; Additional reporting by Bob Stone; Editing by Carl Hart",
     ["Ana Lima"]),
    ("Von Roland Brockmann und Sebastian Drescher", ["Roland Brockmann", "Sebastian Drescher"]),
    ("Par Claire Dubois et Marc Petit", ["Claire Dubois", "Marc Petit"]),
    ("Por José García y María López", ["José García", "María López"]),
    ("Shelby Loos, DVM", ["Shelby Loos"]),
    ("Jillian Kubala, MS, RD", ["Jillian Kubala"]),
    ("Mayank Gupta, CEO of CaseBasix", ["Mayank Gupta"]),
    ("Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines", ["Benjamin Johnson"]),
    ("Perry Bacon Jr.", ["Perry Bacon Jr."]),
    ("By Jane Doe | Updated May 4, 2024 10:30 am", ["Jane Doe"]),
    ("Jane Doe @janedoe", ["Jane Doe"]),
    ("Reuters", []),
    ("By Staff", []),
    ("The Associated Press", []),
    ("By Jane Doe and Bo Chen, Daily Planet staff", ["Jane Doe", "Bo Chen"]),
    # a name glued to what follows it in a byline element
    ("Grete Vollmer Chefredakteurin", ["Grete Vollmer"]),
    ("Tomas Reyes Thursday", ["Tomas Reyes"]),
    ("Hanne Kessler Über Autorenseite von", ["Hanne Kessler"]),
    ("Jonas Pirk, Mitglied der Lokalredaktion", ["Jonas Pirk"]),
    ("Datum; Quelle", []),
    ("Cara Dumont RN, BSN", ["Cara Dumont"]),  # credentials after the name, with or without a comma
    ("Dylan Baird, MS, RD, FAND", ["Dylan Baird"]),
    ("Insights, Lisa Berne", ["Lisa Berne"]),  # a one-word label beside a full name
    ("Linny and Peter", ["Linny", "Peter"]),  # first names only: kept
    ("Megan Nolan Content Marketing Coordinator", ["Megan Nolan"]),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_split_names(raw: str, expected: list[str]):
    assert split_names(raw) == expected


def test_site_name_is_not_an_author():
    assert split_names("By Coast News", site_name="Coast News") == []


@pytest.mark.parametrize(("line", "expected"), [
    ("by: Mina Oduya, Dec 17, 2025", ["Mina Oduya"]),
    ("Written by Sara Belmonte on March 3, 2024", ["Sara Belmonte"]),
    ("Posted by Colm Whelan", ["Colm Whelan"]),
    ("Author: Ines Varga", ["Ines Varga"]),
    ("Geschrieben von Karl Brenner", ["Karl Brenner"]),
    ("Bypass road reopens", None),
    ("Portugal beat Spain", None),
    ("Authority: the harbour board", None),
])
def test_byline_line_prefixes(line: str, expected: list[str] | None):
    assert byline_names(line) == expected


def test_byline_line_needs_a_by_prefix_and_must_be_short():
    assert byline_names("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert byline_names("By the end of the year, prices had doubled in every district.") is None
    assert byline_names("Jane Doe") is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("quillpen42", "quillpen42"),
    ("mara.k.holt", "mara.k.holt"),
    ("By harbourwatch", "harbourwatch"),
    ("harbourtimes.de", None),  # the site
    ("www.harbourtimes.com", None),
    ("publisher", None),
    ("admin", None),
    ("Jane Doe", None),  # a name with a space is split_names' business
    ("2024", None),
])
def test_handles_from_author_markup(raw: str, expected: str | None):
    assert handle_name(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("kirra bostock", "kirra bostock"),
    ("By anneke de vries", "anneke de vries"),
    ("news desk", None),
    ("admin", None),
    ("Kirra Bostock", None),  # capitalised names are split_names' business
])
def test_lowercase_names_from_structured_data(raw: str, expected: str | None):
    assert lowercase_name(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("By the Harbour Times Team", "the Harbour Times Team"),
    ("Quayside Editorial Desk | May 4, 2024", "Quayside Editorial Desk"),
    ("Redaktion, 24. Januar", "Redaktion"),
    ("Gullwing Labs", "Gullwing Labs"),
    ("mar/dpa", "mar/dpa"),
    ("Ada Roe (QuillSoft)", "Ada Roe (QuillSoft)"),
    ("admin", None),  # a placeholder
    ("Unknown", None),
    ("View all posts", None),  # a link label
    ("Zeige alle Beiträge von kaimauer", "kaimauer"),  # the label of a link to the author's posts
    ("Copyright Harbour Media Ltd", None),
    ("Data: 28-04", None),
    ("5 Best Harbour Walks For", None),  # a headline cut short, not a name
    ("Harbour Team 3", None),
    ("https://harbour.example/about", None),
])
def test_organisation_credits(raw: str, expected: str | None):
    assert org_credit(raw) == expected


def test_free_text_credits_must_be_capitalised():
    assert org_credit("harbour desk") == "harbour desk"  # declared in structured data
    assert org_credit("harbour desk", capitalised=True) is None


@pytest.mark.parametrize(("credit", "site", "organisation", "expected"), [
    ("Harbour Times Team", None, False, ORGANIZATION),
    ("Gullwing Labs", None, False, ORGANIZATION),
    ("GullwingCare", None, False, ORGANIZATION),  # a brand written as one word
    ("QUAYPORT", None, False, ORGANIZATION),  # an acronym
    ("harbourtimes.com", None, False, ORGANIZATION),
    ("mar/dpa", None, False, ORGANIZATION),
    ("Staff Writer", None, False, ORGANIZATION),  # a role standing for a desk
    ("Quillwater", "Quillwater", False, ORGANIZATION),  # the site's own name
    ("Mara Holt", None, True, ORGANIZATION),  # typed as an Organization by the page
    ("Mara Holt", "Mara Holt", False, PERSON),  # a blogger's site named after her
    ("Ada Roe (QuillSoft)", None, False, PERSON),
    ("LD", None, False, PERSON),  # initials
    ("kaimauer", "Harbour Notes", False, PERSON),  # a user name
])
def test_credit_kind(credit: str, site: str | None, organisation: bool, expected: str):
    assert credit_kind(credit, site, organisation) == expected


def test_a_bloggers_name_in_her_sites_name_is_still_hers():
    assert split_names("Mara Holt", site_name="Mara Holt's Blog") == ["Mara Holt"]
    assert split_names("Mara Holt", site_name="Mara Holt Harbour Tours") == []  # a business named after her


@pytest.mark.parametrize(("raw", "expected"), [
    ("Eingestellt von Lotte Brenner", ["Lotte Brenner"]),  # Blogger in German
    ("erstellt von Lotte Brenner —", ["Lotte Brenner"]),  # Plone
    ("Ein Beitrag von Lotte Brenner", ["Lotte Brenner"]),
    ("Posted on September 21, 2020 by Mara Holt", ["Mara Holt"]),  # a date before the name
    ("Oct 30 2020 by Mara Holt", ["Mara Holt"]),
    ("Mara Holt Stand: 05. Februar 2020", ["Mara Holt"]),
])
def test_byline_forms_of_blogs_and_cms(raw: str, expected: list[str]):
    assert split_names(raw) == expected


def test_a_german_blog_post_line_is_a_byline():
    assert byline_names("Blog Beitrag von Lotte Brenner") == ["Lotte Brenner"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Datum: 19.11.2024 Autor: Lotte Brenner Quelle: Harbour Press", ["Lotte Brenner"]),
    ("04.02.2024 - Redaktion: Jan Roe (Pressesprecher des Hafens)", ["Jan Roe"]),
    ("Autor: Jan Roe (Gast Beitrag), Redner bei harbour.example", ["Jan Roe"]),
    ("Author: Eva (Roe) Doe", []),  # a bracket inside the name: left to the organisation reader
    ("Autoren Jan Roe und Eva Doe", ["Jan Roe", "Eva Doe"]),
    ("Autor: Rechtsanwalt Jan Roe", ["Jan Roe"]),  # a title between the label and the name
    ("Der Autor dieses Buches, Jan Roe", []),  # a sentence, not a label
    ("Der Autor ist Jan Roe", []),
])
def test_names_after_an_author_label(text: str, expected: list[str]):
    assert labelled_names(text) == expected


def test_free_text_labels_need_their_colon():
    assert labelled_names("Autoren Jan Roe und Eva Doe", colon=True) == []
    assert labelled_names("Text: Eva Doe", colon=True) == ["Eva Doe"]


@pytest.mark.parametrize("word", ["mehr", "more", "profile"])
def test_a_link_word_is_no_user_name(word: str):
    assert handle_name(word) is None


def test_a_day_or_month_is_no_name():
    assert split_names("Sat, 20 Dec, 2025 - 06:36") == []
    assert split_names("Jan Roe") == ["Jan Roe"]  # but a name may begin like a month


def test_firms_in_a_headline_are_no_people():
    assert split_names("Top 12 Harbour Consulting Firms & Companies") == []
    assert split_names("Jane Roe, 3 Comments") == ["Jane Roe"]


@pytest.mark.parametrize(("line", "expected"), [
    ("03/01/2024 by Eva Doe, Candidate Representative", ["Eva Doe"]),  # a date, then the byline
    ("Dec. 19, 2025 · Jan Roe on behalf of the Quay Group", ["Jan Roe"]),
])
def test_bylines_opening_with_a_date(line: str, expected: list[str]):
    assert split_names(line) == expected


def test_a_dated_line_is_a_byline_only_if_a_date_comes_before_the_by():
    assert byline_names("03/01/2024 by Eva Doe") == ["Eva Doe"]
    assert byline_names("Bern, 17.08.2024 - Rede von Jan Roe beim Hafentag") is None  # a place and a speech


@pytest.mark.parametrize(("raw", "expected"), [
    ("Loïc Le Roux", ["Loïc Le Roux"]),  # "le" opens a date only before one
    ("Par Jean Roux le 07 mai 2024", ["Jean Roux"]),
    ("Von Eva Doe am Samstag, 19. Oktober 2024 um 11:14 Uhr", ["Eva Doe"]),
    ("Von Jan Roe Fr, 18. Oktober 2024", ["Jan Roe"]),  # a German weekday's abbreviation
    ("AuthorJan Roe", ["Jan Roe"]),  # a label glued to the name
    ("View all posts by Eva Doe", ["Eva Doe"]),
    ("Alles von Jan Roe", ["Jan Roe"]),
    ("Autorenseite von", []),  # a label: a name does not end with "von"
])
def test_what_sits_around_a_name(raw: str, expected: list[str]):
    assert split_names(raw) == expected


def test_a_second_author_with_an_affiliation_glued_on():
    assert split_names("By Jan Roe And Eva Doe For The Harbour Times") == ["Jan Roe", "Eva Doe"]
    assert split_names("Eva Doe, Home and Harbour Safety Expert") == ["Eva Doe"]  # a role, no second person


@pytest.mark.parametrize("raw", ["am", "Full Bio"])
def test_stray_words_are_no_credit_nor_name(raw: str):
    assert org_credit(raw) is None
    assert split_names(raw) == []


@pytest.mark.parametrize(("raw", "expected"), [
    ("Posted By: Jan Roe · In: Sides, Quay Bread", ["Jan Roe"]),  # the post's categories follow
    ("Eva HoltmannHarbour Correspondent", []),  # two words run together by markup
    ("Jan MacLeod", ["Jan MacLeod"]),  # but a capital inside a name is fine
    ("By looking at the company’s past", []),  # a curly apostrophe does not make a name non-Latin
])
def test_more_things_that_are_no_names(raw: str, expected: list[str]):
    assert split_names(raw) == expected


@pytest.mark.parametrize("raw", ["harbourtimes.com, Portsmouth, England", "Landesamt für Hafen und Quai - LHQ"])
def test_an_author_field_naming_an_organisation_has_no_person_in_it(raw: str):
    assert split_names(raw, strict=True) == []
    assert split_names("Eva Doe, MD", strict=True) == ["Eva Doe"]  # a credential is no sign of an organisation


def test_labels_glued_by_a_colon_and_about_headings():
    assert split_names("Authors:Eva Doe, Jan Roe") == ["Eva Doe", "Jan Roe"]
    assert split_names("About Eva Doe") == ["Eva Doe"]
