"""Scorecards on the pages: the conversation's scorecard with its evidence marked, and the
CARE panels of the home and person pages, each only for the people allowed to see them."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from legendary.conversations.models import Conversation
from legendary.conversations.scoring import score_conversations
from web.conftest import World, make_conversation, make_scorecard

HOSTILE = (
    "Hello, my parcel arrived with the lid crushed and I am really upset.",
    "<script>alert(1)</script> I'm so sorry it arrived like that, Rosa. "
    "I'll send a replacement today.",
    "Thank you, that is great.",
)


@pytest.fixture
def scored(world: World) -> World:
    """The persona organisation with every conversation scored by the engine."""
    score_conversations(Conversation.objects.all())
    return world


def _page(client: Client, conversation: Conversation) -> str:
    response = client.get(reverse("conversations:detail", args=[conversation.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_conversation_page_shows_the_scorecard(frontline: Client, scored: World) -> None:
    page = _page(frontline, scored.frontline_conversation)
    assert "CARE scorecard" in page
    for quality in ("Committed", "Attentive", "Responsive", "Empowered", "Overall"):
        assert quality in page
    assert "Apologises" in page
    assert "Customer's mood" in page


def test_evidence_is_marked_in_the_transcript_and_escaped(frontline: Client, world: World) -> None:
    conversation = make_conversation(world.frontline, texts=HOSTILE)
    score_conversations([conversation.pk])
    page = _page(frontline, conversation)
    assert "<script>alert(1)</script>" not in page
    marks = 'title="Acknowledges feelings, Apologises, Uses customer name">&lt;script&gt;'
    assert '<mark class="evidence" ' + marks in page
    assert "I&#x27;ll send a replacement today" in page


def test_an_unscored_conversation_has_no_scorecard(frontline: Client, world: World) -> None:
    assert "CARE scorecard" not in _page(frontline, world.frontline_conversation)


def test_a_frontline_person_cannot_open_a_colleagues_scorecard(
    frontline: Client, scored: World
) -> None:
    url = reverse("conversations:detail", args=[scored.colleague_conversation.pk])
    assert frontline.get(url).status_code == 404


def test_the_frontline_home_shows_their_own_care_profile(frontline: Client, scored: World) -> None:
    page = frontline.get(reverse("home")).content.decode()
    assert "Your CARE profile, last 90 days" in page
    assert 'id="care-radar"' in page
    assert "plotly/plotly.min" in page
    assert "Who needs coaching on what" not in page


def test_the_manager_home_says_who_needs_coaching_on_what(manager: Client, scored: World) -> None:
    for _ in range(5):
        make_conversation(scored.frontline)
    score_conversations(Conversation.objects.filter(scorecard=None))
    page = manager.get(reverse("home")).content.decode()
    assert "Your team&#x27;s CARE profile" in page
    assert "Who needs coaching on what" in page
    coaching = page.split("Who needs coaching on what")[1]
    assert "Fran Frontline" in coaching
    assert "Ivy Indirect" in coaching
    # Cole reports to the leader, not to Maya.
    assert "Cole Colleague" not in coaching


def test_the_leader_home_shows_the_organisations_profile(leader: Client, scored: World) -> None:
    page = leader.get(reverse("home")).content.decode()
    assert "The organisation&#x27;s CARE profile" in page


def test_a_person_page_shows_their_profile_to_their_manager(manager: Client, scored: World) -> None:
    page = manager.get(reverse("person_detail", args=[scored.frontline.pk])).content.decode()
    assert "Fran Frontline&#x27;s CARE profile" in page


def test_a_colleagues_person_page_stays_hidden(frontline: Client, scored: World) -> None:
    url = reverse("person_detail", args=[scored.colleague.pk])
    assert frontline.get(url).status_code == 404


def test_no_care_panel_before_anything_is_scored(frontline: Client, world: World) -> None:
    page = frontline.get(reverse("home")).content.decode()
    assert "Hello, Fran" in page  # her home page was drawn, without the panel
    assert "CARE profile" not in page


def test_a_team_page_shows_what_its_members_showed(manager: Client, scored: World) -> None:
    page = manager.get(reverse("team_detail", args=[scored.store.pk])).content.decode()
    assert "Store&#x27;s CARE profile" in page
    assert "plotly/plotly.min" in page


def test_a_frontline_persons_team_page_calls_their_own_figures_theirs(
    frontline: Client, scored: World
) -> None:
    page = frontline.get(reverse("team_detail", args=[scored.store.pk])).content.decode()
    # Fran reads only her own conversations: the profile is hers, not the Store team's.
    assert "Your CARE profile, last 90 days" in page
    assert "Store&#x27;s CARE profile" not in page


def test_a_team_page_without_scored_members_has_no_panel(leader: Client, world: World) -> None:
    response = leader.get(reverse("team_detail", args=[world.online.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Cole Colleague" in page  # the team page was drawn, members and all
    assert "CARE profile" not in page


def test_a_frontline_team_page_counts_only_their_own_behaviours(
    frontline: Client, world: World
) -> None:
    """On a conversation Fran shared with Ivy (same team), Ivy deflected and Fran did not.
    Fran's team page titles its panel "Your CARE profile": it used to count Ivy's deflection
    as hers (50% beside 0% on her home page)."""
    shared = make_conversation(world.frontline, world.indirect_report)
    make_scorecard(
        shared,
        outcomes={"deflects": {world.frontline: "absent", world.indirect_report: "present"}},
    )
    alone = make_conversation(world.frontline)
    make_scorecard(alone, outcomes={"deflects": {world.frontline: "absent"}})

    def deflects(page: object) -> object:
        panel = page.context["care"]  # type: ignore[attr-defined]
        return next(r.rate for r in panel.summary.behaviours if r.behaviour == "deflects")

    home = frontline.get(reverse("home"))
    team = frontline.get(reverse("team_detail", args=[world.store.pk]))
    assert "Your CARE profile" in team.content.decode()
    assert deflects(team) == deflects(home) == 0


def test_a_managers_home_counts_only_their_reports_behaviours(
    manager: Client, world: World
) -> None:
    """Cole (not Maya's report) deflected on a conversation he shared with Fran (her report);
    Maya's 'Your team's CARE profile' used to count it (50% beside Fran's 0%)."""
    shared = make_conversation(world.frontline, world.colleague)
    make_scorecard(
        shared, outcomes={"deflects": {world.frontline: "absent", world.colleague: "present"}}
    )
    alone = make_conversation(world.frontline)
    make_scorecard(alone, outcomes={"deflects": {world.frontline: "absent"}})
    panel = manager.get(reverse("home")).context["care"]
    assert panel.scope == "Your team's"
    rate = next(r.rate for r in panel.summary.behaviours if r.behaviour == "deflects")
    assert rate == 0


def test_an_unanswered_conversation_says_there_is_nothing_to_score(
    analyst: Client, world: World
) -> None:
    """A conversation no agent replied to showed a full scorecard of sixteen "not needed"
    rows and dashes: one message now says there is nothing to score, why, and what next."""
    waiting = make_conversation(
        world.frontline, texts=("Hi, do you still sell the oak bench? I'd like two.",)
    )
    score_conversations([waiting.pk])
    page = _page(analyst, waiting)
    assert "Nothing to score yet" in page
    assert "No one from the team has replied" in page
    assert "not needed" not in page
    assert "Overall" not in page
    # A conversation with a reply still shows its full scorecard.
    answered = _page(analyst, _scored(world))
    assert "Nothing to score yet" not in answered
    assert "not needed" in answered


def _scored(world: World) -> Conversation:
    conversation = make_conversation(world.frontline, texts=HOSTILE)
    score_conversations([conversation.pk])
    return conversation


def test_a_promise_to_check_is_a_follow_up_not_worth_a_human_look(
    frontline: Client, world: World
) -> None:
    """The scorecard listed "the agent promised something by a time: check it was kept"
    under "Worth a human look", as if a kept promise were a problem."""
    promised = make_conversation(
        world.frontline,
        texts=(
            "Hi, my order HP-1234 hasn't arrived yet. Could you check where it is?",
            "Of course. I'll call the courier and email you an update by 4pm today.",
            "Lovely, thank you so much!",
        ),
    )
    score_conversations([promised.pk])
    page = _page(frontline, promised)
    assert "To follow up" in page
    assert "check it was kept" in page
    assert "Worth a human look" not in page


def test_an_answered_question_is_quoted_as_the_customers_with_the_turn_that_answered_it(
    frontline: Client, world: World
) -> None:
    # The evidence of "Answers all questions" is the customer's question: quoted bare, it
    # read as if "When will the new one come?" were the agent's good service.
    conversation = make_conversation(
        world.frontline,
        texts=(
            "My kettle arrived with a cracked lid. When will the new one come?",
            "I'm sorry about the lid. The new kettle will be with you on Thursday.",
        ),
    )
    score_conversations([conversation.pk])
    page = _page(frontline, conversation)
    assert (
        '“When will the new one come?” <span class="quote-note">'
        '<a href="#turn-2">the customer asked; answered in turn 2</a></span>'
    ) in page
    assert '<li class="turn agent" id="turn-2">' in page
