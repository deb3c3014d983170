"""The shortlist handed to the planner is a valid plan the planner can open."""

from __future__ import annotations

from types import SimpleNamespace

from channel_fixtures import channel

from firstpost.core.channels import (
    ChannelQuery,
    Library,
    hand_over,
    rank_channels,
    shortlist_markdown,
)
from firstpost.core.plan import plan_from_dict
from firstpost.core.plan.repository import PlanRepository
from firstpost.core.store import open_store

QUERY = ChannelQuery(purpose="recruitment", audiences=("specialists", "under-represented"))


def ranking():
    return rank_channels(
        [
            channel(
                "linkedin", audiences=("specialists",), purposes=("recruitment",), name="LinkedIn"
            ),
            channel("jobs-site", kind="non-social", purposes=("recruitment",), name="Jobs site"),
            channel("old", status="retired", audiences=("specialists",)),
        ],
        QUERY,
    )


def test_hand_over_saves_a_plan_draft_the_planner_reads():
    repo = PlanRepository(open_store())
    hand_over(repo, "local:ana", ranking())
    draft = repo.load_draft("local:ana", "handover", "channels")
    plan, problems = plan_from_dict(draft.body["plan"])
    assert problems == []
    assert plan.strategy.channels == ("linkedin", "jobs-site")
    assert plan.audience.audiences == ("specialists", "under-represented")
    assert plan.title == "Recruitment pilot: LinkedIn, Jobs site"


def test_handing_over_again_replaces_the_earlier_shortlist():
    repo = PlanRepository(open_store())
    hand_over(repo, "local:ana", ranking())
    other = rank_channels(
        [channel("jobs-site", kind="non-social", purposes=("recruitment",))], QUERY
    )
    hand_over(repo, "local:ana", other)
    assert repo.load_draft("local:ana", "handover", "channels").body["plan"]["strategy"][
        "channels"
    ] == ["jobs-site"]


def test_markdown_summary_has_the_question_the_shortlist_and_every_why_not():
    text = shortlist_markdown(ranking())
    assert "- Audiences: Specialists, Under-represented communities" in text
    assert "### 1. LinkedIn (" in text
    assert "**Old**: Retired, so never recommended." in text
    assert "How far to trust the numbers" not in text  # no figures quoted, no section


def test_markdown_summary_says_why_each_quoted_number_is_doubted():
    figure = SimpleNamespace(
        value="2,200", status="disputed", why="Sources differ.", sources=("help",)
    )
    lib = Library(figures={"caption-2200": figure})
    tiktok = channel(
        "tiktok",
        audiences=("specialists",),
        purposes=("recruitment",),
        post_length={"limit": 2200, "counting": "characters"},
        sources=["help"],
    )
    jobs = channel("jobs-site", kind="non-social", purposes=("recruitment",))
    ranked = rank_channels([tiktok, jobs], QUERY, lib)
    assert [f.figure_id for f in ranked.figures] == ["caption-2200"]
    text = shortlist_markdown(ranked)
    assert "Posts can be up to 2,200 characters. [2,200 is disputed]" in text
    assert "## How far to trust the numbers\n\n- 2,200 is disputed. Sources differ.\n" in text
