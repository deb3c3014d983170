"""Personal data: email addresses, UK phone numbers, postcodes, NI and NHS numbers.

A public post is permanent and searchable. A National Insurance or NHS number in one
is a data breach; a named person's email or mobile number invites messages to them
rather than to a team that is watched. Patterns follow the official formats:

- NHS number: 10 digits (often written 3-3-4) whose last digit is the modulus 11
  check digit of the first nine (weights 10 down to 2; 11 - remainder, 11 -> 0,
  10 -> not a valid number). Only valid numbers are flagged, so a random 10-digit
  reference is not. Numbers starting with 0 are read as phone numbers.
- National Insurance number: two letters (not D, F, I, Q, U or V; the second not O;
  not BG, GB, KN, NK, NT, TN or ZZ), six digits, then A, B, C or D.
- UK phone numbers: 0 or +44 (also written "+44 (0)"), then 9 or 10 more digits. Mobiles (07) are most
  likely a person's own; 03 and 08 numbers belong to organisations.
- Postcodes: the Royal Mail format (outward code, space, inward code).

Team inboxes (jobs@, recruitment@, hr@...) are what a post should give, so they are
not flagged; other addresses probably belong to a person.
"""

from __future__ import annotations

import re

from firstpost.core.checks.findings import Finding
from firstpost.core.checks.post import Post

CHECK = "personal-data"
SOURCES = ("ico-recruitment-guidance",)

NHS_RE = re.compile(r"(?<![\d+])([1-9]\d{2})[ -]?(\d{3})[ -]?(\d{4})(?![\d])")
NINO_RE = re.compile(
    r"(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r" ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])",
    re.IGNORECASE,  # typed in small letters it is still someone's number
)
PHONE_RE = re.compile(r"(?<![\w+])(?:\+44 ?(?:\(0\) ?)?|\(?0)\d[\d ()-]{7,14}\d(?!\d)")
POSTCODE_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}"
    r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
    r" ?[0-9][ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])"
)
# A local part made of these words is a team inbox. Short words must match a whole
# part ("hr.team", not "chris"); longer stems may start one ("recruitment").
TEAM_INBOX_WORDS = frozenset(
    [
        "jobs",
        "job",
        "hr",
        "web",
        "team",
        "info",
        "help",
        "media",
        "press",
        "admin",
        "office",
        "hello",
        "social",
        "comms",
        "apply",
        "people",
        "careers",
        "enquiries",
        "digital",
        "contact",
    ]
)
TEAM_INBOX_STEMS = (
    "recruit",
    "career",
    "vacanc",
    "enquir",
    "resourc",
    "workforce",
    "talent",
    "application",
    "communication",
    "reception",
    "support",
    "noreply",
    "helpdesk",
    "hrteam",
    "webteam",
)


def nhs_number_is_valid(digits: str) -> bool:
    """The NHS number modulus 11 check on a 10-digit string."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _is_team_inbox(address: str) -> bool:
    local = address.split("@", 1)[0].lower()
    parts = [part for part in re.split(r"[._+\-\d]+", local) if part]
    return bool(parts) and all(
        part in TEAM_INBOX_WORDS or part.startswith(TEAM_INBOX_STEMS) for part in parts
    )


def check(post: Post) -> list[Finding]:
    text = post.text
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    skip = post.urls + post.emails

    def free(start: int, end: int) -> bool:
        if any(s.overlaps(start, end) for s in skip):
            return False
        return not any(a < end and start < b for a, b in taken)

    for match in PHONE_RE.finditer(text):
        # "+44 (0)20 ...": the (0) is not dialled from abroad, so it is not a digit here
        digits = re.sub(r"\D", "", match.group().replace("(0)", ""))
        national = "0" + digits[2:] if digits.startswith("44") else digits
        if len(national) not in (10, 11) or not free(*match.span()):
            continue
        taken.append(match.span())
        if national.startswith(("03", "08")):
            continue  # organisation numbers: fine to publish
        mobile = national.startswith("07")
        findings.append(
            Finding(
                CHECK,
                "mobile-number" if mobile else "phone-number",
                "fix" if mobile else "consider",
                "This looks like a mobile number, probably one person's own."
                if mobile
                else "This is a phone number. Check it is a team or switchboard number, not "
                "someone's direct line.",
                "Give a team phone number or inbox that is watched, so people are not left "
                "waiting when one person is away.",
                *match.span(),
                SOURCES,
            )
        )
    for match in NHS_RE.finditer(text):
        if nhs_number_is_valid("".join(match.groups())) and free(match.start(), match.end()):
            taken.append(match.span())
            findings.append(
                Finding(
                    CHECK,
                    "nhs-number",
                    "stop",
                    "This looks like an NHS number (its check digit is valid). Publishing "
                    "it would be a data breach.",
                    "Remove it. Never put anyone's NHS number in a post or advert.",
                    *match.span(),
                    SOURCES,
                )
            )
    for match in NINO_RE.finditer(text):
        if free(*match.span()):
            taken.append(match.span())
            findings.append(
                Finding(
                    CHECK,
                    "ni-number",
                    "stop",
                    "This looks like a National Insurance number. Publishing it would be a "
                    "data breach.",
                    "Remove it. Never put anyone's National Insurance number in a post.",
                    *match.span(),
                    SOURCES,
                )
            )
    for email in post.emails:
        if not _is_team_inbox(email.text):
            findings.append(
                Finding(
                    CHECK,
                    "personal-email",
                    "fix",
                    f"“{email.text}” looks like a person's own email address.",
                    "Use a team inbox (such as recruitment@...) that more than one person "
                    "watches, and do not publish staff members' addresses.",
                    email.start,
                    email.end,
                    SOURCES,
                )
            )
    for match in POSTCODE_RE.finditer(text):
        if free(*match.span()):
            findings.append(
                Finding(
                    CHECK,
                    "postcode",
                    "consider",
                    f"“{match.group()}” is a postcode. With other details a home postcode can "
                    "identify a person.",
                    "Fine if it is your workplace's address; remove it if it is anyone's home.",
                    *match.span(),
                    SOURCES,
                )
            )
    return findings
