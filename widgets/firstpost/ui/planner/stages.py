"""What each OASIS step of the planner asks, field by field, with help in plain English."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from firstpost.core.plan.parts import (
    ACCESSIBILITY_LABELS,
    AUDIENCE_LABELS,
    LEVEL_LABELS,
    SUGGESTED_MEASURES,
)
from firstpost.core.plan.rules_delivery import MAX_POSTS
from firstpost.ui.planner.fields import (
    area_field,
    check_field,
    choice_field,
    date_field,
    lines_field,
    multi_check_field,
    number_field,
    text_field,
    time_field,
)
from firstpost.ui.planner.lists import FormContext, ListEditor

SCORES = [("Not scored yet", None)] + [(str(n), n) for n in range(1, 6)]
StageBuilder = Callable[[FormContext, "PlannerChoices"], list[widgets.Widget]]


class PlannerChoices:
    """Options that come from the course content: channels and case studies."""

    def __init__(
        self, channels: list[tuple[str, str]], case_studies: list[tuple[str, str]]
    ) -> None:
        self.channels = channels
        self.case_studies = case_studies


def intro(text: str) -> widgets.HTML:
    return widgets.HTML(f'<p class="fp-stage-intro">{text}</p>')


def about(ctx: FormContext, _choices: PlannerChoices) -> list[widgets.Widget]:
    return [
        intro("Give the plan a name your manager will recognise, and say whose it is."),
        ctx.field(
            text_field("title", "Plan title", placeholder="e.g. Social workers pilot, spring 2027")
        ),
        ctx.field(text_field("organisation", "Organisation")),
        ctx.field(text_field("team", "Team")),
        ctx.field(text_field("owner", "Plan owner", "The person who answers for the pilot.")),
        ctx.field(
            text_field(
                "workshop_code",
                "Workshop code",
                "If you are in a workshop, type the code on the screen so the facilitator sees your plan. On a shared hub, others who type the same code can see and change it too.",
            )
        ),
        ctx.field(
            date_field("review_date", "Review date", "When you will look back at the results.")
        ),
    ]


def _objective(path: str, ctx: FormContext) -> list[widgets.Widget]:
    return [
        ctx.field(
            text_field(
                f"{path}.what",
                "What should change",
                placeholder="e.g. Applications per social worker vacancy",
            )
        ),
        ctx.field(number_field(f"{path}.baseline", "Baseline (today)")),
        ctx.field(number_field(f"{path}.target", "Target")),
        ctx.field(text_field(f"{path}.unit", "Unit", placeholder="e.g. applications")),
        ctx.field(date_field(f"{path}.by_when", "By when")),
    ]


def objectives(ctx: FormContext, _choices: PlannerChoices) -> list[widgets.Widget]:
    return [
        intro(
            "Write each objective as GCS OASIS asks: from a <strong>baseline</strong> to a "
            "<strong>target</strong> by a <strong>date</strong>. One or two objectives are plenty for a pilot."
        ),
        ListEditor("objectives", "Objective", _objective, dict, ctx),
    ]


def audience(ctx: FormContext, _choices: PlannerChoices) -> list[widgets.Widget]:
    return [
        intro("Who should see the posts, and what stops them applying today?"),
        ctx.field(
            multi_check_field(
                "audience.audiences",
                "Audiences",
                [(label, key) for key, label in AUDIENCE_LABELS.items()],
            )
        ),
        ctx.field(
            area_field(
                "audience.barriers",
                "What stops them applying",
                "For example: they do not look at our jobs site; they think the council is not for them.",
            )
        ),
    ]


def strategy(ctx: FormContext, choices: PlannerChoices) -> list[widgets.Widget]:
    return [
        intro(
            "Choose at least two types of channel, and at least one that is not social media: "
            "Acas advises never to rely on social media alone."
        ),
        ctx.field(multi_check_field("strategy.channels", "Channels", choices.channels)),
        ctx.field(
            lines_field(
                "strategy.key_messages",
                "Key messages",
                "The two or three things every post should get across, one per line.",
            )
        ),
    ]


def _channel_post(channel_options: list[tuple[str, str]]):
    def build(path: str, ctx: FormContext) -> list[widgets.Widget]:
        return [
            ctx.field(
                choice_field(
                    f"{path}.channel", "Channel", [("Choose a channel", ""), *channel_options]
                )
            ),
            ctx.field(area_field(f"{path}.text", "Draft text", rows=4)),
            ctx.field(date_field(f"{path}.publish_date", "Publish date")),
            ctx.field(time_field(f"{path}.publish_time", "Publish time")),
        ]

    return build


def _post(channel_options: list[tuple[str, str]]):
    def build(path: str, ctx: FormContext) -> list[widgets.Widget]:
        return [
            ctx.field(
                text_field(f"{path}.role", "Role", placeholder="e.g. Children's social worker")
            ),
            ctx.field(text_field(f"{path}.grade", "Grade or salary")),
            ctx.field(date_field(f"{path}.closing_date", "Closing date")),
            ListEditor(
                f"{path}.channels",
                "Channel post",
                _channel_post(channel_options),
                dict,
                ctx,
                heading_level=5,
            ),
        ]

    return build


def _person(path: str, ctx: FormContext) -> list[widgets.Widget]:
    return [
        ctx.field(text_field(f"{path}.name", "Name")),
        ctx.field(text_field(f"{path}.role", "Role")),
    ]


def implementation(ctx: FormContext, choices: PlannerChoices) -> list[widgets.Widget]:
    return [
        intro(
            "Pick one to five vacancies for the pilot. For each, write the post for every channel and "
            "choose when it goes out. Someone other than the author approves each post."
        ),
        widgets.HTML("<h3>Vacancies</h3>"),
        ListEditor(
            "implementation.posts",
            "Vacancy",
            _post(choices.channels),
            dict,
            ctx,
            max_items=MAX_POSTS,
            heading_level=4,
        ),
        widgets.HTML("<h3>Who writes and who approves</h3>"),
        ctx.field(text_field("implementation.author.name", "Author's name")),
        ctx.field(text_field("implementation.author.role", "Author's role")),
        ListEditor("implementation.approvers", "Approver", _person, dict, ctx, heading_level=4),
    ]


def governance(ctx: FormContext, _choices: PlannerChoices) -> list[widgets.Widget]:
    return [
        intro("The safeguards NCSC, ICO and GCS guidance expect before an account goes live."),
        ctx.field(
            lines_field(
                "governance.account_admins",
                "Account admins",
                "Names of the people who can sign in to the accounts, one per line.",
            )
        ),
        ctx.field(
            check_field(
                "governance.two_factor_confirmed",
                "Two-factor authentication is on for every account and tool",
            )
        ),
        ctx.field(
            area_field(
                "governance.leavers_access_removal",
                "Removing leavers' access",
                "Who removes access when an admin leaves, and how quickly.",
            )
        ),
        ctx.field(
            text_field(
                "governance.monitoring_hours",
                "Monitoring hours",
                placeholder="e.g. weekdays 9:00 to 17:00",
            )
        ),
        ctx.field(
            text_field(
                "governance.escalation_contact",
                "Escalation contact",
                "Who is called if something goes wrong.",
            )
        ),
        ctx.field(
            area_field(
                "governance.holding_statement",
                "Holding statement",
                "A short, pre-approved reply to use while you find out what happened.",
            )
        ),
        ctx.field(
            area_field(
                "governance.house_rules",
                "House rules",
                "What you will remove or not answer in comments.",
            )
        ),
        ctx.field(
            check_field(
                "governance.screening_policy_confirmed",
                "We will not look at candidates' social media profiles before an offer",
                "ICO and CIPD guidance: vetting profiles early risks unfair and unlawful decisions.",
            )
        ),
        ctx.field(
            multi_check_field(
                "governance.accessibility_checks",
                "Accessibility checks we will do on every post",
                [(label, key) for key, label in ACCESSIBILITY_LABELS.items()],
            )
        ),
    ]


def _risk(case_studies: list[tuple[str, str]]):
    def build(path: str, ctx: FormContext) -> list[widgets.Widget]:
        return [
            ctx.field(
                text_field(
                    f"{path}.risk", "Risk", placeholder="e.g. Hostile comments under the post"
                )
            ),
            ctx.field(choice_field(f"{path}.likelihood", "Likelihood (1 to 5)", SCORES)),
            ctx.field(choice_field(f"{path}.impact", "Impact (1 to 5)", SCORES)),
            ctx.field(text_field(f"{path}.owner", "Risk owner")),
            ctx.field(
                area_field(
                    f"{path}.control",
                    "Control",
                    "What you will do to prevent it or limit the harm.",
                )
            ),
            ctx.field(
                choice_field(
                    f"{path}.case_study", "Linked case study", [("None", ""), *case_studies]
                )
            ),
        ]

    return build


def risks(ctx: FormContext, choices: PlannerChoices) -> list[widgets.Widget]:
    return [
        intro(
            "List what could go wrong, how likely it is and how bad it would be, and the control for each."
        ),
        ListEditor("risks", "Risk", _risk(choices.case_studies), dict, ctx),
    ]


def _measure(path: str, ctx: FormContext) -> list[widgets.Widget]:
    return [
        ctx.field(
            choice_field(
                f"{path}.level", "Level", [(label, key) for key, label in LEVEL_LABELS.items()]
            )
        ),
        ctx.field(text_field(f"{path}.name", "Measure")),
        ctx.field(text_field(f"{path}.baseline", "Baseline")),
        ctx.field(text_field(f"{path}.target", "Target")),
    ]


def scoring(ctx: FormContext, _choices: PlannerChoices) -> list[widgets.Widget]:
    editor = ListEditor("scoring.measures", "Measure", _measure, lambda: {"level": "outputs"}, ctx)
    suggest = widgets.Button(
        description="Add the suggested measures",
        tooltip="Add applications per vacancy, cost per hire, time to hire and the others not yet listed",
        layout=widgets.Layout(width="auto", align_self="flex-start"),
    )

    def add_suggestions(_button) -> None:
        have = {
            (m.get("level"), (m.get("name") or "").strip().lower())
            for m in ctx.get("scoring.measures") or []
        }
        missing = [
            m.model_dump(mode="json")
            for m in SUGGESTED_MEASURES
            if (m.level, m.name.lower()) not in have
        ]
        ctx.change_list("scoring.measures", lambda items: items.extend(missing))
        editor.refresh()

    suggest.on_click(add_suggestions)
    return [
        intro(
            "How will you know it worked? GCS evaluates at four levels: outputs (reach), outtakes "
            "(clicks, questions), outcomes (applications, hires) and impact (vacancy rate)."
        ),
        suggest,
        editor,
    ]


STAGE_BUILDERS: dict[str, StageBuilder] = {
    "summary": about,
    "objectives": objectives,
    "audience": audience,
    "strategy": strategy,
    "implementation": implementation,
    "governance": governance,
    "risks": risks,
    "scoring": scoring,
}
STEP_ORDER = (
    "summary",
    "objectives",
    "audience",
    "strategy",
    "implementation",
    "governance",
    "risks",
    "scoring",
)
STEP_TITLES = {
    "summary": "About the plan",
    "objectives": "Objectives",
    "audience": "Audience and insight",
    "strategy": "Strategy",
    "implementation": "Implementation",
    "governance": "Governance",
    "risks": "Risk register",
    "scoring": "Scoring",
}
