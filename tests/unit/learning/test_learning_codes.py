"""Personal codes: hard to guess, forgiving to type, never stored as themselves."""

from __future__ import annotations

from firstpost.core.learning.codes import (
    ALPHABET,
    code_problem,
    display_code,
    learner_key_for_code,
    new_code,
    normalise_code,
)


def test_new_codes_are_valid_grouped_and_different():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert code_problem(code) is None
        groups = code.split("-")
        assert [len(g) for g in groups] == [4, 4, 4]
        assert set(code.replace("-", "")) <= set(ALPHABET)


def test_codes_typed_with_spaces_capitals_or_no_hyphens_still_match():
    code = new_code()
    typed = " " + code.upper().replace("-", " ") + " "
    assert code_problem(typed) is None
    assert display_code(typed) == code
    assert learner_key_for_code(typed) == learner_key_for_code(code)


def test_malformed_codes_get_a_plain_reason():
    assert code_problem("") == "The personal code is empty."
    for bad in ("abc", "k7mp-q2xa-9ft0", "k7mp-q2xa-9fth-extra", "<script>alert(1)</script>"):
        message = code_problem(bad)
        assert message is not None and "personal code" in message
    assert "too long" in (code_problem("a" * 500) or "")


def test_the_store_key_is_a_hash_not_the_code():
    code = new_code()
    key = learner_key_for_code(code)
    assert key.startswith("link:")
    assert normalise_code(code) not in key
    assert learner_key_for_code(new_code()) != key
