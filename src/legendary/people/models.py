"""The organisation and its people, from the three Legendary perspectives."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Role(models.TextChoices):
    """The three Legendary perspectives, plus the two roles that run the platform."""

    FRONTLINE = "frontline", "Frontline provider"
    MANAGER = "manager", "Manager"
    LEADER = "leader", "Senior leader"
    ANALYST = "analyst", "QA analyst"
    ADMIN = "admin", "Administrator"


class Level(models.TextChoices):
    """The perspective a person answers culture surveys from (analysts and admins map here too)."""

    FRONTLINE = "frontline", "Frontline provider"
    MANAGER = "manager", "Manager"
    LEADER = "leader", "Senior leader"


class Organisation(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TeamQuerySet(models.QuerySet["Team"]):
    def live(self) -> TeamQuerySet:
        """The teams not deleted: those every list, form and page of the organisation shows
        (a deleted team's row stays only for the closed results that cite it)."""
        return self.filter(deleted_at=None)


class Team(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="teams")
    name = models.CharField(max_length=200)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    description = models.TextField(blank=True)
    # Set when an administrator deletes a team that survey answers, ratings, surveys, goals
    # or plans refer to: the row stays so that closed results keep their figures and their
    # team's name, but the team is gone from every list, form and page of the organisation.
    # A team nothing refers to is deleted outright (`services.delete_team`).
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects = models.Manager.from_queryset(TeamQuerySet)()

    class Meta:
        ordering = ["name"]
        constraints = [
            # A deleted team's name is free again for a new team.
            models.UniqueConstraint(
                fields=["organisation", "name"],
                condition=models.Q(deleted_at__isnull=True),
                name="team_name_unique_per_org",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Person(models.Model):
    """Someone in the organisation; `user` is their login account, if they have one."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="people")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.FRONTLINE)
    title = models.CharField(max_length=200, blank=True)
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    manager = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="direct_reports"
    )
    active = models.BooleanField(default=True)
    joined_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "email"],
                condition=~models.Q(email=""),
                name="person_email_unique_per_org",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def level(self) -> str:
        """The survey perspective: analysts count as frontline, admins as managers."""
        if self.role in (Role.LEADER,):
            return Level.LEADER
        if self.role in (Role.MANAGER, Role.ADMIN):
            return Level.MANAGER
        return Level.FRONTLINE

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name else ""
