"""`legendary forget-customer`: carry out a customer's request to be forgotten (GDPR art. 17)
from the server's command line, the way a data-protection officer receives it: by the
customer's id in a source system (their Zendesk requester id, their e-mail's helpdesk id ...),
or by Legendary's own customer number. See `legendary.conversations.erasure`."""

from __future__ import annotations

import click

from legendary.cli.django_setup import setup_django
from legendary.cli.platform import BAD_INPUT, _organisation


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
def forget_customer(
    organisation_slug: str,
    source: str,
    external_id: str,
    email: str,
    customer_pk: int | None,
    dry_run: bool,
) -> None:
    """Erase a customer and all their conversations (turns, scorecards), all or nothing, and
    keep a later import from bringing them back. Name them with --source and --external-id
    (or --email), or with --customer."""
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
        CustomerNotFoundError,
        erase_customer,
        erasure_plan,
        find_customer,
    )

    organisation = _organisation(organisation_slug, create_if_none=False)
    try:
        customer = find_customer(
            organisation,
            source=source,
            external_id=external_id,
            email=email,
            customer_pk=customer_pk,
        )
    except CustomerNotFoundError as exc:
        click.echo(f"error: {exc.option}: {exc}", err=True)
        raise SystemExit(BAD_INPUT) from exc
    plan = erasure_plan(customer)
    if not dry_run:
        erase_customer(plan)
    click.echo(plan.describe(done=not dry_run))
    if dry_run:
        click.echo("Dry run: nothing was changed.")


COMMANDS = [forget_customer]
