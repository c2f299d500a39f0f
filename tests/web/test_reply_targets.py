"""Reply-time targets on the service standards page: an analyst or admin sets, per channel
and for a chat held as messaging, how long a customer may wait for a reply, in minutes or
hours; saving adopts a new rubric version like a change of weights, and scorecards made
with it judge (and explain) "Responds promptly" against the new targets. Bad input names
the target and stores nothing; a leader reads the targets without a form.
"""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse

from legendary.conversations.models import RubricVersion
from legendary.conversations.scoring import rubric_in_use, score_conversations
from legendary.people.models import Organisation
from web.conftest import World, answer_after, make_conversation, stored_outcome

PAGE = reverse("standards:page")
TARGETS = reverse("standards:targets")

CHAT = (
    "Hello, the heating in my flat has not come on since the engineer's visit.",
    "Sorry to hear that. Is the boiler showing a fault code on its screen?",
    "Yes, it says F28.",
    "Thank you. F28 means no ignition; I've booked the engineer back for tomorrow morning.",
)


def _targets(organisation: Organisation, **changes: str) -> dict[str, str]:
    """The targets form as the page fills it in, with `changes` made."""
    stored, rubric = rubric_in_use(organisation)
    form: dict[str, str] = {"based_on": stored.version}
    for key, target in rubric.response_targets:
        seconds = target.total_seconds()
        in_hours = seconds >= 3600 and seconds % 900 == 0
        form[key] = f"{seconds / (3600 if in_hours else 60):g}"
        form[f"{key}_unit"] = "hours" if in_hours else "minutes"
    return {**form, **changes}


def _versions(organisation: Organisation) -> int:
    rubric_in_use(organisation)  # the default version is stored on first use
    return RubricVersion.objects.filter(organisation=organisation).count()


def test_saving_targets_adopts_a_new_version(analyst: Client, world: World) -> None:
    before = _versions(world.org)
    form = _targets(world.org, chat="5", chat_unit="minutes", email="1", email_unit="hours")
    response = analyst.post(TARGETS, form)
    assert response.status_code == 302
    assert _versions(world.org) == before + 1
    _, rubric = rubric_in_use(world.org)
    targets = dict(rubric.response_targets)
    assert targets["chat"] == dt.timedelta(minutes=5)
    assert targets["email"] == dt.timedelta(hours=1)
    assert targets["social"] == dt.timedelta(hours=1)  # untouched
    html = analyst.get(PAGE).content.decode()
    assert "<li>Reply-time target for e-mail: 4 h → 1 h</li>" in html
    assert "<li>Reply-time target for chat: 1 min → 5 min</li>" in html


def test_saving_unchanged_targets_adopts_nothing(admin: Client, world: World) -> None:
    before = _versions(world.org)
    response = admin.post(TARGETS, _targets(world.org), follow=True)
    assert "Nothing changed" in response.content.decode()
    assert _versions(world.org) == before


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"email": "0"}, "email", "E-mail: choose a reply-time target above 0"),
        ({"social": "-2"}, "social", "Social: choose a reply-time target above 0"),
        ({"messaging": "200", "messaging_unit": "hours"}, "messaging", "no more than 7 days"),
        ({"phone": "soon"}, "phone", "Phone: write the target as a number"),
        ({"in_person": ""}, "in_person", "In person: give a reply-time target"),
    ],
)
def test_bad_input_names_the_target_and_stores_nothing(
    admin: Client, world: World, changes: dict[str, str], field: str, message: str
) -> None:
    before = _versions(world.org)
    response = admin.post(TARGETS, _targets(world.org, **changes))
    assert response.status_code == 400
    html = response.content.decode()
    row = html[html.index(f'id="target-{field}"') :]
    assert message in row[: row.index("</tr>")]
    assert _versions(world.org) == before


def test_every_target_out_of_range_shows_at_once(admin: Client, world: World) -> None:
    form = _targets(
        world.org, chat="0", email="9", email_unit="days", social="9", social_unit="hours"
    )
    body = admin.post(TARGETS, form).content.decode()
    assert "Chat: choose a reply-time target above 0" in body
    assert "Social:" not in body  # nine hours is in range
    assert "E-mail unit" in body or "valid choice" in body  # days is no unit of the form


def test_a_leader_reads_the_targets_without_a_form(leader: Client, world: World) -> None:
    html = leader.get(PAGE).content.decode()
    assert "Reply-time targets" in html
    row = html[html.index('id="target-email"') :]
    assert "4 h" in row[: row.index("</tr>")]
    row = html[html.index('id="target-messaging"') :]
    assert "Chat held as messaging" in row[: row.index("</tr>")]
    assert 'name="email"' not in html
    assert 'action="/standards/targets/"' not in html


def test_a_scorecard_is_judged_and_explained_by_its_rubric_targets(
    analyst: Client, leader: Client, world: World
) -> None:
    conversation = make_conversation(world.frontline, texts=CHAT)
    answer_after(conversation, 3, dt.timedelta(minutes=3))
    score_conversations([conversation.pk])
    assert stored_outcome(conversation, "responds_promptly") == "absent"  # late for a minute
    detail = reverse("conversations:detail", args=[conversation.pk])
    assert "late: reply 4 came after 3 min (target 60 s)" in leader.get(detail).content.decode()

    analyst.post(TARGETS, _targets(world.org, chat="1", chat_unit="hours"))
    score_conversations([conversation.pk])

    assert stored_outcome(conversation, "responds_promptly") == "present"
    page = leader.get(detail).content.decode()
    assert "reply 4 came after 3 min (target 60 min)" in page
    assert "late: reply" not in page


def test_the_organisation_page_shows_the_targets_of_the_rubric_in_use(
    admin: Client, world: World
) -> None:
    admin.post(TARGETS, _targets(world.org, email="1", email_unit="hours"))
    page = admin.get(reverse("organisation_settings")).content.decode()
    assert "E-mail: 1 hour" in page
    assert "Chat: 1 minute" in page  # unchanged
    assert "the same for every organisation" not in page


def test_a_target_under_a_second_is_refused_on_the_form_not_a_server_error(
    admin: Client, world: World
) -> None:
    """Walked in session 19: 1e-9 minutes passed the form's "above 0" check, became a zero
    timedelta and the rubric's own check raised (a 500)."""
    before = _versions(world.org)
    for tiny in ("1e-9", "0.001"):
        response = admin.post(TARGETS, _targets(world.org, chat=tiny, chat_unit="minutes"))
        assert response.status_code == 400, tiny
        assert "Chat: choose a reply-time target above 0 (a second at least)" in (
            response.content.decode()
        )
    assert _versions(world.org) == before
    one_second = _targets(world.org, chat=str(1 / 60), chat_unit="minutes")
    assert admin.post(TARGETS, one_second).status_code == 302


def _text(html: str) -> str:
    """The page's words, without markup, in single spaces."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_pages_say_what_each_target_times_a_call_most_of_all(
    admin: Client, leader: Client, world: World
) -> None:
    """Walked in session 21: "Phone: 1 minute" read as answering a call within a minute.
    The engine times a pause inside a call, from the caller's words to the agent's next;
    a call transcript file carries no times, so its calls are never timed."""
    settings_page = _text(admin.get(reverse("organisation_settings")).content.decode())
    assert (
        "Phone: 1 minute A pause on a call: from the caller's words to the agent's next, "
        "a hold included. A call transcript file carries no times (the call itself is the "
        "reply), so its calls are never timed" in settings_page
    )
    assert "E-mail: 4 hours From the customer's e-mail to the team's answer." in settings_page
    standards = _text(leader.get(PAGE).content.decode())
    assert "Phone A pause on a call: from the caller's words to the agent's next" in standards
    assert "A conversation whose turns carry no times is never timed" in standards
    # What the pages say of a call without times: "Responds promptly" does not apply.
    call = make_conversation(world.frontline, channel="phone", texts=CHAT)
    call.turns.update(timestamp=None)
    score_conversations([call.pk])
    assert stored_outcome(call, "responds_promptly") == "na"
