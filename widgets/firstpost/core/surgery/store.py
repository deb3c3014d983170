"""Surgeries and their questions: opening, joining, asking, and the facilitator's marks.

Asking is the hot path: in a busy room many phones send at once, each from its own
kernel. A question is one short transaction that first locks its surgery (SQLite's
write lock; a row lock on PostgreSQL), so questions to one surgery are numbered one
after another with no gaps or repeats, and none can land in a surgery that has just
been closed. Reading the board is one indexed query that returns a few hundred short
rows at most, cheap enough to repeat every second.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, Row, text
from sqlalchemy.exc import IntegrityError

from firstpost.core.surgery.base import StoreCore, check_person
from firstpost.core.surgery.codes import join_code_problem, new_join_code, normalise_join_code
from firstpost.core.surgery.records import (
    MAX_QUESTIONS_PER_SURGERY,
    TOPIC_MAX,
    Question,
    Surgery,
    SurgeryClosed,
    SurgeryError,
    SurgeryNotFound,
    question_problem,
    topic_problem,
)

SURGERY_COLUMNS = "surgery_id, join_code, held_on, topic, status, created_by, created_at, closed_at"
QUESTION_COLUMNS = (
    "question_id, surgery_id, number, body, asked_at, status, starred, merged_into, updated_at"
)
CODE_ATTEMPTS = 8


def _surgery(row: Row) -> Surgery:
    return Surgery(
        surgery_id=row.surgery_id,
        join_code=row.join_code,
        held_on=date.fromisoformat(row.held_on),
        topic=row.topic,
        status=row.status,
        created_by=row.created_by,
        created_at=row.created_at,
        closed_at=row.closed_at,
    )


class SurgeryStore(StoreCore):
    """The surgeries in one database. `SurgeryStore(open_store())`, one per kernel."""

    # -- surgeries ------------------------------------------------------------------

    def open_surgery(self, held_on: date, topic: str, by: str) -> Surgery:
        """A new open surgery with a fresh join code."""
        problem = topic_problem(topic)
        if problem:
            raise SurgeryError(problem)
        check_person(by)
        for _attempt in range(CODE_ATTEMPTS):
            surgery_id, code = self._new_id(), new_join_code()
            try:
                with self._writing() as conn:
                    conn.execute(
                        text(
                            f"INSERT INTO surgeries ({SURGERY_COLUMNS}) VALUES (:id, :code,"
                            " :held_on, :topic, 'open', :by, :now, NULL)"
                        ),
                        {
                            "id": surgery_id,
                            "code": code,
                            "held_on": held_on.isoformat(),
                            "topic": " ".join(topic.split())[:TOPIC_MAX],
                            "by": by,
                            "now": self._now(),
                        },
                    )
            except IntegrityError:  # the code is taken by an earlier surgery: draw again
                continue
            return self.get(surgery_id)
        raise SurgeryError("Could not find a free join code. Try again.")

    def get(self, surgery_id: str) -> Surgery:
        with self._engine.connect() as conn:
            return _surgery(self._surgery_row(conn, surgery_id))

    def find_by_code(self, typed: str) -> Surgery | None:
        """The surgery a join code opens, or None if the code is malformed or unknown."""
        if join_code_problem(typed):
            return None
        with self._engine.connect() as conn:
            row = conn.execute(
                text(f"SELECT {SURGERY_COLUMNS} FROM surgeries WHERE join_code = :code"),
                {"code": normalise_join_code(typed)},
            ).one_or_none()
        return None if row is None else _surgery(row)

    def list_surgeries(self, limit: int = 50) -> list[Surgery]:
        """Most recent first: open ones, then by date."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    f"SELECT {SURGERY_COLUMNS} FROM surgeries ORDER BY"
                    " CASE WHEN status = 'open' THEN 0 ELSE 1 END, held_on DESC, created_at DESC"
                    " LIMIT :limit"
                ),
                {"limit": limit},
            ).all()
        return [_surgery(row) for row in rows]

    def set_open(self, surgery_id: str, is_open: bool) -> Surgery:
        """Close a surgery (no more questions), or open it again."""
        with self._writing() as conn:
            self._surgery_row(conn, surgery_id, lock=True)
            conn.execute(
                text(
                    "UPDATE surgeries SET status = :status, closed_at = :closed"
                    " WHERE surgery_id = :id"
                ),
                {
                    "id": surgery_id,
                    "status": "open" if is_open else "closed",
                    "closed": None if is_open else self._now(),
                },
            )
        return self.get(surgery_id)

    def _surgery_row(self, conn: Connection, surgery_id: str, *, lock: bool = False) -> Row:
        sql = f"SELECT {SURGERY_COLUMNS} FROM surgeries WHERE surgery_id = :id"
        if lock and conn.dialect.name == "postgresql":
            sql += " FOR UPDATE"
        row = conn.execute(text(sql), {"id": surgery_id}).one_or_none()
        if row is None:
            raise SurgeryNotFound("That surgery no longer exists.")
        return row

    # -- questions ------------------------------------------------------------------

    def ask(self, surgery_id: str, body: str) -> Question:
        """Add an anonymous question to an open surgery, numbered after the last one."""
        problem = question_problem(body)
        if problem:
            raise SurgeryError(problem)
        question_id = self._new_id()
        with self._writing() as conn:
            row = self._surgery_row(conn, surgery_id, lock=True)
            if row.status != "open":
                raise SurgeryClosed(
                    "This surgery has finished, so it is not taking questions any more. "
                    "Your question has not been sent; you could ask the facilitator directly."
                )
            last = conn.execute(
                text(
                    "SELECT COALESCE(MAX(number), 0) FROM surgery_questions WHERE surgery_id = :id"
                ),
                {"id": surgery_id},
            ).scalar_one()
            if last >= MAX_QUESTIONS_PER_SURGERY:
                raise SurgeryError(
                    "This surgery has had as many questions as the board can show. "
                    "Please ask the facilitator directly."
                )
            now = self._now()  # read under the lock, so times rise with the numbers
            question = Question(
                question_id=question_id,
                surgery_id=surgery_id,
                number=int(last) + 1,
                body=body.strip(),
                asked_at=now,
                status="new",
                starred=False,
                merged_into=None,
                updated_at=now,
            )
            conn.execute(
                text(
                    f"INSERT INTO surgery_questions ({QUESTION_COLUMNS}) VALUES"
                    " (:qid, :sid, :number, :body, :now, 'new', 0, NULL, :now)"
                ),
                {
                    "qid": question.question_id,
                    "sid": surgery_id,
                    "number": question.number,
                    "body": question.body,
                    "now": question.asked_at,
                },
            )
        return question

    def questions(self, surgery_id: str) -> list[Question]:
        """Every question of a surgery, numbered in the order they arrived."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    f"SELECT {QUESTION_COLUMNS} FROM surgery_questions WHERE surgery_id = :id"
                    " ORDER BY number"
                ),
                {"id": surgery_id},
            ).all()
        return [
            Question(
                question_id=row.question_id,
                surgery_id=row.surgery_id,
                number=row.number,
                body=row.body,
                asked_at=row.asked_at,
                status=row.status,
                starred=bool(row.starred),
                merged_into=row.merged_into,
                updated_at=row.updated_at,
            )
            for row in rows
        ]

    def mark_answered(self, question_id: str, answered: bool = True) -> None:
        self._set(question_id, "status = :value", "answered" if answered else "new")

    def star(self, question_id: str, starred: bool = True) -> None:
        self._set(question_id, "starred = :value", 1 if starred else 0)

    def merge(self, question_id: str, into_id: str) -> None:
        """File a repeated question under another, so the room's question is answered once.

        Questions already merged into this one follow it, so nothing ends up pointing at
        a question that is itself merged.
        """
        if question_id == into_id:
            raise SurgeryError("A question cannot be merged into itself.")
        with self._writing() as conn:
            source = self._question_row(conn, question_id)
            target = self._question_row(conn, into_id)
            if source.surgery_id != target.surgery_id:
                raise SurgeryError("Questions can only be merged within one surgery.")
            root = target.merged_into or into_id
            if root == question_id:
                raise SurgeryError("That question is already merged into this one.")
            now = self._now()
            conn.execute(
                text(
                    "UPDATE surgery_questions SET merged_into = :root, updated_at = :now"
                    " WHERE question_id = :id OR merged_into = :id"
                ),
                {"root": root, "id": question_id, "now": now},
            )

    def unmerge(self, question_id: str) -> None:
        self._set(question_id, "merged_into = :value", None)

    def _question_row(self, conn: Connection, question_id: str) -> Row:
        row = conn.execute(
            text(f"SELECT {QUESTION_COLUMNS} FROM surgery_questions WHERE question_id = :id"),
            {"id": question_id},
        ).one_or_none()
        if row is None:
            raise SurgeryNotFound("That question no longer exists.")
        return row

    def _set(self, question_id: str, assignment: str, value: object) -> None:
        with self._writing() as conn:
            self._question_row(conn, question_id)
            conn.execute(
                text(
                    f"UPDATE surgery_questions SET {assignment}, updated_at = :now"
                    " WHERE question_id = :id"
                ),
                {"id": question_id, "value": value, "now": self._now()},
            )
