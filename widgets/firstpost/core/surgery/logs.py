"""Surgery logs: one record per surgery of who came, what was covered and what came of it.

The question counts are taken from the board when the log is saved, so the log says
what the room actually asked even after questions are tidied up later. Saving again
replaces the log (the facilitator corrects a number), it never adds a second one.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Row, text

from firstpost.core.surgery.base import StoreCore, check_person
from firstpost.core.surgery.records import (
    FieldProblem,
    Question,
    SurgeryError,
    SurgeryLog,
    log_problems,
    parse_attendance,
    split_topics,
)
from firstpost.core.surgery.store import SurgeryStore

LOG_COLUMNS = (
    "surgery_id, held_on, attendance, topics, questions_asked, questions_answered,"
    " outcomes, saved_by, saved_at"
)


class LogInputError(SurgeryError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__(" ".join(f"{p.field}: {p.message}" for p in problems))


def question_counts(questions: list[Question]) -> tuple[int, int]:
    """(asked, answered): a repeat merged into an answered question counts as answered."""
    answered_ids = {q.question_id for q in questions if q.answered}
    answered = sum(1 for q in questions if q.answered or q.merged_into in answered_ids)
    return len(questions), answered


def _log(row: Row) -> SurgeryLog:
    return SurgeryLog(
        surgery_id=row.surgery_id,
        held_on=date.fromisoformat(row.held_on),
        attendance=int(row.attendance),
        topics=tuple(json.loads(row.topics)),
        questions_asked=int(row.questions_asked),
        questions_answered=int(row.questions_answered),
        outcomes=row.outcomes,
        saved_by=row.saved_by,
        saved_at=row.saved_at,
    )


class LogStore(StoreCore):
    def save(
        self, surgery_id: str, attendance: str, topics: str, outcomes: str, by: str
    ) -> SurgeryLog:
        """Check the typed form and keep it as the surgery's log; LogInputError lists problems."""
        problems = log_problems(attendance, topics, outcomes)
        if problems:
            raise LogInputError(problems)
        check_person(by)
        surgeries = SurgeryStore(self._engine, clock=self._clock)
        surgery = surgeries.get(surgery_id)
        asked, answered = question_counts(surgeries.questions(surgery_id))
        people, _problem = parse_attendance(attendance)
        params = {
            "id": surgery_id,
            "held_on": surgery.held_on.isoformat(),
            "attendance": people,
            "topics": json.dumps(list(split_topics(topics)), ensure_ascii=False),
            "asked": asked,
            "answered": answered,
            "outcomes": outcomes.strip(),
            "by": by,
            "now": self._now(),
        }
        with self._writing() as conn:
            conn.execute(
                text(
                    f"INSERT INTO surgery_logs ({LOG_COLUMNS}) VALUES (:id, :held_on,"
                    " :attendance, :topics, :asked, :answered, :outcomes, :by, :now)"
                    " ON CONFLICT (surgery_id) DO UPDATE SET held_on = :held_on,"
                    " attendance = :attendance, topics = :topics, questions_asked = :asked,"
                    " questions_answered = :answered, outcomes = :outcomes, saved_by = :by,"
                    " saved_at = :now"
                ),
                params,
            )
        found = self.get(surgery_id)
        if found is None:  # deleted between the write and the read: say so, do not guess
            raise SurgeryError("The log was saved but has since been removed. Save it again.")
        return found

    def get(self, surgery_id: str) -> SurgeryLog | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(f"SELECT {LOG_COLUMNS} FROM surgery_logs WHERE surgery_id = :id"),
                {"id": surgery_id},
            ).one_or_none()
        return None if row is None else _log(row)

    def between(self, first: date | None = None, last: date | None = None) -> list[SurgeryLog]:
        """Logs of surgeries held from `first` to `last` (inclusive), oldest first."""
        sql = f"SELECT {LOG_COLUMNS} FROM surgery_logs"
        where, params = [], {}
        if first is not None:
            where.append("held_on >= :first")
            params["first"] = first.isoformat()
        if last is not None:
            where.append("held_on <= :last")
            params["last"] = last.isoformat()
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY held_on, surgery_id"
        with self._engine.connect() as conn:
            return [_log(row) for row in conn.execute(text(sql), params).all()]

    def delete(self, surgery_id: str) -> bool:
        with self._writing() as conn:
            result = conn.execute(
                text("DELETE FROM surgery_logs WHERE surgery_id = :id"), {"id": surgery_id}
            )
        return result.rowcount > 0
