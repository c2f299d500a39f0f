"""Write-side operations on the organisation and its people.

Views, the CLI (`legendary createuser`), the demo generator and test set-up all call these
functions, so the rules (invite-only accounts, hashed passwords, no reporting cycles) live
in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify

from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.selectors import nested_team_ids, reporting_tree_ids


class PeopleError(ValueError):
    """A write to the organisation was refused; the message names the field and the fix.

    `field` is the name of the form field at fault ("email", "manager", "parent"...), so a
    page can show the message next to that field; empty when no single field is to blame.
    """

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def create_organisation(name: str, slug: str = "") -> Organisation:
    """Create an organisation; the slug defaults to the slugified name and must be unused."""
    name = name.strip()
    if not name:
        raise PeopleError("organisation name: must not be empty")
    slug = slugify(slug or name)[:80]
    if not slug:
        raise PeopleError(f"organisation slug: cannot be made from {name!r}; pass a slug")
    if Organisation.objects.filter(slug=slug).exists():
        raise PeopleError(f"organisation slug: {slug!r} is taken; choose another slug")
    return Organisation.objects.create(name=name, slug=slug)


def rename_organisation(organisation: Organisation, name: str) -> Organisation:
    """Give the organisation a new name (its slug, which scripts and the CLI use, stays)."""
    name = name.strip()
    if not name:
        raise PeopleError(
            "organisation name: must not be empty; give the name people know it by", field="name"
        )
    organisation.name = name
    organisation.save(update_fields=["name"])
    return organisation


def create_team(
    organisation: Organisation, name: str, *, parent: Team | None = None, description: str = ""
) -> Team:
    """Create a team, optionally nested under `parent` (which must be in the same organisation)."""
    name = name.strip()
    if not name:
        raise PeopleError("team name: must not be empty", field="name")
    if parent is not None and parent.organisation_id != organisation.pk:
        raise PeopleError(
            f"team parent: {parent.name!r} belongs to another organisation", field="parent"
        )
    # "Stores" and "stores" would be two teams no one could tell apart in a list.
    if Team.objects.live().filter(organisation=organisation, name__iexact=name).exists():
        raise PeopleError(
            f"team name: {organisation.name} already has a team called {name!r}", field="name"
        )
    return Team.objects.create(
        organisation=organisation, name=name, parent=parent, description=description
    )


def create_user(username: str, *, email: str = "", password: str | None = None) -> User:
    """Create a login account. Without a password it cannot log in until invited.

    The password is hashed by Django's configured hasher; it is never stored as given.
    Password strength is the caller's business (the CLI runs Django's validators) because
    the demo deliberately uses one simple password that only works in demo mode.
    """
    username = username.strip()
    if not username:
        raise PeopleError("username: must not be empty", field="username")
    if User.objects.filter(username__iexact=username).exists():
        raise PeopleError(f"username: {username!r} is taken; choose another one", field="username")
    user = User(username=username, email=email)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    return user


def refuse_taken_email(organisation: Organisation, email: str) -> None:
    """Raise PeopleError (field "email") if someone in `organisation` already has `email`."""
    if Person.objects.filter(organisation=organisation, email=email.strip().lower()).exists():
        raise PeopleError(
            f"person email: someone in {organisation.name} already has {email.strip().lower()}",
            field="email",
        )


def check_invitation_email(organisation: Organisation, email: str) -> str:
    """The address an invitation would go to, normalised; PeopleError (field "email") if it
    is empty, already someone's in `organisation`, or already a sign-in name anywhere.

    `invite_new_person` runs it before writing; the invite page also asks it as you type.
    """
    email = email.strip().lower()
    if not email:
        raise PeopleError(
            "person email: an invitation is sent by e-mail; give their work address",
            field="email",
        )
    refuse_taken_email(organisation, email)
    if User.objects.filter(username__iexact=email).exists():
        raise PeopleError(
            f"person email: {email} already signs in to Legendary "
            "(perhaps in another organisation); use another address",
            field="email",
        )
    return email


def create_person(
    organisation: Organisation,
    name: str,
    *,
    role: Role | str = Role.FRONTLINE,
    email: str = "",
    title: str = "",
    team: Team | None = None,
    manager: Person | None = None,
    joined_on: dt.date | None = None,
    with_login: bool = False,
    username: str = "",
    password: str | None = None,
) -> Person:
    """Add someone to the organisation, optionally with a login account.

    `with_login=True` creates a Django user named `username` (default: the e-mail address,
    else the slugified name). Accounts are invite-only: without a `password` the account
    cannot log in until `invite_person` has produced a set-password link and it was used.
    """
    name = name.strip()
    if not name:
        raise PeopleError("person name: must not be empty", field="name")
    if role not in Role.values:
        raise PeopleError(
            f"person role: {role!r} is not one of {', '.join(Role.values)}", field="role"
        )
    email = email.strip().lower()
    if email:
        refuse_taken_email(organisation, email)
    if team is not None and team.organisation_id != organisation.pk:
        raise PeopleError(
            f"person team: {team.name!r} belongs to another organisation", field="team"
        )
    if password and not with_login:
        raise PeopleError("person password: given without with_login=True")
    with transaction.atomic():
        user = None
        if with_login:
            login_name = username or email or slugify(name)
            user = create_user(login_name, email=email, password=password)
        person = Person.objects.create(
            organisation=organisation,
            user=user,
            name=name,
            email=email,
            role=role,
            title=title,
            team=team,
            joined_on=joined_on,
        )
        if manager is not None:
            set_reporting_line(person, manager)
    return person


@dataclass(frozen=True)
class Invitation:
    """A one-time link with which an invited person chooses their password."""

    person: Person
    username: str
    path: str  # site-relative, e.g. /welcome/MQ/c2x8-.../
    url: str  # absolute, built from settings.SITE_URL


def invite_person(person: Person, *, username: str = "") -> Invitation:
    """Give `person` a login account that they open themselves through a one-time link.

    Creates the account if needed (username: as given, else the e-mail, else the slugified
    name), makes its current password unusable, and returns a link built with Django's
    password-reset tokens. The token is tied to the password hash, so it stops working the
    moment a password is set, and it expires after settings.PASSWORD_RESET_TIMEOUT.
    """
    with transaction.atomic():
        user = person.user
        if user is None:
            user = create_user(username or person.email or slugify(person.name), email=person.email)
            person.user = user
            person.save(update_fields=["user"])
        else:
            user.set_unusable_password()
            user.save(update_fields=["password"])
    return _password_link(person, user)


def password_link(person: Person) -> Invitation:
    """A one-time link with which someone who already signs in chooses a new password.

    For the colleague who forgot theirs: only an administrator can hand it out. Their
    current password keeps working until the link is used (the token is tied to it), so
    a link that goes astray cannot lock them out, and it dies once a password is chosen.
    """
    if not person.active:
        raise PeopleError(
            f"password link for {person.name}: they are deactivated; reactivate them first",
            field="active",
        )
    if person.user is None or not person.user.has_usable_password():
        raise PeopleError(
            f"password link for {person.name}: they have not chosen a password yet; "
            "send the invitation instead"
        )
    if not person.email:
        raise PeopleError(
            f"password link for {person.name}: they have no e-mail address; add one first",
            field="email",
        )
    return _password_link(person, person.user)


def _password_link(person: Person, user: User) -> Invitation:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("set_password", kwargs={"uidb64": uid, "token": token})
    return Invitation(
        person=person,
        username=user.get_username(),
        path=path,
        url=settings.SITE_URL.rstrip("/") + path,
    )


def set_reporting_line(person: Person, manager: Person | None) -> Person:
    """Make `manager` the person `person` reports to (None: reports to nobody).

    Refuses a manager from another organisation, the person themselves, anyone who
    already reports to the person (that would make a loop in which everyone manages
    everyone, and every manager would see the whole loop), and a frontline provider.
    """
    if manager is not None:
        if manager.organisation_id != person.organisation_id:
            raise PeopleError(
                f"manager of {person.name}: {manager.name} belongs to another organisation",
                field="manager",
            )
        if manager.pk == person.pk:
            raise PeopleError(
                f"manager of {person.name}: a person cannot manage themselves", field="manager"
            )
        if manager.pk in reporting_tree_ids(person):
            raise PeopleError(
                f"manager of {person.name}: {manager.name} already reports to {person.name}; "
                "change that reporting line first",
                field="manager",
            )
        if not manager.active and manager.pk != person.manager_id:
            # They left: nobody would see this person's work, and a manager pulse would ask
            # about someone no longer here. (Someone who already reports to them keeps it.)
            raise PeopleError(
                f"manager of {person.name}: {manager.name} has left the organisation; "
                "choose someone who is still here",
                field="manager",
            )
        if manager.role == Role.FRONTLINE:
            # A frontline provider sees only their own work: they could not manage anyone.
            raise PeopleError(
                f"manager of {person.name}: {manager.name} is a frontline provider and would "
                f"not see {person.name}'s conversations or scores; choose their manager, or "
                f"first make {manager.name} a manager",
                field="manager",
            )
    person.manager = manager
    person.save(update_fields=["manager"])
    return person


def invite_new_person(
    organisation: Organisation,
    name: str,
    *,
    email: str,
    role: Role | str = Role.FRONTLINE,
    title: str = "",
    team: Team | None = None,
    manager: Person | None = None,
) -> Invitation:
    """Add someone to the organisation and give them a one-time set-password link.

    The invitation travels by e-mail, so `email` is required; it also becomes the username.
    Either everything is written (person, account, reporting line) or nothing is: a taken
    username or a refused manager leaves no half-made person behind.
    """
    email = check_invitation_email(organisation, email)
    with transaction.atomic():
        person = create_person(
            organisation, name, role=role, email=email, title=title, team=team, manager=manager
        )
        return invite_person(person)


def awaits_first_password(person: Person) -> bool:
    """True if `person` is active and has never chosen a password (no account, or an account
    that cannot log in yet): the people to whom an invitation may be (re-)sent."""
    if not person.active:
        return False
    return person.user is None or not person.user.has_usable_password()


def resend_invitation(person: Person) -> Invitation:
    """A fresh one-time link for someone who has not chosen a password yet.

    Refused for people who already sign in (re-inviting would silently void their password:
    that is a password reset, not an invitation) and for people who have left.
    """
    if not person.active:
        raise PeopleError(
            f"invitation for {person.name}: they are deactivated; reactivate them first",
            field="active",
        )
    if not awaits_first_password(person):
        raise PeopleError(
            f"invitation for {person.name}: they have already chosen a password and can sign in"
        )
    if not person.email:
        raise PeopleError(
            f"invitation for {person.name}: they have no e-mail address; add one first",
            field="email",
        )
    return invite_person(person)


def deactivate_person(person: Person, *, by: Person | None = None) -> Person:
    """Mark `person` as no longer with the organisation and switch their login off.

    Nothing is deleted: their conversations, scorecards and survey answers stay, and so do
    their reporting line and team (the history of who served whom). Django refuses
    inactive accounts at sign-in and drops their open sessions on the next request.
    Refused while people who are still here report to them: move those people first.
    """
    if by is not None and by.pk == person.pk:
        raise PeopleError(
            "active: you cannot deactivate yourself; ask another administrator", field="active"
        )
    # Their people would go on reporting to someone who has left, whose login is off.
    _refuse_while_managing(person, "active")
    return _set_active(person, False)


def _refuse_while_managing(person: Person, field: str) -> None:
    """PeopleError on `field` while anyone still here reports to `person` directly."""
    reports = person.direct_reports.filter(active=True).count()
    if reports:
        raise PeopleError(
            f"{field}: {person.name} has {reports} {'person' if reports == 1 else 'people'} "
            "reporting to them; give them another manager first",
            field=field,
        )


def reactivate_person(person: Person) -> Person:
    """Undo `deactivate_person`: the person is back, and their login works again."""
    return _set_active(person, True)


def _set_active(person: Person, active: bool) -> Person:
    """The person and their login switched on or off together, in one transaction."""
    with transaction.atomic():
        person.active = active
        person.save(update_fields=["active"])
        if person.user is not None:
            person.user.is_active = active
            person.user.save(update_fields=["is_active"])
    return person


def update_person(
    person: Person,
    *,
    name: str,
    role: Role | str,
    title: str = "",
    team: Team | None = None,
    manager: Person | None = None,
    active: bool = True,
    by: Person | None = None,
) -> Person:
    """Change someone's name, role, title, team, manager and whether they are still here.

    `by` is the administrator making the change: they may not take away their own role or
    deactivate themselves (the organisation would be left without anyone to undo it).
    All or nothing: a refused manager (a reporting loop) leaves every other field unchanged.
    """
    name = name.strip()
    if not name:
        raise PeopleError("person name: must not be empty", field="name")
    if role not in Role.values:
        raise PeopleError(
            f"person role: {role!r} is not one of {', '.join(Role.values)}", field="role"
        )
    if by is not None and by.pk == person.pk and role != person.role:
        raise PeopleError(
            "role: you cannot change your own role; ask another administrator", field="role"
        )
    if team is not None and team.organisation_id != person.organisation_id:
        raise PeopleError(
            f"person team: {team.name!r} belongs to another organisation", field="team"
        )
    if role == Role.FRONTLINE:
        # As a frontline provider they would no longer see the people who report to them.
        _refuse_while_managing(person, "role")
    with transaction.atomic():
        person.name = name
        person.role = role
        person.title = title.strip()
        person.team = team
        person.save(update_fields=["name", "role", "title", "team"])
        if manager != person.manager:
            set_reporting_line(person, manager)
        if person.active and not active:
            deactivate_person(person, by=by)
        elif active and not person.active:
            reactivate_person(person)
    return person


def update_team(
    team: Team, *, name: str, parent: Team | None = None, description: str = ""
) -> Team:
    """Rename a team, move it under another team (None: top level), change its description.

    Refuses a parent from another organisation, the team itself, and any team nested
    inside it (a team inside itself would have no top and no head count).
    """
    name = name.strip()
    if not name:
        raise PeopleError("team name: must not be empty", field="name")
    if (
        Team.objects.live()
        .filter(organisation_id=team.organisation_id, name__iexact=name)
        .exclude(pk=team.pk)
        .exists()
    ):
        raise PeopleError(
            f"team name: {team.organisation.name} already has a team called {name!r}",
            field="name",
        )
    if parent is not None:
        if parent.organisation_id != team.organisation_id:
            raise PeopleError(
                f"team parent: {parent.name!r} belongs to another organisation", field="parent"
            )
        if parent.pk in nested_team_ids(team):
            where = "itself" if parent.pk == team.pk else f"{parent.name}, which sits inside it"
            raise PeopleError(
                f"team parent: {team.name} cannot sit inside {where}; "
                "choose a team outside it or none",
                field="parent",
            )
    team.name = name
    team.parent = parent
    team.description = description.strip()
    team.save(update_fields=["name", "parent", "description"])
    return team
