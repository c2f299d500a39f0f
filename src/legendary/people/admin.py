"""Django admin for the organisation: data fixes by superusers, and invitations."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from legendary.people.models import Organisation, Person, Team
from legendary.people.services import invite_person


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    list_display = ("name", "slug", "created_at")
    search_fields = ("name", "slug")


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin[Team]):
    list_display = ("name", "organisation", "parent")
    list_filter = ("organisation",)
    search_fields = ("name",)
    autocomplete_fields = ("parent",)


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin[Person]):
    list_display = ("name", "role", "team", "manager", "organisation", "active", "has_login")
    list_filter = ("organisation", "role", "active", "team")
    search_fields = ("name", "email", "title")
    autocomplete_fields = ("team", "manager")
    raw_id_fields = ("user",)
    actions = ("send_invitation",)

    @admin.display(boolean=True, description="login")
    def has_login(self, person: Person) -> bool:
        return person.user_id is not None

    @admin.action(description="Create invitation links (one-time, to choose a password)")
    def send_invitation(self, request: HttpRequest, people: QuerySet[Person]) -> None:
        # The links are shown to the admin, who passes them on: nothing is e-mailed from here.
        for person in people:
            invitation = invite_person(person)
            messages.info(request, f"{person.name} ({invitation.username}): {invitation.url}")
