"""The organisation page: an administrator renames the organisation; the settings that are
not the organisation's to change (survey anonymity, reply-time targets) are shown as such."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from legendary.people.models import Organisation
from web.conftest import World, signed_in

URL = reverse("organisation_settings")


def test_an_administrator_renames_the_organisation_and_its_slug_stays(
    world: World, admin: Client
) -> None:
    slug = world.org.slug
    assert f'href="{URL}"' in admin.get(reverse("home")).content.decode()  # in the navigation
    response = admin.post(URL, {"name": "  Harbour, Vine & Sons  "}, follow=True)
    org = Organisation.objects.get(pk=world.org.pk)
    assert org.name == "Harbour, Vine & Sons"
    assert org.slug == slug  # the CLI's --organisation keeps working
    assert "The organisation is now called Harbour, Vine &amp; Sons." in response.content.decode()


def test_an_empty_name_is_refused_next_to_the_name_field(world: World, admin: Client) -> None:
    response = admin.post(URL, {"name": "   "})
    page = response.content.decode()
    assert response.status_code == 200
    assert '<ul class="errorlist" role="alert" id="id_name_error">' in page
    # one include serves every app's forms: its errors name their field, as the culture
    # forms' copy of it did (the two had drifted apart)
    assert "<li>Organisation name: Give the organisation a name" in page
    assert Organisation.objects.get(pk=world.org.pk).name == "Harbour & Vine"


def test_the_page_says_where_the_other_settings_come_from(
    world: World, admin: Client, settings: object
) -> None:
    settings.LEGENDARY_MIN_GROUP_SCORES = 7  # type: ignore[attr-defined]
    page = admin.get(URL).content.decode()
    assert "at least <strong>7</strong> people" in page
    assert "E-mail: 4 hours" in page
    assert "Chat: 1 minute" in page


def test_only_administrators_see_or_change_it(world: World) -> None:
    leader = signed_in(world.leader)
    assert leader.get(URL).status_code == 404
    assert leader.post(URL, {"name": "Taken over"}).status_code == 404
    assert Organisation.objects.get(pk=world.org.pk).name == "Harbour & Vine"
    assert reverse("organisation_settings") not in leader.get(reverse("home")).content.decode()


def test_an_empty_name_says_which_name_it_needs_on_every_admin_form(
    world: World, admin: Client
) -> None:
    """Found on the walk: the invite and team forms answered an empty name with Django's
    "This field is required.", which does not say what to give."""
    invite = admin.post(
        reverse("person_invite"), {"name": "", "email": "", "role": "frontline"}
    ).content.decode()
    assert "Give their full name, as their colleagues know it." in invite
    team = admin.post(reverse("team_create"), {"name": ""}).content.decode()
    assert "Give the team a name: the one its people use." in team
    edit = admin.post(reverse("person_edit", args=[world.frontline.pk]), {"name": ""})
    assert "Give their full name" in edit.content.decode()
    assert "This field is required." not in invite + team
