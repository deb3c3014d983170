"""What the case-study app needs from outside: content, who is using it, and the stores.

Gathered in one object so tests can hand the app a small course, a test database and
a fixed person, while a real page gets the defaults. The stores are opened only when
first used, so reading a case never waits on the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from firstpost.core.case_studies.answer_store import AnswerStore
from firstpost.core.content.course import Content
from firstpost.core.identity import Identity
from firstpost.core.plan.repository import PlanRepository


@dataclass
class CaseServices:
    content: Content
    identity: Identity | None
    identity_problem: str = ""
    facilitator: bool = False
    answers_factory: Callable[[], AnswerStore] | None = None
    plans_factory: Callable[[], PlanRepository] | None = None
    _answers: AnswerStore | None = field(default=None, init=False, repr=False)
    _plans: PlanRepository | None = field(default=None, init=False, repr=False)

    def answers(self) -> AnswerStore:
        if self._answers is None:
            self._answers = (self.answers_factory or _default_answers)()
        return self._answers

    def plans(self) -> PlanRepository:
        if self._plans is None:
            self._plans = (self.plans_factory or _default_plans)()
        return self._plans

    def channel_name(self, channel_id: str) -> str:
        for channel in self.content.channels:
            if channel.id == channel_id:
                return channel.name
        from firstpost.core.plan import channel_label

        return channel_label(channel_id)

    @property
    def owner(self) -> str | None:
        """Whose planner receives the controls: the same key the planner uses."""
        return self.identity.key if self.identity is not None else None


def _default_answers() -> AnswerStore:
    from firstpost.core.store import open_store

    return AnswerStore(open_store())


def _default_plans() -> PlanRepository:
    from firstpost.core.store import open_store

    return PlanRepository(open_store())


def default_services(query: str | None = None) -> CaseServices:
    """The services for a real page: the kit's content, the person and the kit's database."""
    from firstpost.core.case_studies.modes import facilitator_mode
    from firstpost.core.content import load_content
    from firstpost.core.identity import IdentityError, current_identity

    identity, problem = None, ""
    try:
        identity = current_identity()
    except IdentityError as error:
        problem = str(error)
    return CaseServices(
        content=load_content(),
        identity=identity,
        identity_problem=problem,
        facilitator=facilitator_mode(query),
    )
