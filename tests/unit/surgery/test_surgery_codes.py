"""Join codes are short, unambiguous, forgiving of how people type them, and read from links."""

from __future__ import annotations

import pytest

from firstpost.core.surgery.codes import (
    ALPHABET,
    CODE_LENGTH,
    join_code_from_query,
    join_code_problem,
    join_link,
    new_join_code,
    normalise_join_code,
    spoken_code,
)


def test_new_codes_avoid_look_alike_characters():
    codes = {new_join_code() for _ in range(200)}
    assert len(codes) > 190
    for code in codes:
        assert len(code) == CODE_LENGTH
        assert set(code) <= set(ALPHABET)
        assert not set(code) & set("01OIL")


@pytest.mark.parametrize("typed", ["k7mpq", " K7M-PQ ", "k 7 m p q", "K7MPQ"])
def test_codes_are_accepted_as_people_type_them(typed):
    assert join_code_problem(typed) is None
    assert normalise_join_code(typed) == "K7MPQ"


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "Type the join code"),
        ("K7MP", "5 letters and numbers"),
        ("K7MPQQ", "5 letters and numbers"),
        ("K0MPQ", "5 letters and numbers"),  # a zero is never in a code
        ("<b>x", "5 letters and numbers"),
    ],
)
def test_wrong_codes_get_a_plain_reason(typed, says):
    assert says in join_code_problem(typed)


def test_the_code_is_read_from_the_page_address():
    assert join_code_from_query("join=K7MPQ") == "K7MPQ"
    assert join_code_from_query("other=1&join=k7mpq") == "k7mpq"
    assert join_code_from_query("join=") == ""
    assert join_code_from_query("") is None
    assert join_code_from_query("plan=abc") is None
    assert len(join_code_from_query("join=" + "A" * 500)) == 40


def test_the_code_is_spelled_out_for_screen_readers_and_put_in_links():
    assert spoken_code("k7mpq") == "K 7 M P Q"
    assert join_link(" k7-mpq") == "surgery.ipynb?join=K7MPQ"
