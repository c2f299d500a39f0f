"""`legendary forget-customer`: carry out a customer's request to be forgotten (GDPR art. 17)
from the server's command line, the way a data-protection officer receives it: by the
customer's id in a source system (their Zendesk requester id, their e-mail's helpdesk id ...),
or by Legendary's own customer number; and, with --lift, let a later import bring back an
erased customer (on the record: who, when, why). See `legendary.conversations.erasure`."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from legendary.cli.django_setup import setup_django
from legendary.cli.platform import BAD_INPUT, _organisation

if TYPE_CHECKING:
    from legendary.people.models import Organisation


@click.command(name="forget-customer")
@click.option(
    "--organisation",
    "organisation_slug",
    default="",
    help="The organisation's slug (may be left out when there is only one).",
)
@click.option("--source", default="", help="The source system, as imported (e.g. zendesk).")
@click.option("--external-id", default="", help="The customer's id in that source system.")
@click.option(
    "--email",
    default="",
    help="Instead of --external-id: the customer's e-mail address, for a source whose file "
    "gave no customer id.",
)
@click.option(
    "--customer", "customer_pk", type=int, default=None, help="Legendary's customer number."
)
@click.option("--dry-run", is_flag=True, help="Only say what would be erased; change nothing.")
@click.option(
    "--lift",
    is_flag=True,
    help="Instead of erasing: lift the suppression of an erased customer (named with --source "
    "and --external-id or --email), so that a later import brings their conversations back.",
)
@click.option("--by", "lifted_by", default="", help="With --lift: who lifts it (for the record).")
@click.option("--reason", default="", help="With --lift: why (for the record).")
@click.option("--yes", is_flag=True, help="With --lift: do not ask for confirmation.")
def forget_customer(
    organisation_slug: str,
    source: str,
    external_id: str,
    email: str,
    customer_pk: int | None,
    dry_run: bool,
    lift: bool,
    lifted_by: str,
    reason: str,
    yes: bool,
) -> None:
    """Erase a customer and all their conversations (turns, scorecards), all or nothing, and
    keep a later import from bringing them back. Name them with --source and --external-id
    (or --email), or with --customer. With --lift, undo the "keep out" part only (what was
    erased stays erased)."""
    if lift and (customer_pk is not None or dry_run):
        raise click.UsageError(
            "--lift names the customer with --source and --external-id (or --email): an "
            "erased customer has no number any more; and there is no --dry-run to it"
        )
    if not lift and (lifted_by or reason or yes):
        # Silently ignoring them would let an operator believe a name was recorded.
        raise click.UsageError("--by, --reason and --yes only go with --lift")
    by_source = bool(source or external_id or email)
    if by_source == (customer_pk is not None):
        raise click.UsageError(
            "give either --source with --external-id (or --email), or --customer"
        )
    if by_source and not source:
        raise click.UsageError(f"--source is needed with {'--email' if email else '--external-id'}")
    if by_source and bool(external_id) == bool(email):
        raise click.UsageError("give one of --external-id or --email with --source")
    setup_django()
    from legendary.conversations.erasure import (
        erase_customer,
        erasure_plan,
        find_customer,
    )

    organisation = _organisation(organisation_slug, create_if_none=False)
    if lift:
        _lift(organisation, source, external_id, email, lifted_by or getpass.getuser(), reason, yes)
        return
    with _not_found_names_the_option():
        customer = find_customer(
            organisation,
            source=source,
            external_id=external_id,
            email=email,
            customer_pk=customer_pk,
        )
    plan = erasure_plan(customer)
    if not dry_run:
        erase_customer(plan)
    click.echo(plan.describe(done=not dry_run))
    if dry_run:
        click.echo("Dry run: nothing was changed.")


@contextmanager
def _not_found_names_the_option() -> Iterator[None]:
    """A customer or id not found: an error naming the option at fault, exit status 2."""
    from legendary.conversations.erasure import CustomerNotFoundError

    try:
        yield
    except CustomerNotFoundError as exc:
        click.echo(f"error: {exc.option}: {exc}", err=True)
        raise SystemExit(BAD_INPUT) from exc


def _lift(
    organisation: Organisation,
    source: str,
    external_id: str,
    email: str,
    lifted_by: str,
    reason: str,
    yes: bool,
) -> None:
    """Lift a suppression after a confirmation, and say what was recorded."""
    from legendary.conversations.erasure import lift_suppression
    from legendary.conversations.models import LiftedErasure

    # Checked here, not left to the database: SQLite would keep a longer name whole and
    # PostgreSQL would refuse it with a DataError and a traceback.
    longest = LiftedErasure._meta.get_field("lifted_by").max_length or 0
    if len(lifted_by) > longest:
        raise click.BadParameter(
            f"at most {longest} characters (this is {len(lifted_by)})", param_hint="--by"
        )

    shown = f"{source}:{email or external_id}"
    if not yes:
        click.confirm(
            f"Lift the suppression of {shown} in {organisation.slug}? The next import of a file "
            "with their conversations stores them again.",
            abort=True,
        )
    with _not_found_names_the_option():
        record = lift_suppression(
            organisation,
            source=source,
            external_id=external_id,
            email=email,
            lifted_by=lifted_by,
            reason=reason,
        )
    click.echo(
        f"Lifted the suppression of {shown} (erased {record.erased_at:%Y-%m-%d}): recorded as "
        f"lifted by {record.lifted_by} at {record.lifted_at:%Y-%m-%d %H:%M} UTC. A later "
        "import brings their conversations back."
    )


COMMANDS = [forget_customer]
