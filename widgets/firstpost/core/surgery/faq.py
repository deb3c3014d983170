"""The FAQ: answers from past surgeries that any member of staff can search.

Entries outlive the surgery they came from, so an entry copies the words it needs and
keeps the surgery and question ids only as a note of where it came from. Search looks
for every word typed, in the question, the answer or the topic, so "facebook checks"
finds an entry about checking candidates' Facebook profiles.
"""

from __future__ import annotations

from sqlalchemy import Row, text

from firstpost.core.surgery.base import StoreCore, check_person, like_pattern
from firstpost.core.surgery.records import FaqEntry, SurgeryError, SurgeryNotFound, faq_problems

FAQ_COLUMNS = (
    "faq_id, question, answer, topic, surgery_id, source_question_id, created_by,"
    " created_at, updated_at"
)
MAX_SEARCH_WORDS = 8
SEARCH_LIMIT = 50


def _entry(row: Row) -> FaqEntry:
    return FaqEntry(*row)


def search_words(typed: str) -> list[str]:
    """The words a search looks for: distinct, at most eight, each at least two letters."""
    words: list[str] = []
    for word in typed.lower().split():
        word = word.strip(".,;:!?\"'()")
        if len(word) >= 2 and word not in words:
            words.append(word)
    return words[:MAX_SEARCH_WORDS]


def _relevance(entry: FaqEntry, words: list[str]) -> int:
    """More of the words in the question ranks higher (a stable sort keeps newest first)."""
    return -sum(1 for word in words if word in entry.question.lower())


class FaqStore(StoreCore):
    def add(
        self,
        question: str,
        answer: str,
        topic: str,
        by: str,
        *,
        surgery_id: str | None = None,
        source_question_id: str | None = None,
    ) -> FaqEntry:
        self._check(question, answer, topic)
        check_person(by)
        faq_id, now = self._new_id(), self._now()
        with self._writing() as conn:
            conn.execute(
                text(
                    f"INSERT INTO faq_entries ({FAQ_COLUMNS}) VALUES (:id, :question, :answer,"
                    " :topic, :surgery, :source, :by, :now, :now)"
                ),
                {
                    "id": faq_id,
                    "question": question.strip(),
                    "answer": answer.strip(),
                    "topic": " ".join(topic.split()),
                    "surgery": surgery_id,
                    "source": source_question_id,
                    "by": by,
                    "now": now,
                },
            )
        return self.get(faq_id)

    def update(self, faq_id: str, question: str, answer: str, topic: str) -> FaqEntry:
        self._check(question, answer, topic)
        with self._writing() as conn:
            result = conn.execute(
                text(
                    "UPDATE faq_entries SET question = :question, answer = :answer,"
                    " topic = :topic, updated_at = :now WHERE faq_id = :id"
                ),
                {
                    "id": faq_id,
                    "question": question.strip(),
                    "answer": answer.strip(),
                    "topic": " ".join(topic.split()),
                    "now": self._now(),
                },
            )
            if result.rowcount != 1:
                raise SurgeryNotFound("That FAQ entry no longer exists.")
        return self.get(faq_id)

    def delete(self, faq_id: str) -> bool:
        with self._writing() as conn:
            result = conn.execute(
                text("DELETE FROM faq_entries WHERE faq_id = :id"), {"id": faq_id}
            )
        return result.rowcount > 0

    def get(self, faq_id: str) -> FaqEntry:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(f"SELECT {FAQ_COLUMNS} FROM faq_entries WHERE faq_id = :id"), {"id": faq_id}
            ).one_or_none()
        if row is None:
            raise SurgeryNotFound("That FAQ entry no longer exists.")
        return _entry(row)

    def from_question(self, question_id: str) -> FaqEntry | None:
        """The entry made from a surgery question, if one was."""
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    f"SELECT {FAQ_COLUMNS} FROM faq_entries WHERE source_question_id = :id"
                    " ORDER BY created_at LIMIT 1"
                ),
                {"id": question_id},
            ).one_or_none()
        return None if row is None else _entry(row)

    def search(self, typed: str = "", limit: int = SEARCH_LIMIT) -> list[FaqEntry]:
        """Entries holding every word typed; with nothing typed, the newest entries."""
        words = search_words(typed)
        sql = f"SELECT {FAQ_COLUMNS} FROM faq_entries"
        params: dict[str, object] = {"limit": limit}
        conditions = []
        for number, word in enumerate(words):
            params[f"w{number}"] = like_pattern(word)
            conditions.append(
                "("
                + " OR ".join(
                    f"LOWER({column}) LIKE :w{number} ESCAPE '\\'"
                    for column in ("question", "answer", "topic")
                )
                + ")"
            )
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += " ORDER BY updated_at DESC, faq_id LIMIT :limit"
        with self._engine.connect() as conn:
            entries = [_entry(row) for row in conn.execute(text(sql), params).all()]
        if words:
            entries.sort(key=lambda entry: _relevance(entry, words))
        return entries

    def count(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.execute(text("SELECT COUNT(*) FROM faq_entries")).scalar_one())

    @staticmethod
    def _check(question: str, answer: str, topic: str) -> None:
        problems = faq_problems(question, answer, topic)
        if problems:
            raise SurgeryError(" ".join(f"{p.field}: {p.message}" for p in problems))
