"""The shortlist rules: Acas's two types, retired never, hours and size limits, why not."""

from __future__ import annotations

from channel_fixtures import channel

from firstpost.core.channels import MAX_SHORTLIST, ChannelQuery, rank_channels

SPECIALISTS = ChannelQuery(purpose="recruitment", audiences=("specialists",), hours_per_week=6)


def catalogue():
    return [
        channel("net", audiences=("specialists",), purposes=("recruitment",), effort=2),
        channel(
            "forum",
            audiences=("specialists",),
            purposes=("recruitment",),
            effort=2,
            exposure="medium",
        ),
        channel("loud", audiences=("specialists",), purposes=("recruitment",), exposure="high"),
        channel("staff", audiences=("existing-staff",), purposes=("learning",)),
        channel("jobs", kind="non-social", purposes=("recruitment",), effort=0.5),
        channel("board", kind="non-social", purposes=("recruitment",), effort=0.5),
        channel("old", audiences=("specialists",), purposes=("recruitment",), status="retired"),
    ]


def ids(results) -> list[str]:
    return [r.id for r in results]


def test_shortlist_is_ranked_and_holds_both_types():
    ranking = rank_channels(catalogue(), SPECIALISTS)
    # net 100; forum 90 (risk half); jobs and board 70 (no audience evidence)
    assert ids(ranking.shortlist) == ["net", "forum", "jobs"]
    assert [round(r.total) for r in ranking.shortlist] == [100, 90, 70]
    assert any(not r.social for r in ranking.shortlist)
    assert any(r.social for r in ranking.shortlist)


def test_every_channel_not_shortlisted_has_a_why_not():
    ranking = rank_channels(catalogue(), SPECIALISTS)
    why = {r.id: r.why_not for r in ranking.excluded}
    assert set(why) | set(ids(ranking.shortlist)) == {c.id for c in catalogue()}
    assert all(why.values())
    assert why["board"].startswith("Ranked 4 of 4: the shortlist is full.")
    assert why["loud"].startswith("Too exposed for you")
    assert why["staff"].startswith("No source in the kit shows it reaching specialists")
    assert why["old"].startswith("Retired, so never recommended.")


def test_retired_channel_is_never_recommended_even_when_it_would_win():
    star = channel(
        "star", audiences=("specialists",), purposes=("recruitment",), status="retired", effort=0
    )
    ranking = rank_channels([star, *catalogue()], SPECIALISTS)
    assert "star" not in ids(ranking.shortlist)
    assert "star" not in ids(ranking.compared)


def test_the_best_non_social_route_is_kept_even_with_no_fit():
    onboarding = ChannelQuery(purpose="onboarding", audiences=("existing-staff",))
    ranking = rank_channels(catalogue(), onboarding)
    route = [r for r in ranking.shortlist if not r.social]
    assert ids(route) == ["jobs"]
    texts = [reason.text for reason in route[0].reasons]
    assert texts[0].startswith("Your route that is not social media: Acas advises")
    assert texts[1].startswith("No source in the kit shows it fitting this purpose")


def test_without_any_non_social_route_the_ranking_says_it_breaks_acas_advice():
    only_social = [c for c in catalogue() if c.kind == "social"]
    ranking = rank_channels(only_social, SPECIALISTS)
    assert all(r.social for r in ranking.shortlist)
    assert ranking.notes[0].text.startswith("No route other than social media")


def test_hours_limit_the_shortlist_and_the_reason_gives_the_sum():
    tight = ChannelQuery(purpose="recruitment", audiences=("specialists",), hours_per_week=3)
    ranking = rank_channels(catalogue(), tight)
    assert ids(ranking.shortlist) == ["net", "jobs", "board"]
    assert sum(r.effort_hours for r in ranking.shortlist) <= 3
    forum = next(r for r in ranking.excluded if r.id == "forum")
    assert forum.why_not == (
        "Ranked 2 of 4: adding it would take the weekly effort to 4.5 h, over your 3 h."
    )


def test_the_non_social_route_stays_when_it_alone_is_over_the_hours():
    ranking = rank_channels(catalogue(), ChannelQuery(audiences=("specialists",), hours_per_week=0))
    assert ids(ranking.shortlist) == ["jobs"]
    assert "it is kept because no other route" in ranking.shortlist[0].reasons[1].text
    assert any("No social channel fits" in n.text for n in ranking.notes)


def test_a_route_that_would_use_up_the_hours_gives_way_to_one_that_leaves_room():
    both = [
        channel(
            "fair",
            kind="non-social",
            audiences=("specialists",),
            purposes=("recruitment",),
            effort=2,
        ),
        channel("jobs", kind="non-social", purposes=("recruitment",), effort=0.5),
        channel("net", audiences=("specialists",), purposes=("recruitment",), effort=2),
    ]
    # fair 100 (2 h), net 100 (2 h), jobs 70 (0.5 h): in 3 h fair would leave no room for net
    tight = ChannelQuery(purpose="recruitment", audiences=("specialists",), hours_per_week=3)
    ranking = rank_channels(both, tight)
    assert ids(ranking.shortlist) == ["net", "jobs"]
    assert not any("No social channel fits" in n.text for n in ranking.notes)
    (fair,) = ranking.excluded
    assert fair.why_not == (
        "Ranked 1 of 3: adding it would take the weekly effort to 4.5 h, over your 3 h."
    )
    # with the hours for both, the best route keeps its place
    roomy = ChannelQuery(purpose="recruitment", audiences=("specialists",), hours_per_week=5)
    assert ids(rank_channels(both, roomy).shortlist) == ["fair", "net", "jobs"]


def test_never_more_than_the_maximum():
    many = [
        channel(f"c{n}", audiences=("specialists",), purposes=("recruitment",), effort=0.1)
        for n in range(8)
    ]
    ranking = rank_channels([*many, *catalogue()], SPECIALISTS)
    assert len(ranking.shortlist) == MAX_SHORTLIST


def test_changing_a_weight_changes_the_order():
    c = [
        channel("reach", audiences=("specialists",), purposes=("recruitment",), exposure="medium"),
        channel("safe", purposes=("recruitment",)),
        channel("jobs", kind="non-social", purposes=("recruitment",)),
    ]
    default = ids(rank_channels(c, ChannelQuery(audiences=("specialists",))).shortlist)
    assert default.index("reach") < default.index("safe")  # 90 v 70
    careful = ChannelQuery(
        audiences=("specialists",), weights={"audience": 1, "purpose": 3, "effort": 2, "risk": 5}
    )
    # reach: (1 + 3 + 2 + 2.5) / 11 = 77.3; safe: (0 + 3 + 2 + 5) / 11 = 90.9
    changed = ids(rank_channels(c, careful).shortlist)
    assert changed.index("safe") < changed.index("reach")


def test_a_question_with_problems_gives_no_shortlist():
    ranking = rank_channels(catalogue(), ChannelQuery(audiences=()))
    assert not ranking.ok
    assert ranking.shortlist == () and ranking.excluded == ()
    assert ranking.problems[0].message == "Choose at least one audience."


def test_notes_explain_the_lowered_appetite_and_paid_promotion():
    query = ChannelQuery(
        audiences=("specialists",), approvals="slower", risk_appetite="medium", paid_promotion=True
    )
    notes = [n.text for n in rank_channels(catalogue(), query).notes]
    assert any(
        n.startswith("Your risk appetite is treated as low because approvals") for n in notes
    )
    assert any(n.startswith("Paid promotion is allowed") for n in notes)


def test_cli_json_shape():
    document = rank_channels(catalogue(), SPECIALISTS).as_dict()
    assert set(document) == {"shortlist", "excluded"}
    first = document["shortlist"][0]
    assert set(first) == {"id", "name", "score", "social", "reasons"}
    assert first["id"] == "net" and first["score"] == 100.0 and first["social"] is True
    assert all(isinstance(reason, str) for reason in first["reasons"])
    assert {"id", "why"} == set(document["excluded"][0])
