"""Bylines to person names: prefixes, roles, credentials, organisations, wire credit lines."""

from __future__ import annotations

import pytest

from newsclean.authors import byline_names, handle_name, lowercase_name, split_names

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
