"""Checks for governance, the risk register and the evaluation measures."""

from __future__ import annotations

from firstpost.core.plan.model import Plan
from firstpost.core.plan.parts import ACCESSIBILITY_LABELS, LEVEL_LABELS
from firstpost.core.plan.validation import CheckContext, Findings, blank

# (field, message, fix) for the governance text that must be written before go-live.
_GOVERNANCE_TEXT = (
    (
        "leavers_access_removal",
        "The plan does not say how leavers lose access to the accounts.",
        "Say who removes access and when, e.g. 'IT removes access on the leaving date'.",
    ),
    (
        "monitoring_hours",
        "Monitoring hours are not set.",
        "Say when someone watches the accounts, e.g. 'weekdays 9:00–17:00', and put "
        "the hours in the account's profile.",
    ),
    (
        "escalation_contact",
        "There is no escalation contact.",
        "Name the senior person who decides quickly when something goes wrong.",
    ),
    (
        "holding_statement",
        "There is no holding statement.",
        "Write a short, pre-approved reply to use while a problem is looked into.",
    ),
    (
        "house_rules",
        "There are no house rules.",
        "Write what you remove or block, such as personal data or abuse, and publish the rules.",
    ),
)


def check_governance(plan: Plan, found: Findings) -> None:
    gov = plan.governance
    admins = [name for name in gov.account_admins if not blank(name)]
    if not admins:
        found.error(
            "governance.account_admins",
            "No account admins are named.",
            "Name the people who control the accounts. Only they should be able to publish.",
        )
    elif len(admins) == 1:
        found.warning(
            "governance.account_admins",
            "Only one account admin is named.",
            "Name a second, so the account can be recovered if the first is away or leaves.",
        )
    if not gov.two_factor_confirmed:
        found.error(
            "governance.two_factor_confirmed",
            "Two-factor authentication is not confirmed.",
            "Turn on two-factor authentication for every account and tool, then tick the box.",
        )
    for field, message, fix in _GOVERNANCE_TEXT:
        if blank(getattr(gov, field)):
            found.error(f"governance.{field}", message, fix)
    if not gov.screening_policy_confirmed:
        found.error(
            "governance.screening_policy_confirmed",
            "The candidate-screening policy is not confirmed.",
            "Agree that nobody looks at candidates' social media profiles before an offer; "
            "the ICO says usually only the person offered the job should be vetted. "
            "Then tick the box.",
        )
    for check, label in ACCESSIBILITY_LABELS.items():
        if check not in gov.accessibility_checks:
            found.warning(
                "governance.accessibility_checks",
                f"Accessibility not confirmed: {label}.",
                "Check every post against this point, then tick it.",
            )


def check_risks(plan: Plan, ctx: CheckContext, found: Findings) -> None:
    if not plan.risks:
        found.error(
            "risks",
            "The risk register is empty.",
            "Add what could go wrong, how likely and how bad it would be, and who acts. "
            "The case studies are a good place to start.",
        )
    for index, risk in enumerate(plan.risks):
        path = f"risks[{index}]"
        name = f"Risk {index + 1}"
        if blank(risk.risk):
            found.error(f"{path}.risk", f"{name} does not say what could go wrong.", "Say it.")
        for field in ("likelihood", "impact"):
            value = getattr(risk, field)
            if value is None:
                found.error(
                    f"{path}.{field}",
                    f"{name} has no {field} score.",
                    "Score it from 1 (very low) to 5 (very high).",
                )
            elif not 1 <= value <= 5:
                found.error(
                    f"{path}.{field}",
                    f"{name}'s {field} is {value}; it must be from 1 to 5.",
                    "Score it from 1 (very low) to 5 (very high).",
                )
        if blank(risk.owner):
            found.error(f"{path}.owner", f"{name} has no owner.", "Name who acts on it.")
        if blank(risk.control):
            found.error(
                f"{path}.control",
                f"{name} has no control.",
                "Say what you will do to make it less likely or less harmful.",
            )
        if (
            ctx.case_study_ids is not None
            and risk.case_study
            and risk.case_study not in ctx.case_study_ids
        ):
            found.warning(
                f"{path}.case_study",
                f'{name} links to a case study "{risk.case_study}" that does not exist.',
                "Choose a case study from the list, or clear the link.",
            )


def check_scoring(plan: Plan, found: Findings) -> None:
    measures = plan.scoring.measures
    if not measures:
        found.error(
            "scoring.measures",
            "No measures are set.",
            "Add a measure for each level: outputs such as reach, outtakes such as clicks, "
            "and outcomes such as applications and hires.",
        )
    else:
        levels = {measure.level for measure in measures}
        for level in ("outputs", "outtakes", "outcomes", "impact"):
            if level in levels:
                continue
            label = LEVEL_LABELS[level]
            if level == "impact":
                found.warning(
                    "scoring.measures",
                    f"No measure at the {label} level.",
                    "Add one if you can, even if it is reviewed later than the pilot.",
                )
            else:
                found.error(
                    "scoring.measures",
                    f"No measure at the {label} level.",
                    "GCS evaluation looks at each level in turn: add one.",
                )
    for index, measure in enumerate(measures):
        path = f"scoring.measures[{index}]"
        name = f"Measure {index + 1}"
        if blank(measure.name):
            found.error(f"{path}.name", f"{name} has no name.", "Say what is measured.")
        if blank(measure.target):
            found.error(f"{path}.target", f"{name} has no target.", "Write the figure you want.")
        if blank(measure.baseline):
            found.warning(
                f"{path}.baseline",
                f"{name} has no baseline.",
                "Write today's figure, or 0 for a channel you have not used before.",
            )
