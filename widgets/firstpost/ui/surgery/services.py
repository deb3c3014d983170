"""The stores and the person behind one surgery page, made once when the page opens."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from firstpost.core.surgery.faq import FaqStore
from firstpost.core.surgery.logs import LogStore
from firstpost.core.surgery.store import SurgeryStore

AUTO = {"width": "max-content", "max_width": "100%"}  # as wide as its words, even in a column
WIDE = {"width": "100%", "max_width": "46rem"}
LABEL_STYLE = {"description_width": "11rem"}


@dataclass(frozen=True)
class SurgeryServices:
    surgeries: SurgeryStore
    faq: FaqStore
    logs: LogStore
    person: str  # the facilitator's identity key, recorded on what they save

    @classmethod
    def for_engine(cls, engine: Engine, person: str) -> SurgeryServices:
        return cls(SurgeryStore(engine), FaqStore(engine), LogStore(engine), person)
