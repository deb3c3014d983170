"""Checking a whole content calendar, as the planner exports it."""

from __future__ import annotations

from pathlib import Path

from firstpost.core.checks import BUILT_IN_CHANNELS
from firstpost.core.checks.calendar import check_calendar

HEADER = "Date,Day,Time,What,Role,Channel,Post text\r\n"
CALENDAR = HEADER + (
    "2030-03-04,Monday,09:00,Publish,Social worker,Our jobs website,"
    '"Social worker, Grade 9. Apply by 29 March."\r\n'
    "2030-03-04,Monday,09:30,Publish,Social worker,LinkedIn,"
    '"We\'re hiring a social worker. Apply: westshire.gov.uk/jobs #SocialWorkJobs"\r\n'
    "2030-03-05,Tuesday,12:00,Publish,Social worker,X (formerly Twitter),"
    '"Share your stories! f*ck #CouncilStories"\r\n'
    "2030-03-06,Wednesday,,Publish,Social worker,X (formerly Twitter),\r\n"
    "2030-03-29,Friday,,Closing date,Social worker,,\r\n"
    '2030-03-30,Saturday,,Publish,Social worker,Carrier pigeon,\'=HYPERLINK("x")\r\n'
)


def test_each_post_is_checked_against_its_channel():
    report = check_calendar("\ufeff" + CALENDAR, BUILT_IN_CHANNELS)
    lines = [row.line for row in report.rows]
    assert lines == [2, 3, 4, 7]
    jobs_site, linkedin, x, pigeon = report.rows
    assert jobs_site.advert and jobs_site.channel_id == "jobs-site"
    assert "no-equal-opportunities-statement" in [f.rule for f in jobs_site.result.findings]
    assert not linkedin.advert and linkedin.verdict in ("green", "amber")
    assert x.channel_id == "x" and x.verdict == "red"
    assert any(m.label == "Length on X (formerly Twitter)" for m in x.result.measures)
    assert pigeon.result.text == '=HYPERLINK("x")'  # the spreadsheet guard is removed
    assert report.verdict == "red"


def test_problems_name_the_line():
    report = check_calendar(CALENDAR, BUILT_IN_CHANNELS)
    assert any(p.startswith("Line 5: this post has no text yet") for p in report.problems)
    assert any("Line 7: the channel “Carrier pigeon”" in p for p in report.problems)


def test_all_adverts_option():
    report = check_calendar(CALENDAR, BUILT_IN_CHANNELS, all_adverts=True)
    assert all(row.advert for row in report.rows)


def test_not_a_calendar_gives_a_problem_not_an_error():
    report = check_calendar("name,score\nAna,3\n", BUILT_IN_CHANNELS)
    assert report.rows == ()
    assert "not a content calendar" in report.problems[0]
    assert check_calendar("", BUILT_IN_CHANNELS).problems
    empty = check_calendar(HEADER, BUILT_IN_CHANNELS)
    assert empty.problems == ("The calendar has no posts to check.",)
    assert empty.verdict == "green"


def test_the_planner_s_own_export_of_the_worked_example():
    """The format really is the planner's: export the worked example and check it."""
    from datetime import UTC, datetime

    from firstpost.core.export import ExportContext
    from firstpost.core.export.csv_calendar import export_csv
    from firstpost.core.plan import plan_from_json

    example = Path(__file__).resolve().parents[3] / "lessons/examples/council-social-workers.json"
    plan, problems = plan_from_json(example.read_text(encoding="utf-8"))
    assert plan is not None, problems
    csv_text = export_csv(plan, ExportContext(generated_at=datetime(2030, 1, 1, tzinfo=UTC)))
    report = check_calendar(csv_text, BUILT_IN_CHANNELS)
    assert len(report.rows) >= 3
    assert {row.channel_id for row in report.rows} >= {"jobs-site", "linkedin", "facebook"}
    assert all(row.advert for row in report.rows if row.channel_id == "jobs-site")
    # the worked example is written carefully: nothing must stop it
    assert report.verdict != "red", [
        (row.line, f.message) for row in report.rows for f in row.result.findings
    ]
