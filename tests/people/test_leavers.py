"""People who leave, and the people who reported to them.

Found as the demo administrator: deactivating Rachel Lindqvist, who manages six people,
went through, and those six went on reporting to someone who could no longer sign in (a
manager pulse launched next would have asked them how well she serves them). The edit page
also offered people who had left as anyone's new manager, and saving one went through.
"""

from __future__ import annotations

import pytest

from legendary.people.models import Organisation, Person, Role
from legendary.people.services import (
    PeopleError,
    create_organisation,
    create_person,
    deactivate_person,
    reactivate_person,
    set_reporting_line,
    update_person,
)
from web.conftest import World, signed_in
from web.test_people_admin import edit_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def org() -> Organisation:
    return create_organisation("Harbour & Vine")


def test_a_manager_with_people_still_here_is_not_deactivated(org: Organisation) -> None:
    maya = create_person(org, "Maya Manager", role=Role.MANAGER)
    fran = create_person(org, "Fran Frontline", manager=maya)
    with pytest.raises(PeopleError, match="has 1 person reporting to them") as refused:
        deactivate_person(maya)
    assert refused.value.field == "active"
    maya.refresh_from_db()
    assert maya.active
    # Once Fran reports to someone else, or has left herself, Maya can leave.
    deactivate_person(fran)
    deactivate_person(maya)
    maya.refresh_from_db()
    assert not maya.active


def test_nobody_is_given_a_manager_who_has_left(org: Organisation) -> None:
    lena = create_person(org, "Lena Leader", role=Role.LEADER)
    gone = create_person(org, "Gus Gone", role=Role.MANAGER)
    deactivate_person(gone)
    fran = create_person(org, "Fran Frontline", manager=lena)
    with pytest.raises(PeopleError, match="Gus Gone has left the organisation"):
        set_reporting_line(fran, gone)
    with pytest.raises(PeopleError, match="has left"):
        create_person(org, "Nina Newcomer", manager=gone)
    fran.refresh_from_db()
    assert fran.manager == lena


def test_someone_whose_manager_left_keeps_them_when_other_fields_change(
    org: Organisation,
) -> None:
    maya = create_person(org, "Maya Manager", role=Role.MANAGER)
    fran = create_person(org, "Fran Frontline", manager=maya)
    # Maya left before the rule existed (or Fran left first and came back).
    deactivate_person(fran)
    deactivate_person(maya)
    reactivate_person(fran)
    fran = Person.objects.get(pk=fran.pk)
    update_person(fran, name="Fran Frontline", role=Role.FRONTLINE, title="Lead", manager=maya)
    fran.refresh_from_db()
    assert (fran.title, fran.manager) == ("Lead", maya)


def test_the_edit_page_says_why_a_manager_cannot_be_deactivated(world: World) -> None:
    url = f"/people/{world.manager.pk}/edit/"
    page = signed_in(world.admin).post(url, edit_form(world.manager, active=False))
    assert page.status_code == 200
    assert "Maya Manager has 2 people reporting to them" in page.content.decode()
    world.manager.refresh_from_db()
    assert world.manager.active
