"""Issuing, checking and revoking personal API tokens (the write side the pages, the API's
authentication and `legendary token` share).

A token is `lgd_` and 43 URL-safe characters from `secrets` (256 random bits). It is stored
as its SHA-256 digest: a stolen database does not hand out working tokens, and because the
secret is long and random a plain hash is enough (a slow password hash guards short,
guessable secrets). The row is found by the token's prefix and the digests are compared in
constant time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from legendary.api.models import ApiToken
from legendary.people import permissions
from legendary.people.permissions import UserLike

TOKEN_START = "lgd_"
PREFIX_LENGTH = len(TOKEN_START) + 8
# last_used_at is written at most this often per token: a script that sends a thousand
# requests a minute costs one write, not a thousand.
LAST_USED_EVERY = dt.timedelta(minutes=1)
# Lifetimes offered on the page, in days, as far as API_TOKEN_MAX_DAYS allows.
OFFERED_DAYS = (7, 30, 90, 365)
DEFAULT_DAYS = 90


@dataclass(frozen=True)
class IssuedToken:
    """A new token's row and the token itself, which exists only here: show it once."""

    token: ApiToken
    secret: str


class TokenRefused(Exception):
    """A bearer token that does not let its request in; the message says why."""

    def __init__(self, reason: str, *, owner_can_fix: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        # False when a new token would not help either (the owner is deactivated).
        self.owner_can_fix = owner_can_fix


def digest_of(secret: str) -> str:
    """The hex SHA-256 digest stored for `secret`."""
    return hashlib.sha256(secret.encode()).hexdigest()


def max_days() -> int:
    """The longest lifetime a new token may have, in days; 0 when tokens may never expire."""
    return int(settings.API_TOKEN_MAX_DAYS)


def lifetime_choices() -> list[tuple[int, str]]:
    """(days, label) for the page's expiry list; 0 ("never") only when no maximum is set."""
    longest = max_days()
    days = [d for d in OFFERED_DAYS if not longest or d <= longest]
    if longest and longest not in days:
        days.append(longest)
    choices = [(d, f"{d} days") for d in days]
    if not longest:
        choices.append((0, "Never (not recommended)"))
    return choices


def expiry_after(days: int, now: dt.datetime | None = None) -> dt.datetime | None:
    """The expiry time of a token that lives `days` days from `now` (0: never), or
    ValueError when that is longer than API_TOKEN_MAX_DAYS allows."""
    longest = max_days()
    if days < 0 or (longest and (days == 0 or days > longest)):
        allowed = f"1 to {longest}" if longest else "0 (never) or more"
        raise ValueError(f"a token's lifetime must be {allowed} days, not {days}")
    return (now or timezone.now()) + dt.timedelta(days=days) if days else None


def issue_token(user: User, name: str, *, days: int) -> IssuedToken:
    """Create a token for `user` called `name` that expires after `days` days (0: never)."""
    expires_at = expiry_after(days)
    secret = TOKEN_START + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name.strip(),
        prefix=secret[:PREFIX_LENGTH],
        digest=digest_of(secret),
        expires_at=expires_at,
    )
    return IssuedToken(token=token, secret=secret)


def owner_is_active(user: User) -> bool:
    """Whether `user` can use tokens: their account and, if they have one, their person
    record are both active (an admin may switch off either)."""
    person = getattr(user, "person", None)
    return user.is_active and (person is None or person.active)


def check_token(secret: str, now: dt.datetime | None = None) -> ApiToken:
    """The live token `secret` is, with its user loaded; TokenRefused saying why it is not
    (unknown, revoked, expired, or its owner deactivated). Notes the use (see note_use)."""
    now = now or timezone.now()
    wanted = digest_of(secret)
    candidates = ApiToken.objects.filter(prefix=secret[:PREFIX_LENGTH]).select_related(
        "user__person"
    )
    token = next((t for t in candidates if hmac.compare_digest(t.digest, wanted)), None)
    if token is None:
        raise TokenRefused("This API token is not valid: it may be mistyped, cut short or deleted.")
    if not owner_is_active(token.user):
        raise TokenRefused(
            "The owner of this API token is deactivated, so their tokens no longer work.",
            owner_can_fix=False,
        )
    # After the owner check: while they are away, a new token would not help either.
    if token.revoked_at is not None:
        because = f" {token.revoked_because}" if token.revoked_because else ""
        raise TokenRefused(f"This API token was revoked on {_day(token.revoked_at)}{because}.")
    if token.is_expired(now):
        raise TokenRefused(f"This API token expired on {_day(token.expires_at)}.")
    note_use(token, now)
    return token


def note_use(token: ApiToken, now: dt.datetime) -> None:
    """Set `last_used_at` to `now` unless it was set less than LAST_USED_EVERY ago."""
    if token.last_used_at is not None and now - token.last_used_at < LAST_USED_EVERY:
        return
    # Conditional, so two requests in the same second write once between them.
    stale = Q(last_used_at__isnull=True) | Q(last_used_at__lte=now - LAST_USED_EVERY)
    ApiToken.objects.filter(stale, pk=token.pk).update(last_used_at=now)
    token.last_used_at = now


def revoke_token(token: ApiToken, by: User) -> None:
    """Stop `token` working from now on (revoking it twice keeps the first time)."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.revoked_by = by
        token.save(update_fields=["revoked_at", "revoked_by"])


#: Said of the tokens a deactivation revoked.
OWNER_DEACTIVATED = "when its owner was deactivated"


def revoke_tokens_of(user_id: int, because: str) -> int:
    """Revoke every live token of the user `user_id`, saying `because`; how many it revoked.
    A deactivation calls it, so reactivating the person brings none of the tokens back: a
    token handed to a script while they were here must not work again when they return."""
    return ApiToken.objects.filter(user_id=user_id, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_because=because
    )


def own_tokens(user: UserLike) -> QuerySet[ApiToken]:
    """The tokens `user` created, newest first."""
    return (
        ApiToken.objects.filter(user_id=user.pk)
        if user.is_authenticated
        else ApiToken.objects.none()
    )


def organisation_tokens(user: UserLike) -> QuerySet[ApiToken]:
    """Every token of the administrator's organisation, with owners; none for anyone else."""
    admin = permissions.person_for(user)
    if admin is None or not permissions.can_manage_people(user):
        return ApiToken.objects.none()
    return ApiToken.objects.filter(user__person__organisation=admin.organisation).select_related(
        "user__person", "revoked_by__person"
    )


def revocable_token_or_404(user: UserLike, pk: int) -> ApiToken:
    """A token `user` may revoke: their own, or (administrators) anyone's in their
    organisation; Http404 otherwise, so a guessed id confirms nothing."""
    token = (
        own_tokens(user).filter(pk=pk).first() or organisation_tokens(user).filter(pk=pk).first()
    )
    if token is None:
        raise Http404("No such token, or not one you can revoke.")
    return token


def _day(moment: dt.datetime | None) -> str:
    return timezone.localtime(moment).strftime("%d %b %Y %H:%M %Z") if moment else "an unknown day"
