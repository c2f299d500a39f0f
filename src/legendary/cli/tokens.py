"""Personal API tokens from the server's command line, for an administrator setting up an
integration from a script: `legendary token create --user NAME --name WHAT` prints the new
token alone on stdout (so `TOKEN=$(legendary token create ...)` works), and `token list` /
`token revoke` look after them. The same rules as the API tokens page apply."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from legendary.cli.django_setup import setup_django
from legendary.cli.platform import BAD_INPUT

if TYPE_CHECKING:
    from django.contrib.auth.models import User


@click.group()
def token() -> None:
    """Create, list or revoke people's personal API tokens."""


@token.command()
@click.option("--user", "username", required=True, help="Username the token acts as.")
@click.option("--name", required=True, help="What the token is for, e.g. 'BI nightly export'.")
@click.option(
    "--days",
    type=int,
    default=90,
    show_default=True,
    help="Days until it expires; 0 for never (only when API_TOKEN_MAX_DAYS is 0).",
)
def create(username: str, name: str, days: int) -> None:
    """Create a token for --user and print it (only the token, on stdout): it cannot be
    shown again. It sees exactly what that person sees on the pages."""
    setup_django()
    from legendary.api.tokens import issue_token, owner_is_active

    user = _user(username)
    if not owner_is_active(user):
        # Its tokens would be refused at once: say so rather than print a dead token.
        click.echo(f"error: --user: {username} is deactivated; their tokens do not work", err=True)
        raise SystemExit(BAD_INPUT)
    try:
        issued = issue_token(user, name, days=days)
    except ValueError as exc:
        click.echo(f"error: --days: {exc}", err=True)
        raise SystemExit(BAD_INPUT) from exc
    expires = f"{issued.token.expires_at:%Y-%m-%d}" if issued.token.expires_at else "never"
    click.echo(f"Token “{issued.token.name}” for {username}, expires {expires}:", err=True)
    click.echo(issued.secret)


@token.command(name="list")
@click.option("--user", "username", default="", help="Only this person's tokens.")
def list_(username: str) -> None:
    """List tokens (never the tokens themselves): prefix, owner, name, status, last use."""
    setup_django()
    from legendary.api.models import ApiToken

    rows = ApiToken.objects.select_related("user").order_by("user__username", "-created_at")
    if username:
        rows = rows.filter(user=_user(username))
    for row in rows:
        used = f"{row.last_used_at:%Y-%m-%d %H:%M}" if row.last_used_at else "never used"
        click.echo(
            f"{row.prefix}…  {row.user.get_username():<16} {row.status:<8} {used:<16} {row.name}"
        )
    if not rows:
        click.echo("No API tokens.", err=True)


@token.command()
@click.argument("prefix")
def revoke(prefix: str) -> None:
    """Revoke the token that starts with PREFIX (as `token list` shows it, e.g. lgd_Ab12Cd34)."""
    setup_django()
    from legendary.api.models import ApiToken
    from legendary.api.tokens import revoke_token

    matches = list(ApiToken.objects.filter(prefix=prefix.rstrip("…")).select_related("user"))
    if len(matches) != 1:
        found = "no token" if not matches else f"{len(matches)} tokens"
        click.echo(f"error: {found} with prefix {prefix!r}; see `legendary token list`", err=True)
        raise SystemExit(BAD_INPUT)
    revoke_token(matches[0], matches[0].user)
    click.echo(f"Revoked “{matches[0].name}” of {matches[0].user.get_username()}.")


def _user(username: str) -> User:
    from django.contrib.auth.models import User

    found = User.objects.filter(username=username).first()
    if found is None:
        click.echo(f"error: --user: no account {username!r}", err=True)
        raise SystemExit(BAD_INPUT)
    return found


COMMANDS: list[click.Command] = [token]
