"""Personal data: NHS and NI numbers are a stop; personal contact details need fixing."""

from __future__ import annotations

import pytest

from firstpost.core.checks.personal_data import nhs_number_is_valid
from tests.unit.checks.checks_helpers import run


def found(text: str) -> list[tuple[str, str, str]]:
    result = run(text)
    return [
        (f.rule, result.quote(f), f.severity) for f in result.findings if f.check == "personal-data"
    ]


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("9434765919", True),  # the NHS's own worked example
        ("4010232137", True),
        ("9434765918", False),  # wrong check digit
        ("9434765910", False),
        ("1234567890", False),  # check digit would be 10: never issued
        ("943476591", False),
        ("94347659x9", False),
    ],
)
def test_nhs_mod_11(number, valid):
    assert nhs_number_is_valid(number) is valid


def test_valid_nhs_numbers_in_any_usual_format_are_a_stop():
    for written in ("943 476 5919", "943-476-5919", "9434765919"):
        assert found(f"Patient {written} was seen") == [("nhs-number", written, "stop")]


def test_ten_digit_numbers_that_fail_the_check_are_not_nhs_numbers():
    assert found("Reference 943 476 5918 for your application") == []
    assert found("Job ref 1234567890") == []


def test_national_insurance_numbers():
    assert found("NI: AB123456C") == [("ni-number", "AB123456C", "stop")]
    assert found("NI: AB 12 34 56 C") == [("ni-number", "AB 12 34 56 C", "stop")]
    # prefixes never issued, letters never used
    assert found("GB123456A BG123456A DA123456A AB123456E") == []


def test_phone_numbers():
    assert found("Call Dave on 07700 900123") == [("mobile-number", "07700 900123", "fix")]
    assert found("Call +44 7700 900123") == [("mobile-number", "+44 7700 900123", "fix")]
    assert found("Call 01632 960123") == [("phone-number", "01632 960123", "consider")]
    assert found("Call (01632) 960123") == [("phone-number", "(01632) 960123", "consider")]
    assert found("Switchboard 0300 123 4567, freephone 0800 123 4567") == []
    assert found("Salary £38,000 to £43,500, closing 2030-03-29, 37 hours") == []


def test_email_addresses_team_inboxes_are_fine():
    assert found("Email recruitment@westshire.gov.uk or hr.team@westshire.gov.uk") == []
    assert found("Email jobs@nhs.net") == []
    assert found("Email chris.harper@westshire.gov.uk") == [
        ("personal-email", "chris.harper@westshire.gov.uk", "fix")
    ]


def test_postcodes():
    assert found("Our office: County Hall, WS1 2AB") == [("postcode", "WS1 2AB", "consider")]
    assert found("SW1A 1AA and M1 1AE") == [
        ("postcode", "SW1A 1AA", "consider"),
        ("postcode", "M1 1AE", "consider"),
    ]
    assert found("Grade A1 2BC? No: QV1 1AA is not a postcode") == []


def test_nothing_in_ordinary_text_or_links():
    assert found("We're recruiting. Visit www.westshire.gov.uk/jobs/9434765919") == []
    assert found("") == []


def test_numbers_written_the_international_way_with_a_bracketed_zero():
    assert found("Ring +44 (0)20 7946 0000") == [
        ("phone-number", "+44 (0)20 7946 0000", "consider")
    ]
    assert found("Text +44 (0)7700 900123") == [("mobile-number", "+44 (0)7700 900123", "fix")]
    assert found("Switchboard +44 (0)300 123 4567") == []  # an organisation's number


def test_national_insurance_numbers_typed_in_small_letters():
    assert found("my NI is ab123456c") == [("ni-number", "ab123456c", "stop")]
    assert found("gb123456a and qq123456c") == []  # still never-issued prefixes
