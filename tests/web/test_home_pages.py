"""The home page of each perspective shows that person's real figures, and nothing of others."""

from __future__ import annotations

import datetime as dt
import json

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from legendary.conversations.models import Channel, Conversation
from legendary.people.services import create_organisation, create_person
from web.conftest import PASSWORD, World, make_conversation, make_scorecard


def test_frontline_home_counts_only_their_own_conversations(
    frontline: Client, world: World
) -> None:
    make_conversation(world.frontline, subject="An older chat", days_ago=200)
    page = frontline.get("/").content.decode()
    assert "Hello, Fran" in page
    assert "Fran&#x27;s parcel" in page
    assert "Cole&#x27;s refund" not in page
    # one conversation in the last 90 days, two in all
    assert (
        '<span class="value">1</span><span class="label">conversation in the last 90 days' in page
    )
    assert '<span class="value">2</span><span class="label">conversations in all' in page


def test_frontline_home_has_no_chart_and_no_invented_scores(frontline: Client) -> None:
    page = frontline.get("/").content.decode()
    assert "Hello, Fran" in page  # her home page, not a sign-in page that has no chart either
    assert "plotly.min.js" not in page
    assert "CARE scores" not in page  # nothing is scored yet, so nothing score-shaped is shown


def test_manager_home_lists_direct_and_indirect_reports(manager: Client, world: World) -> None:
    page = manager.get("/").content.decode()
    assert "Fran Frontline" in page
    assert "Tom Teamlead" in page
    assert "Ivy Indirect" in page
    assert "reports to Tom Teamlead" in page  # Ivy is an indirect report
    assert "Cole Colleague" not in page
    assert '<span class="value">3</span><span class="label">people in your team (2 direct)' in page


def test_manager_home_shows_the_team_conversations_only(manager: Client) -> None:
    page = manager.get("/").content.decode()
    assert "Ivy&#x27;s booking" in page
    assert "Cole&#x27;s refund" not in page


def test_leader_home_counts_the_whole_organisation(leader: Client, world: World) -> None:
    page = leader.get("/").content.decode()
    assert '<span class="value">8</span><span class="label">people</span>' in page
    assert '<span class="value">3</span><span class="label">teams</span>' in page
    assert '<span class="value">4</span><span class="label">conversations, last 90 days' in page
    assert "Otto" not in page


def test_leader_home_draws_the_channel_chart_from_our_own_plotly(leader: Client) -> None:
    page = leader.get("/").content.decode()
    assert '<script src="/static/plotly/plotly.min.js"' in page
    assert "cdn" not in page.lower()
    raw = page.split('<script type="application/json" id="channel-chart">')[1].split("</script>")[0]
    figure = json.loads(raw)
    counted = {trace["name"]: sum(trace["y"]) for trace in figure["data"]}
    assert counted == {"Chat": 2, "E-mail": 1, "Phone": 1}


def test_analyst_home_shows_every_conversation_of_the_organisation(analyst: Client) -> None:
    page = analyst.get("/").content.decode()
    for subject in ("Fran&#x27;s parcel", "Cole&#x27;s refund", "Ivy&#x27;s booking"):
        assert subject in page
    assert "Otto&#x27;s ticket" not in page


def test_analyst_home_counts_by_channel(analyst: Client, world: World) -> None:
    make_conversation(world.colleague, channel=Channel.SOCIAL, subject="A public complaint")
    page = analyst.get("/").content.decode()
    assert 'aria-label="1 Social conversations"' in page
    assert 'aria-label="2 Chat conversations"' in page


def test_a_login_without_a_person_is_told_so(client: Client, world: World) -> None:
    client.force_login(User.objects.create_user("stray"))
    page = client.get("/").content.decode()
    assert "not linked to anyone" in page


def test_navigation_matches_the_role(frontline: Client, manager: Client) -> None:
    assert 'href="/people/"' not in frontline.get("/").content.decode()
    assert 'href="/people/"' in manager.get("/").content.decode()


def test_large_counts_are_written_with_thousands_separators() -> None:
    from types import SimpleNamespace

    from django.template.loader import render_to_string

    scores = {"overall": 55.0, "committed": 63.0, "scored": 2400}
    html = render_to_string("people/_scores.html", {"scores": scores})
    # The stat card above says "2,400 conversations"; the note under the scores agrees.
    assert "Averaged over 2,400 scored conversations" in html
    # A page of the conversation list with its rows left out (only the count matters here).
    page = SimpleNamespace(
        paginator=SimpleNamespace(count=12_345), object_list=[], has_other_pages=False
    )
    listing = render_to_string("conversations/_results.html", {"page": page, "query": ""})
    assert "12,345 conversations" in listing


def test_the_leaders_home_counts_the_conversations_its_scores_average_over(
    leader: Client, world: World
) -> None:
    """The demo's leader read "averaged over 2,397 scored conversations" where 2,392 had a
    score: the count took every stored scorecard, and a conversation no agent ever answered
    (a customer's unanswered e-mail) is stored with no score at all, so the averages left
    it out and the count did not. Both notes now count what the averages are over."""
    make_scorecard(world.frontline_conversation, 80.0)
    make_scorecard(world.colleague_conversation, 60.0)
    unanswered = make_conversation(
        customer=world.frontline_conversation.customer,
        channel=Channel.EMAIL,
        texts=("Where is my order? Nobody has replied for a week.",),
    )
    make_scorecard(unanswered, None, flags=["no_agent_turn"])
    page = leader.get("/").content.decode()
    assert "Averaged over 2 scored conversations" in page
    assert "Overall 70 out of 100, over 2 scored conversations." in page


def test_home_figures_of_one_say_one_person_and_one_conversation(world: World) -> None:
    """A new organisation's administrator read "1 people" on their home page, and a
    frontline person with one chat "1 conversations". Found opening each home page of an
    organisation with a single person in it."""
    solo = create_organisation("Solo Co")
    create_person(
        solo, "Sam Solo", role="admin", with_login=True, username="sam", password=PASSWORD
    )
    client = Client()
    assert client.login(username="sam", password=PASSWORD)
    page = client.get("/").content.decode()
    assert '<span class="value">1</span><span class="label">person</span>' in page
    assert '<span class="value">0</span><span class="label">teams</span>' in page
    assert '<span class="value">0</span><span class="label">conversations, last 90 days' in page
    surveys = client.get("/assessments/").content.decode()
    # Nobody thanks a person for answers they never gave.
    assert "Nothing to answer right now." in surveys
    assert "Thank you for the answers you have given" not in surveys


def test_the_home_says_why_some_conversations_have_no_score(
    leader: Client, analyst: Client, admin: Client, frontline: Client, world: World
) -> None:
    """The demo's leader read "2,379 conversations, last 90 days" over "averaged over 2,374
    scored conversations", with nothing to say what the other 5 were (customers nobody
    answered). Each reason a conversation has no score is now counted under the figures,
    with a link to the list of those nobody answered: someone can still answer them."""
    make_scorecard(world.frontline_conversation, 80.0)
    make_scorecard(world.colleague_conversation, 60.0)
    # Agents spoke, but nothing they said gave a CARE behaviour a chance to apply.
    make_scorecard(world.manager_conversation, None)
    # world.indirect_conversation has no scorecard yet: the background scoring has not run.
    unanswered = make_conversation(
        customer=world.frontline_conversation.customer,
        channel=Channel.EMAIL,
        subject="Still waiting",
        texts=("Is anybody reading these? My order never came.",),
    )
    make_scorecard(unanswered, None, flags=["no_agent_turn"])

    for client in (leader, analyst, admin):
        page = client.get("/").content.decode()
        assert "Of the 5 conversations of the last 90 days, 3 have no CARE score" in page
        assert "1 had no reply from the team</a>" in page
        assert "1 is not scored yet" in page
        assert "1 had replies to which no CARE behaviour applied" in page
    assert "Averaged over 2 scored conversations" in leader.get("/").content.decode()
    # Only the administrator can do something about a stuck worker.
    assert "legendary worker" in admin.get("/").content.decode()
    assert "legendary worker" not in analyst.get("/").content.decode()

    # The link lists exactly the ones nobody answered.
    page = analyst.get("/").content.decode()
    link = page.split('<p class="muted small unscored">')[1].split('href="')[1].split('"')[0]
    listing = analyst.get(link.replace("&amp;", "&")).content.decode()
    assert "Still waiting" in listing
    assert '<p class="muted small">1 conversation</p>' in listing

    # Fran's one conversation is scored: nothing to explain on her home.
    assert "no CARE score" not in frontline.get("/").content.decode()


def test_channel_bars_with_nothing_to_count_say_so(
    frontline: Client, manager: Client, world: World
) -> None:
    """A person with no conversation in the last 90 days saw five empty bars, each with a 0,
    under "Where you served, last 90 days" (the manager's "By channel" likewise, beside a
    weekly chart that said "No conversations in the last 90 days."): a chart of nothing.
    The card now says it in words; one conversation brings the bars back."""
    Conversation.objects.filter(pk=world.frontline_conversation.pk).update(
        opened_at=timezone.now() - dt.timedelta(days=200)
    )
    home = frontline.get("/").content.decode()
    served = home[home.index('id="channels-heading"') :]
    assert "No conversations in the last 90 days." in served
    assert 'class="bars"' not in served
    person = manager.get(f"/people/{world.frontline.pk}/").content.decode()
    channels = person[person.index('id="channels-heading"') :]
    assert "No conversations in the last 90 days." in channels
    assert 'class="bars"' not in channels
    make_conversation(world.frontline, channel=Channel.EMAIL, subject="A fresh e-mail")
    again = frontline.get("/").content.decode()
    assert 'class="bars"' in again[again.index('id="channels-heading"') :]


def test_conversation_counts_are_said_once_when_all_are_recent(
    frontline: Client, manager: Client, analyst: Client, world: World
) -> None:
    """The demo's homes read "126 in the last 90 days" beside "126 in all": one figure said
    twice. When every conversation is recent, the count is said once."""
    make_conversation(world.frontline, subject="Another chat")
    own = frontline.get("/").content.decode()
    assert (
        '<span class="value">2</span><span class="label">conversations, all in the last 90 days'
        in own
    )
    assert "in all" not in own
    team = manager.get("/").content.decode()
    assert "team conversations, all in the last 90 days" in team
    assert "team conversations in all" not in team
    person = manager.get(f"/people/{world.frontline.pk}/").content.decode()
    assert '<span class="label">conversations, all in the last 90 days' in person
    assert "conversations in all" not in person
    stored = analyst.get("/").content.decode()
    assert "conversations, all in the last 90 days" in stored
    assert "stored" not in stored
    # One older conversation and the two figures differ again, each said.
    make_conversation(world.frontline, subject="An older chat", days_ago=200)
    person = manager.get(f"/people/{world.frontline.pk}/").content.decode()
    assert '<span class="value">2</span><span class="label">conversations, last 90 days' in person
    assert '<span class="value">3</span><span class="label">conversations in all' in person


def test_the_score_tiles_say_what_a_score_runs_up_to(world: World, frontline: Client) -> None:
    """The tiles of "Your CARE scores" showed 55, 47, 57 with nothing saying out of what; only
    the profile chart further down said "out of 100" (the frontline home at 390 px, session
    21)."""
    make_scorecard(world.frontline_conversation, 80.0)
    page = frontline.get("/").content.decode()
    assert "Averaged over 1 scored conversation, each score out of 100;" in page
