"""The surgery page driven without a browser: the board, the question page, FAQ and log."""

from __future__ import annotations

import asyncio
import base64
import re
from datetime import date

import ipywidgets as widgets
import pytest

from firstpost.core.identity import Identity
from firstpost.core.store import open_store
from firstpost.core.surgery.store import SurgeryStore
from firstpost.ui.surgery import SurgeryApp
from firstpost.ui.surgery.board import BoardView
from firstpost.ui.surgery.live import LivePoller
from firstpost.ui.surgery.services import SurgeryServices
from tests.support.widgets import find, walk

FACILITATOR = Identity("local:fran", "fran", "local")
STAFF = Identity("hub:bo", "bo", "hub", ("staff",))


def click(app, description: str) -> None:
    find(app, widgets.Button, description).click()


def page_text(app) -> str:
    return " ".join(w.value for w in walk(app) if isinstance(w, widgets.HTML))


def headings(app) -> list[str]:
    return re.findall(r"<h1>(.*?)</h1>", page_text(app))


@pytest.fixture
def engine():
    return open_store()


def board(engine, **kwargs) -> SurgeryApp:
    return SurgeryApp(engine=engine, identity=FACILITATOR, query_string="", live=False, **kwargs)


def open_surgery(app: SurgeryApp, topic: str = "The Domino's video") -> str:
    find(app, widgets.Text, "Topic of the month").value = topic
    click(app, "Open the surgery")
    return app.board.surgery.join_code


def attendee(engine, code: str) -> SurgeryApp:
    return SurgeryApp(engine=engine, identity=FACILITATOR, query_string=f"join={code}", live=False)


def send(page: SurgeryApp, text: str) -> None:
    find(page, widgets.Textarea, "Your question").value = text
    click(page, "Send question")


def test_facilitator_opens_a_surgery_and_the_code_is_shown_large(engine):
    app = board(engine)
    assert headings(app) == ["Surgery board"]
    code = open_surgery(app, "<script>Domino's</script>")
    text = page_text(app)
    assert f'<span aria-hidden="true">{code}</span>' in text
    assert " ".join(code) in text  # spelled out for screen readers
    assert f'href="surgery.ipynb?join={code}"' in text
    assert "&lt;script&gt;" in text and "<script>" not in text
    # a new page for the facilitator goes straight back to the open surgery
    assert board(engine).board.surgery.join_code == code


def test_a_question_sent_from_a_phone_appears_on_the_board(engine):
    app = board(engine)
    code = open_surgery(app)
    phone = attendee(engine, code.lower())
    assert headings(phone) == ["Ask a question"]
    send(phone, "Can I look at a <candidate's> Facebook?")
    assert "Your question is number 1 on the board" in page_text(phone)
    assert find(phone, widgets.Textarea, "Your question").value == ""
    app.board.refresh()
    text = page_text(app)
    assert "Can I look at a &lt;candidate&#x27;s&gt; Facebook?" in text
    assert "1 question: 0 answered, 1 waiting." in text
    assert "1 new question. Number 1." in text


def test_questions_are_anonymous(engine):
    app = board(engine)
    code = open_surgery(app)
    send(attendee(engine, code), "Anonymous?")
    from sqlalchemy import inspect, text

    columns = {c["name"] for c in inspect(engine).get_columns("surgery_questions")}
    assert not columns & {"person_key", "owner", "asked_by", "created_by", "ip"}
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM surgery_questions")).one()
    assert FACILITATOR.key not in [str(value) for value in row]


def test_an_unknown_code_gets_a_friendly_page_and_a_second_try(engine):
    app = board(engine)
    code = open_surgery(app)
    lost = attendee(engine, "QQQQQ")
    assert headings(lost) == ["Surgery not found"]
    assert "no surgery with the join code QQQQQ" in page_text(lost)
    find(lost, widgets.Text, "Join code").value = code
    click(lost, "Join the surgery")
    assert headings(lost) == ["Ask a question"]
    garbled = attendee(engine, "<img src=x>")
    assert headings(garbled) == ["Surgery not found"] and "<img" not in page_text(garbled)


def test_a_finished_surgery_says_so(engine):
    app = board(engine)
    code = open_surgery(app)
    click(app, "End the surgery and write the log")
    late = attendee(engine, code)
    assert headings(late) == ["This surgery has finished"]


def test_personal_details_are_queried_before_sending(engine):
    code = open_surgery(board(engine))
    phone = attendee(engine, code)
    send(phone, "Should Jo reply from 07700 900123?")
    assert "may hold personal details" in page_text(phone)
    assert find(phone, widgets.Textarea, "Your question").value.startswith("Should Jo")
    click(phone, "Send it anyway")
    assert "Your question is number 1" in page_text(phone)


def test_empty_questions_are_not_sent(engine):
    code = open_surgery(board(engine))
    phone = attendee(engine, code)
    send(phone, "   ")
    assert "Type your question first." in page_text(phone)


def test_star_answer_merge_and_faq_from_the_cards(engine):
    app = board(engine)
    code = open_surgery(app)
    phone = attendee(engine, code)
    for text in ("Facebook checks?", "Are Facebook checks OK?", "Who approves posts?"):
        send(phone, text)
    app.board.refresh()
    click(app, "Star question 3")
    assert find(app, widgets.Button, "Remove star from question 3")
    click(app, "Merge question 2 into another")
    merge_into = find(app, widgets.Dropdown, "Merge question 2 into")
    merge_into.value = next(v for label, v in merge_into.options if label.startswith("Question 1:"))
    click(app, "Merge question 2")
    assert "Merged into question 1" in page_text(app)
    assert "Also asked 1 more time" in page_text(app)
    click(app, "Mark question 1 answered")
    click(app, "Add question 1 to the FAQ")
    click(app, "Save to the FAQ")
    assert "Answer: Write the answer given in the surgery." in page_text(app)
    find(app, widgets.Textarea, "Answer").value = "Only after an offer, and tell the candidate."
    click(app, "Save to the FAQ")
    assert "Question 1 is in the FAQ now." in page_text(app)
    staff = SurgeryApp(engine=engine, identity=STAFF, query_string="", live=False)
    find(staff, widgets.Text, "Search the FAQ").value = "facebook offer"
    assert "Only after an offer, and tell the candidate." in page_text(staff)


def test_ending_the_surgery_leads_to_its_log_and_the_report(engine):
    app = board(engine)
    code = open_surgery(app, "Screening")
    send(attendee(engine, code), "One question")
    click(app, "End the surgery and write the log")
    assert find(app, widgets.Textarea, "Topics covered").value == "Screening"
    assert "1 question asked, 0 answered" in page_text(app)
    find(app, widgets.Text, "People who came").value = "a dozen"
    click(app, "Save the log")
    assert "whole number" in page_text(app)
    assert find(app, widgets.Text, "People who came").value == "a dozen"
    find(app, widgets.Text, "People who came").value = "12"
    click(app, "Save the log")
    assert "Log saved for" in page_text(app)
    find(app, widgets.DatePicker, "From").value = date(2000, 1, 1)
    find(app, widgets.DatePicker, "To").value = date(2100, 1, 1)
    click(app, "Show the report")
    report = app.logbook.report.value
    assert 'alt="Bar chart of attendance' in report and "<caption>Surgeries by month" in report
    click(app, "Prepare the spreadsheet (CSV)")
    link = app.logbook.downloads.value
    payload = base64.b64decode(re.search(r"base64,([^\"]+)", link).group(1)).decode("utf-8-sig")
    assert ",12,1,0,Screening," in payload


def test_staff_who_are_not_facilitators_get_the_faq_and_a_join_box(engine):
    code = open_surgery(board(engine))
    staff = SurgeryApp(engine=engine, identity=STAFF, query_string="", live=False)
    assert headings(staff) == ["Social media surgery"]
    assert "firstpost-facilitators" in page_text(staff)
    with pytest.raises(LookupError):
        find(staff, widgets.Button, "Open the surgery")
    find(staff, widgets.Text, "Join code").value = code
    click(staff, "Join a surgery")
    assert headings(staff) == ["Ask a question"]


def test_the_board_updates_itself_on_the_kernel_event_loop(engine):
    """The real mechanism: a task on the running loop reads in a thread and redraws."""
    services = SurgeryServices.for_engine(engine, FACILITATOR.key)
    surgery = services.surgeries.open_surgery(date(2026, 11, 25), "Live", FACILITATOR.key)
    phone = SurgeryStore(open_store())

    async def scenario() -> str:
        view = BoardView(services, lambda _s: None, live=True)
        assert view.poller.running
        phone.ask(surgery.surgery_id, "Arrives by itself")
        for _ in range(100):
            await asyncio.sleep(0.05)
            if "Arrives by itself" in page_text(view):
                break
        text = page_text(view)
        view.close()
        assert not view.poller.running
        return text

    text = asyncio.run(scenario())
    assert "Arrives by itself" in text and "1 new question." in text


def test_the_poller_pauses_after_its_time_and_reports_an_outage_once():
    events: list[str] = []
    calls = []

    def read() -> list[int]:
        calls.append(1)
        if len(calls) <= 2:
            raise RuntimeError("database gone")
        return [len(calls)]

    async def scenario() -> None:
        ticks = iter([0, 0, 1, 2, 99])
        poller = LivePoller(
            read,
            lambda result: events.append(f"apply {result}"),
            on_problem=lambda m: events.append("problem" if m else "recovered"),
            on_stop=lambda m: events.append("paused"),
            interval=0,
            max_runtime=10,
            clock=lambda: next(ticks),
        )
        assert poller.start()
        while poller.running:
            await asyncio.sleep(0.01)

    asyncio.run(scenario())
    assert events == ["problem", "apply [3]", "recovered", "paused"]


def test_without_a_running_loop_nothing_starts():
    poller = LivePoller(lambda: None, lambda _r: None, on_problem=print, on_stop=print)
    assert poller.start() is False and not poller.running


def test_the_question_page_never_asks_who_you_are(engine, monkeypatch):
    code = open_surgery(board(engine))
    # a hub that cannot confirm identities would stop any page that asked
    monkeypatch.setenv("JUPYTERHUB_USER", "someone")
    monkeypatch.delenv("JUPYTERHUB_API_TOKEN", raising=False)
    phone = SurgeryApp(engine=engine, query_string=f"join={code}", live=False)
    assert headings(phone) == ["Ask a question"]
    send(phone, "Still anonymous?")
    assert "Your question is number 1" in page_text(phone)
