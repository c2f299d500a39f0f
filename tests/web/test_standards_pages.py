"""The service standards page: analysts add, change and remove standards and weights, each
change adopting a new rubric version; bad input shows next to its field and stores nothing.
Who may see and change the page is in test_permissions.py."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from legendary.conversations import tasks
from legendary.conversations.models import Conversation, RubricVersion, Scorecard
from legendary.conversations.scoring import rubric_in_use, score_conversations
from legendary.people.models import Organisation
from web.conftest import World

PAGE = reverse("standards:page")
NEW = reverse("standards:new")

# The closing line a furniture shop wants every customer to hear.
THANKS = {
    "name": "Promise the replacement",
    "kind": "include",
    "phrases": "send a replacement\nsend you a new one",
    "weight": "1.5",
    "quality": "committed",
    "scope": "any",
    "note": "A customer with a broken parcel relaxes once they hear what we will send.",
}


def _form(organisation: Organisation, **changes: str) -> dict[str, str]:
    stored, _ = rubric_in_use(organisation)
    return {**THANKS, "based_on": stored.version, **changes}


def _versions(organisation: Organisation) -> list[str]:
    return sorted(
        RubricVersion.objects.filter(organisation=organisation).values_list("version", flat=True)
    )


def _today(n: int) -> str:
    return f"{timezone.localdate().isoformat()}-{n}"


def test_adding_a_standard_adopts_a_new_version_and_rescoring_shows_it(
    analyst: Client, world: World
) -> None:
    score_conversations([world.frontline_conversation.pk])
    old_scorecard = Scorecard.objects.get(conversation=world.frontline_conversation)
    old_version = old_scorecard.rubric
    old_definition = dict(old_version.definition)

    response = analyst.post(NEW, _form(world.org))

    assert response.status_code == 302
    stored, rubric = rubric_in_use(world.org)
    assert stored.version == _today(1)
    assert [s.id for s in rubric.standards] == ["standard:promise-the-replacement"]
    # The version the old scorecard points at is untouched.
    old_version.refresh_from_db()
    assert old_version.definition == old_definition
    assert not old_version.in_use
    assert Scorecard.objects.get(conversation=world.frontline_conversation).rubric == old_version

    score_conversations([world.frontline_conversation.pk])

    scorecard = Scorecard.objects.get(conversation=world.frontline_conversation)
    assert scorecard.rubric == stored
    verdicts = {b["behaviour"]: b for b in scorecard.document["behaviours"]}
    assert verdicts["standard:promise-the-replacement"]["outcome"] == "present"
    page = analyst.get(reverse("conversations:detail", args=[world.frontline_conversation.pk]))
    html = page.content.decode()
    # Named as the analyst wrote it, with the words that showed it.
    assert ">Promise the replacement</span>" in html
    assert "“send a replacement”" in html


def test_the_page_lists_the_standard_with_its_note_and_the_old_version(
    analyst: Client, world: World
) -> None:
    analyst.post(NEW, _form(world.org))
    html = analyst.get(PAGE).content.decode()
    assert "Promise the replacement" in html
    assert "A customer with a broken parcel relaxes" in html
    assert "standard:promise-the-replacement" in html
    assert f'version <span class="version">{_today(1)}</span>' in html
    assert "2026.11-1" in html  # the earlier version, still listed in the history


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"phrases": "  \n \n"}, "phrases", "Add at least one phrase"),
        ({"weight": "7"}, "weight", "between 0 and 5"),
        ({"kind": "avoid", "weight": "95"}, "weight", "between 0 and 80"),
        ({"weight": "lots"}, "weight", "Enter a number"),
        ({"name": "   "}, "name", "This field is required"),
        ({"phrases": "re:(unclosed"}, "phrases", "not a valid pattern"),
    ],
)
def test_bad_input_shows_next_to_its_field_and_stores_nothing(
    analyst: Client, world: World, changes: dict[str, str], field: str, message: str
) -> None:
    form = _form(world.org, **changes)
    before = _versions(world.org)
    response = analyst.post(NEW, form)
    assert response.status_code == 400
    assert message in _field_block(response.content.decode(), field)
    assert _versions(world.org) == before


def test_every_problem_shows_at_once(analyst: Client, world: World) -> None:
    form = _form(world.org, phrases="", kind="avoid", weight="120")
    html = analyst.post(NEW, form).content.decode()
    assert "Add at least one phrase" in _field_block(html, "phrases")
    assert "between 0 and 80" in _field_block(html, "weight")


def test_a_duplicate_name_is_refused(analyst: Client, world: World) -> None:
    analyst.post(NEW, _form(world.org))
    before = _versions(world.org)
    response = analyst.post(NEW, _form(world.org, name="promise  the REPLACEMENT"))
    assert response.status_code == 400
    assert "already has this name" in _field_block(response.content.decode(), "name")
    assert _versions(world.org) == before


def test_a_change_made_meanwhile_is_not_overwritten(
    analyst: Client, admin: Client, world: World
) -> None:
    stale = _form(world.org)
    admin.post(NEW, _form(world.org, name="Offer a callback", phrases="call you back"))
    before = _versions(world.org)
    response = analyst.post(NEW, stale)
    assert response.status_code == 400
    assert "while you were looking" in response.content.decode()
    assert _versions(world.org) == before


def test_editing_a_standard_replaces_it_in_a_new_version(analyst: Client, world: World) -> None:
    analyst.post(NEW, _form(world.org))
    edit = reverse("standards:edit", args=["promise-the-replacement"])
    assert "Promise the replacement" in analyst.get(edit).content.decode()
    changes = {"name": "Say what we will send", "phrases": "send a new one", "weight": "2"}
    response = analyst.post(edit, _form(world.org, **changes))
    assert response.status_code == 302
    stored, rubric = rubric_in_use(world.org)
    assert stored.version == _today(2)
    (standard,) = rubric.standards
    assert standard.id == "standard:promise-the-replacement"  # kept through the edit
    assert standard.phrases == ("send a new one",)
    assert standard.weight == 2.0
    assert standard.description.startswith("Say what we will send\n")


def test_removing_a_standard_adopts_a_version_without_it(analyst: Client, world: World) -> None:
    analyst.post(NEW, _form(world.org))
    stored, _ = rubric_in_use(world.org)
    remove = reverse("standards:remove", args=["promise-the-replacement"])
    assert analyst.post(remove, {"based_on": stored.version}).status_code == 302
    assert rubric_in_use(world.org)[1].standards == ()
    assert len(_versions(world.org)) == 3


def test_changing_a_weight_adopts_a_new_version(admin: Client, world: World) -> None:
    _, rubric = rubric_in_use(world.org)
    weights = _weights(world.org)
    weights["takes_ownership"] = "3.5"
    weights["rude_language"] = "60"
    assert admin.post(reverse("standards:weights"), weights).status_code == 302
    _, changed = rubric_in_use(world.org)
    assert changed.rule("takes_ownership").weight == 3.5  # type: ignore[union-attr]
    assert changed.rule("rude_language").penalty == 60.0  # type: ignore[union-attr]
    assert changed.rule("rude_language").cap == rubric.rule("rude_language").cap  # type: ignore[union-attr]


def test_a_weight_out_of_range_is_refused(admin: Client, world: World) -> None:
    weights = {**_weights(world.org), "takes_ownership": "12"}
    before = _versions(world.org)
    response = admin.post(reverse("standards:weights"), weights)
    assert response.status_code == 400
    assert "between 0 and 5" in response.content.decode()
    assert _versions(world.org) == before


def test_every_weight_problem_is_named_in_one_pass(admin: Client, world: World) -> None:
    # A word where a number goes, two weights and a breaker's points out of range: all
    # four are named at once, each by its row, instead of the ranges only after the word
    # is fixed, and then one at a time.
    weights = {
        **_weights(world.org),
        "takes_ownership": "lots",
        "apologises": "12",
        "offers_solution": "-1",
        "rude_language": "90",
    }
    before = _versions(world.org)
    response = admin.post(reverse("standards:weights"), weights)
    assert response.status_code == 400
    page = response.content.decode()
    assert page.count("Choose a weight between 0 and 5.") == 2
    assert page.count("Choose the points taken off between 0 and 80.") == 1
    assert "Enter a number." in page
    errors = response.context["weights_form"].errors
    assert set(errors) == {"takes_ownership", "apologises", "offers_solution", "rude_language"}
    assert _versions(world.org) == before


def test_saving_unchanged_weights_adopts_nothing(admin: Client, world: World) -> None:
    weights = _weights(world.org)
    before = _versions(world.org)
    response = admin.post(reverse("standards:weights"), weights, follow=True)
    assert "Nothing changed" in response.content.decode()
    assert _versions(world.org) == before


def test_the_rescore_button_queues_a_background_rescore(
    analyst: Client, world: World, django_capture_on_commit_callbacks: Any
) -> None:
    score_conversations([world.frontline_conversation.pk])
    analyst.post(NEW, _form(world.org))
    with django_capture_on_commit_callbacks(execute=True):
        analyst.post(reverse("standards:rescore"))
    html = analyst.get(PAGE).content.decode()
    assert "Queued: every conversation will be scored again" in html
    assert "A rescore is queued" in html
    assert 'hx-trigger="every 5s"' in html  # the figures refresh while it runs
    queued = DBTaskResult.objects.get()
    assert queued.task_path.endswith("rescore_organisation")
    assert queued.args_kwargs["args"] == [world.org.pk]
    # What the worker then runs scores every conversation of the organisation again.
    queued.status = "SUCCESSFUL"  # as the worker leaves it
    queued.save()
    scored = tasks.rescore_organisation.call(world.org.pk)
    assert scored == world.org.conversations.count()
    stored, _ = rubric_in_use(world.org)
    assert set(
        Scorecard.objects.filter(conversation__organisation=world.org).values_list(
            "rubric", flat=True
        )
    ) == {stored.pk}
    html = analyst.get(PAGE).content.decode()
    assert "scored with this version" in html
    assert "A rescore is queued" not in html


def test_a_leader_reads_the_page_without_forms(
    leader: Client, analyst: Client, world: World
) -> None:
    analyst.post(NEW, _form(world.org))
    html = leader.get(PAGE).content.decode()
    assert "Promise the replacement" in html
    assert "Takes ownership" in html
    assert "caps the score at 40" in html
    assert "Add a standard" not in html
    assert 'name="takes_ownership"' not in html
    assert "legendary rescore --all --organisation" in html


def test_the_navigation_offers_the_page_to_those_who_may_see_it(
    analyst: Client, frontline: Client
) -> None:
    link = f'<a href="{PAGE}">Standards</a>'
    assert link in analyst.get("/").content.decode()
    assert link not in frontline.get("/").content.decode()


def _weights(organisation: Organisation) -> dict[str, str]:
    stored, rubric = rubric_in_use(organisation)
    values = {r.behaviour: str(r.penalty if r.breaker else r.weight) for r in rubric.rules}
    return {**values, "based_on": stored.version}


def _field_block(html: str, field: str) -> str:
    """The part of the page between a field's input and the next field."""
    start = html.index(f'id="id_{field}')
    end = html.find('<div class="field', start)
    return html[start : end if end != -1 else len(html)]


def test_the_page_says_what_changed_version_by_version(analyst: Client, world: World) -> None:
    analyst.post(NEW, _form(world.org))
    weights = {**_weights(world.org), "takes_ownership": "3"}
    analyst.post(reverse("standards:weights"), weights)
    html = analyst.get(PAGE).content.decode()
    assert "<li>Takes ownership: weight 2 → weight 3</li>" in html
    assert "<li>Added the standard “Promise the replacement”</li>" in html
    assert "The first version on record." in html


def test_every_id_on_the_page_is_unique(analyst: Client, world: World) -> None:
    # The weights form and the new-standard form both carry `based_on`: a repeated id
    # would point a label, or a screen reader's "go to field", at the wrong form.
    analyst.post(NEW, _form(world.org))
    html = analyst.get(PAGE).content.decode()
    ids = re.findall(r'\bid="([^"]+)"', html)
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    assert 'id="weights_based_on"' in html
    assert repeated == []


def test_only_unscored_conversations_are_named_without_a_count_of_zero(
    analyst: Client, world: World
) -> None:
    """Walking the demo as the QA analyst right after an import (session 20), the standards
    page read "0 scorecards still use an earlier version, and 3 conversations are not
    scored yet." in its warning colour: a zero put first, "use" after it. With no
    scorecard behind, it now names only the conversations waiting for their first score."""
    scored = [world.frontline_conversation.pk, world.colleague_conversation.pk]
    score_conversations(scored)
    html = analyst.get(PAGE).content.decode()
    waiting = Conversation.objects.filter(organisation=world.org, scorecard__isnull=True).count()
    assert waiting > 0
    assert "0 scorecards" not in html
    assert "an earlier version" not in html
    many = "conversation is" if waiting == 1 else "conversations are"
    assert f"{waiting} {many} not scored yet: the background worker scores them" in html
