"""Campaigns, invitations and anonymous responses.

The anonymity promise is structural: a Response holds the respondent's level and team
(what the results are split by) and nothing else about them: no link to the Invitation,
no person, no timestamp, and a random primary key so that row order does not betray who
answered when. The Invitation only remembers *that* its person answered.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
import uuid

from django.conf import settings
from django.contrib.auth.hashers import get_hasher, identify_hasher, is_password_usable
from django.contrib.auth.models import AbstractBaseUser
from django.db import models

from legendary.assessments.anonymity import Thresholds
from legendary.people.models import Level, Organisation, Person, Team


def signin_digest(password_hash: str | None) -> str:
    """A digest of a stored password hash, or "" for an account that cannot sign in:
    `SignInKey.made_for`, the hash a key was made for (and, before `SignInKey`, the
    binding itself, which migrations 0002 and 0005 keep their own copies of).

    Not keyed with SECRET_KEY: it is stored for as long as the key, and the key changes with
    every process of the demo and tests, and with a rotation in production; a keyed digest
    then matched nobody. The key would add no secrecy either: whoever reads this table can
    read the password hashes themselves."""
    if not password_hash or not is_password_usable(password_hash):
        return ""
    return hashlib.sha256(b"legendary.invitation-signin:" + password_hash.encode()).hexdigest()


class SignInKey(models.Model):
    """A random key per account that stands for "the password its owner has now": replaced
    whenever a person sets the password (the new-password link, the password-change form,
    the admin's password form: all go through `set_password`), and not when Django
    re-hashes the same password at sign-in (a new hasher or cost after an upgrade).
    An invitation is bound to it at launch (`Invitation.signin_key`).

    A hash written without `set_password` (`User.objects.update(password=...)`, a raw hash
    saved from a shell or a custom form) tells no signal that a password changed: `made_for`
    (the `signin_digest` of the hash the key stands for) no longer matches the stored hash,
    and `signin_key_of` replaces the key when it next reads it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    key = models.CharField(max_length=64)
    made_for = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"sign-in key of user #{self.user_id}"


def new_signin_key() -> str:
    """A fresh random key for `SignInKey`."""
    return secrets.token_hex(32)


def signin_key_of(user: AbstractBaseUser | None) -> str:
    """The key of the sign-in `user` has now, or "" for an account that cannot sign in.
    A key made for another password hash than the one stored is replaced first."""
    if user is None or not user.is_active or not user.has_usable_password():
        return ""
    made_for = signin_digest(user.password)
    row, _ = SignInKey.objects.get_or_create(
        user_id=user.pk, defaults={"key": new_signin_key(), "made_for": made_for}
    )
    if row.made_for != made_for:
        row.key, row.made_for = new_signin_key(), made_for
        row.save(update_fields=["key", "made_for"])
    return row.key


def note_rehash(
    instance: AbstractBaseUser, update_fields: frozenset[str] | None, **_: object
) -> None:
    """pre_save of a user: Django's re-hash at sign-in (a save of the password alone, with
    no password set by a person) keeps the key, so its `made_for` moves to the new hash. Only
    when the hash it replaces is the one the key was made for, and the change is one Django's
    re-hash makes (from a hash due an update to the preferred hasher's); any other hash
    change leaves `made_for` behind, and the key is replaced on its next read."""
    if update_fields != frozenset({"password"}) or getattr(instance, "_password", None) is not None:
        return
    before = (
        type(instance)._default_manager.filter(pk=instance.pk).values_list("password", flat=True)
    )
    old = before.first()
    if old is None or not _rehash_of(old, instance.password):
        return
    SignInKey.objects.filter(user_id=instance.pk, made_for=signin_digest(old)).update(
        made_for=signin_digest(instance.password)
    )


def _rehash_of(old: str, new: str) -> bool:
    """Could `new` be Django's sign-in re-hash of `old`: was `old` due an update (another
    hasher, or a lower cost than the preferred one's), and is `new` in the preferred form?"""
    try:
        hasher = identify_hasher(old)
    except ValueError:
        return False
    preferred = get_hasher("default")
    due = hasher.algorithm != preferred.algorithm or preferred.must_update(old)
    return due and new.startswith(f"{preferred.algorithm}$") and not preferred.must_update(new)


def rotate_signin_key(instance: AbstractBaseUser, **_: object) -> None:
    """post_save of a user: a password set by a person in this save (Django keeps the raw
    password in `_password` until the save ends; its re-hash at sign-in clears it before
    saving) gets a new key, so "My surveys" no longer offers links bound to the old one."""
    if getattr(instance, "_password", None) is not None:
        SignInKey.objects.update_or_create(
            user_id=instance.pk,
            defaults={"key": new_signin_key(), "made_for": signin_digest(instance.password)},
        )


class CampaignKind(models.TextChoices):
    ICARE = "icare", "ICARE culture assessment"
    MANAGER_PULSE = "manager_pulse", "Manager pulse (how well my manager serves me)"
    TEAM_MATRIX = "team_matrix", "Internal service matrix (teams rate the teams they rely on)"


class CampaignStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SCHEDULED = "scheduled", "Launched, opens later"
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class Campaign(models.Model):
    """One run of a survey for the organisation or some of its teams."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="campaigns"
    )
    kind = models.CharField(max_length=20, choices=CampaignKind.choices)
    title = models.CharField(max_length=200)
    item_bank_version = models.CharField(max_length=40)
    opens_on = models.DateField()
    closes_on = models.DateField()
    # Empty means the whole organisation.
    teams = models.ManyToManyField(Team, blank=True, related_name="campaigns")
    min_group_scores = models.PositiveSmallIntegerField()
    min_group_comments = models.PositiveSmallIntegerField()
    launched_at = models.DateTimeField(null=True, blank=True)
    # Recorded at launch: the groups the results are cut by (results._score_tables), so
    # a reorganisation afterwards cannot set old figures beside new ones cut another way.
    # {"parts": [[team ids of one manager's part], ...], "parents": {team: parent team}}.
    structure = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-opens_on", "-id"]

    def __str__(self) -> str:
        return self.title

    @property
    def thresholds(self) -> Thresholds:
        return Thresholds(scores=self.min_group_scores, comments=self.min_group_comments)

    def status_on(self, today: datetime.date) -> CampaignStatus:
        """Where the campaign stands on a given day."""
        if self.launched_at is None:
            return CampaignStatus.DRAFT
        if today < self.opens_on:
            return CampaignStatus.SCHEDULED
        if today > self.closes_on:
            return CampaignStatus.CLOSED
        return CampaignStatus.OPEN

    def accepts_answers_on(self, today: datetime.date) -> bool:
        return self.status_on(today) == CampaignStatus.OPEN


class Invitation(models.Model):
    """A person's personal link to one campaign. Knows whether they answered, not what.

    The link is bound, when the campaign launches, to the two ways its owner can be reached
    that an administrator cannot take over unseen during the survey: the address it is
    e-mailed to (`sent_to`: reminders go there only, and not at all once the address on
    file differs), and the sign-in the person had then (`signin_key`, their `SignInKey`:
    "My surveys" offers the link only while nobody has set their password since, so a
    password reset or a changed address after launch cannot be used to answer in
    someone's name).
    """

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="invitations")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="invitations")
    token = models.CharField(max_length=64, unique=True)
    sent_to = models.EmailField(blank=True)
    signin_key = models.CharField(max_length=64, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    reminders_sent = models.PositiveSmallIntegerField(default=0)
    answered = models.BooleanField(default=False)
    # A printed answer code was made for this person (they had no link only they could
    # reach); the link itself then answers nothing.
    coded = models.BooleanField(default=False)

    class Meta:
        ordering = ["person__name"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "person"], name="one_invitation_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.person} → {self.campaign}"


class AnswerCode(models.Model):
    """A printed one-time code that answers a campaign as a level and team, the way a paper
    survey works: the organiser prints one code for each invitee who has no link only they
    can reach (no address it was e-mailed to, no sign-in of their own) and hands them out
    without knowing who takes which. Only a digest of the code is stored."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="answer_codes")
    digest = models.CharField(max_length=64, unique=True)
    level = models.CharField(max_length=20, choices=Level.choices)
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Manager pulse only: the manager whose people the code was printed for.
    subject_manager = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    used = models.BooleanField(default=False)

    class Meta:
        ordering = ["digest"]  # never the order the codes were printed in

    def __str__(self) -> str:
        return f"answer code for {self.campaign_id}"


class Response(models.Model):
    """One anonymous set of answers: only the respondent's level and team are kept."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="responses")
    level = models.CharField(max_length=20, choices=Level.choices)
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Manager pulse only: the manager this response is about (never the respondent).
    subject_manager = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="pulse_responses"
    )

    class Meta:
        # Random ids: ordering by id is meaningless on purpose.
        ordering = ["id"]

    def __str__(self) -> str:
        return f"response to {self.campaign_id}"


class Answer(models.Model):
    """One agreement answer; `value` is 1-5, or None for "don't know"."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    item_id = models.CharField(max_length=20)
    element = models.CharField(max_length=20)
    value = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "item_id"], name="one_answer_per_item"),
            models.CheckConstraint(
                condition=models.Q(value__isnull=True) | models.Q(value__gte=1, value__lte=5),
                name="answer_value_on_scale",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.item_id}={self.value}"


class OpenAnswer(models.Model):
    """A free-text answer, shown only to groups large enough for comments."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="open_answers")
    question_id = models.CharField(max_length=20)
    element = models.CharField(max_length=20)
    text = models.TextField()

    def __str__(self) -> str:
        return self.text[:60]


class TeamRating(models.Model):
    """In the internal service matrix: how the respondent's team experiences another team."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="team_ratings")
    rated_team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="ratings_received")
    likelihood = models.PositiveSmallIntegerField()  # 0-10: would recommend working with them
    satisfaction = models.PositiveSmallIntegerField()  # 1-5
    suggestion = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(likelihood__lte=10), name="likelihood_0_to_10"
            ),
            models.CheckConstraint(
                condition=models.Q(satisfaction__gte=1, satisfaction__lte=5),
                name="satisfaction_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"rating of {self.rated_team_id}"
