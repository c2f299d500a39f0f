"""People and teams over the API. Every query goes through `people.permissions`."""

# No `from __future__ import annotations` here: django-ninja reads the parameter types
# (Query[...]) at runtime to build the OpenAPI schema and parse requests.

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from legendary.api.params import Pages, SearchWords
from legendary.people import permissions
from legendary.people.models import Person, Role, Team
from legendary.web.params import RowId, one_of

router = Router(tags=["people"])


class PersonOut(Schema):
    id: int
    name: str
    email: str
    role: str
    title: str
    team_id: int | None
    manager_id: int | None
    active: bool


class TeamOut(Schema):
    id: int
    name: str
    description: str
    parent_id: int | None


class PeopleQuery(Schema):
    role: str = Field("", description=f"Only this role: {', '.join(Role.values)}.")
    team: RowId | None = Field(
        None, description="Only the members of this team (id), not of its nested teams."
    )
    search: SearchWords = Field("", description="Words in the person's name.")


@router.get("/people", response=list[PersonOut], summary="People you can see")
@paginate(Pages, page_size=50)
def list_people(request: HttpRequest, query: Query[PeopleQuery]) -> list[Person]:
    """Frontline: yourself; manager: you and everyone reporting to you; leader, analyst,
    admin: the whole organisation. 50 a page: `page` from 1, `page_size` 1 to 100."""
    if query.role and query.role not in Role.values:
        raise HttpError(400, f"role: {query.role!r} is not a role; expected {one_of(Role.values)}")
    people = permissions.visible_people(request.user)
    if query.role:
        people = people.filter(role=query.role)
    if query.team is not None:
        people = people.filter(team_id=query.team)
    if query.search:
        people = people.filter(name__icontains=query.search)
    # By name, then id: two people of one name (two Sam Patels) would otherwise come in
    # whatever order the database likes on each page, and a row could show twice.
    return people.order_by("name", "pk")  # type: ignore[return-value]  # paginate slices it


@router.get("/me", response=PersonOut, summary="Who you are")
def who_am_i(request: HttpRequest) -> Person:
    """The person your session or API token acts as: a quick check that a new token works
    and whose view it has. 404 for an account that is not an active person."""
    person = permissions.person_for(request.user)
    if person is None:
        raise Http404("This account is not linked to an active person, so it sees nothing.")
    return person


@router.get("/people/{person_id}", response=PersonOut, summary="One person")
def get_person(request: HttpRequest, person_id: int) -> Person:
    """404 when the person does not exist or is outside your view."""
    return permissions.person_or_404(request.user, person_id)


@router.get("/teams", response=list[TeamOut], summary="Teams you can see")
def list_teams(request: HttpRequest) -> list[Team]:
    """Nested teams carry their parent's id."""
    return list(permissions.visible_teams(request.user))


@router.get("/teams/{team_id}", response=TeamOut, summary="One team")
def get_team(request: HttpRequest, team_id: int) -> Team:
    """404 when the team does not exist or is outside your view."""
    return permissions.team_or_404(request.user, team_id)
