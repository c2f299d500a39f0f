"""Platform commands: demo, serve, worker, migrate, createuser, import, import-people.

Each command is thin: it starts Django, calls the named service function that the web pages
and tests call too, shows a progress bar on anything long, and prints one summary line.
Django and the services are imported inside the commands so `legendary --help` stays fast.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from legendary.cli.django_setup import setup_django
from legendary.cli.progress import progress_bar
from legendary.cli.serving import ServerPlan, demo_secret_key, ensure_port_free, run_servers

if TYPE_CHECKING:
    from legendary.people.models import Organisation, Person, Team
    from legendary.people.services import Invitation

# Exit code for bad input (a malformed file, an unknown organisation): the same code click
# uses for a bad option, so scripts can tell "you asked wrongly" from "it crashed".
BAD_INPUT = 2
# The commands that add people may also start the first organisation.
CREATING_ORGANISATION_HELP = (
    "Organisation slug; needed when there is more than one, or none yet (then created)."
)


def migrate_database() -> int:
    """Apply every unapplied migration quietly; return how many were applied."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        call_command("migrate", interactive=False, verbosity=0)
    return len(pending)


def database_label() -> str:
    """Where the data lives, for people: the SQLite file, or the PostgreSQL host and name."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"SQLite at {db['NAME']}"
    return f"PostgreSQL database {db['NAME']!r} on {db.get('HOST') or 'localhost'}"


@click.command()
def migrate() -> None:
    """Create or update the database tables.

    Uses DATABASE_URL when set, otherwise the SQLite file in the data folder
    (LEGENDARY_HOME, default ./.legendary), which is created if needed.
    """
    setup_django(database_ready=False)
    applied = migrate_database()
    click.echo(f"Database ready ({database_label()}): {migrations_applied(applied)}.")


def migrations_applied(count: int) -> str:
    """'1 migration applied', '3 migrations applied'."""
    return f"{count} migration{'' if count == 1 else 's'} applied"


@click.command()
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1 to serve on.")
@click.option(
    "--seed", type=int, default=None, help="Seed of the demo generator (same seed, same company)."
)
@click.option(
    "--conversations",
    type=click.IntRange(min=1),
    default=None,
    help="How many conversations to generate (default: a few thousand over 90 days).",
)
@click.option(
    "--no-serve", is_flag=True, help="Prepare the database and print the logins, then stop."
)
def demo(port: int, seed: int | None, conversations: int | None, no_serve: bool) -> None:
    """Run a living demo organisation at http://127.0.0.1:PORT.

    Creates the data folder, migrates the database, loads the demo organisation the first
    time (a retail-and-online company with its teams, people, customers and conversations),
    prints the demo logins and serves the site. The demo password only works in demo mode
    and only from this machine (127.0.0.1).
    """
    if not no_serve:
        ensure_port_free("127.0.0.1", port)
    setup_django(database_ready=False)
    from legendary.demo.load import (
        DEFAULT_CONVERSATIONS,
        DEFAULT_SEED,
        demo_organisation_exists,
        load_demo_organisation,
    )
    from legendary.demo.organisation import DEMO_PASSWORD, demo_logins

    migrate_database()
    if demo_organisation_exists():
        _require_demo_accounts()
        click.echo("Demo organisation already loaded; using it.")
    else:
        with progress_bar("Building the demo organisation") as advance:
            summary = load_demo_organisation(
                seed=DEFAULT_SEED if seed is None else seed,
                progress=advance,
                conversations=conversations or DEFAULT_CONVERSATIONS,
            )
        click.echo(summary.describe())
    click.echo("")
    click.echo(f"Demo logins (password: {DEMO_PASSWORD}):")
    for username, role_label in demo_logins():
        click.echo(f"  {username:<12} {role_label}")
    click.echo("")
    if no_serve:
        return
    from django.conf import settings

    # WhiteNoise serves through the finders here; an existing STATIC_ROOT keeps it quiet.
    Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
    click.echo(f"Serving the demo at http://127.0.0.1:{port}/  (Ctrl-C stops it)")
    env = dict(os.environ, LEGENDARY_DEMO="1", SECRET_KEY=demo_secret_key())
    # Invitation and survey links are built on SITE_URL: on its default port, 8000, they
    # would point away from a demo served on any other port.
    env.setdefault("SITE_URL", f"http://127.0.0.1:{port}")
    plan = ServerPlan(host="127.0.0.1", port=port, workers=2, access_log=False)
    raise SystemExit(run_servers(plan.commands(), env))


def _require_demo_accounts() -> None:
    """Refuse to serve a database that holds a real organisation and no demo accounts."""
    from legendary.demo.organisation import DEMO_LOGINS
    from legendary.people.models import Organisation, Person

    if Person.objects.filter(user__username__in=list(DEMO_LOGINS)).exists():
        return
    names = ", ".join(Organisation.objects.order_by("name").values_list("name", flat=True))
    raise click.ClickException(
        f"this database already holds {names} and no demo accounts; the demo only loads "
        "into an empty database. Give it a data folder of its own, e.g. "
        "LEGENDARY_HOME=./demo-data legendary demo"
    )


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@click.option("--workers", default=3, show_default=True, help="Gunicorn web worker processes.")
@click.option(
    "--background-worker/--no-background-worker",
    default=True,
    show_default=True,
    help="Also run one background-task worker (turn off when you run `legendary worker`).",
)
def serve(host: str, port: int, workers: int, background_worker: bool) -> None:
    """Serve Legendary in production with gunicorn.

    Needs SECRET_KEY in the environment (a long random string kept secret; it signs
    sessions and password links). Applies pending migrations, collects static files, then
    starts gunicorn. Put a TLS-terminating proxy in front and set ALLOWED_HOSTS,
    CSRF_TRUSTED_ORIGINS and SITE_URL for your domain.
    """
    if not os.environ.get("SECRET_KEY", "").strip():
        raise click.ClickException(
            "SECRET_KEY is not set. Generate one with\n"
            "  python3 -c 'import secrets; print(secrets.token_urlsafe(50))'\n"
            "and export it (keep it secret and stable across restarts), then run "
            "`legendary serve` again. For a local trial use `legendary demo` instead."
        )
    if os.environ.get("LEGENDARY_DEMO", "").strip() not in ("", "0"):
        raise click.ClickException(
            "LEGENDARY_DEMO is set: unset it, `legendary serve` never runs in demo mode."
        )
    ensure_port_free(host, port)
    setup_django(database_ready=False)
    from django.core.management import call_command

    applied = migrate_database()
    call_command("collectstatic", interactive=False, verbosity=0)
    click.echo(
        f"{migrations_applied(applied)}; serving on http://{host}:{port}/ "
        f"with {workers} workers ({database_label()})."
    )
    plan = ServerPlan(
        host=host, port=port, workers=workers, access_log=True, with_task_worker=background_worker
    )
    raise SystemExit(run_servers(plan.commands(), dict(os.environ)))


@click.command()
@click.option("--batch", is_flag=True, help="Run the queued tasks, then exit.")
@click.option("--queue", default="*", show_default=True, help="Queues to serve, comma-separated.")
def worker(batch: bool, queue: str) -> None:
    """Run the background tasks queued in the database.

    `legendary serve` and `legendary demo` already start one worker; add more with this
    command. Several may run at once against PostgreSQL; with SQLite, one is enough.
    """
    setup_django()
    from django.core.management import call_command

    options: dict[str, object] = {"queue_name": queue, "batch": batch}
    call_command("db_worker", **options)


@click.command()
@click.argument("username")
@click.option(
    "--role",
    type=click.Choice(["frontline", "manager", "leader", "analyst", "admin"]),
    required=True,
    help="frontline provider, manager, senior leader, QA analyst or administrator.",
)
@click.option("--name", required=True, help="Full name as colleagues know it.")
@click.option("--email", default="", help="Work e-mail (also used to match imported agents).")
@click.option("--title", default="", help="Job title, e.g. 'Delivery team lead'.")
@click.option("--team", default="", help="Team name; created if the organisation lacks it.")
@click.option("--manager", "manager_ref", default="", help="Username or e-mail of their manager.")
@click.option("--organisation", "organisation_slug", default="", help=CREATING_ORGANISATION_HELP)
@click.option(
    "--organisation-name",
    default="",
    help="The organisation's name as people know it, when this creates it "
    "(default: made from the slug).",
)
@click.option(
    "--invite", is_flag=True, help="Print a one-time set-password link instead of asking now."
)
def createuser(
    username: str,
    role: str,
    name: str,
    email: str,
    title: str,
    team: str,
    manager_ref: str,
    organisation_slug: str,
    organisation_name: str,
    invite: bool,
) -> None:
    """Add a person with a login account to an organisation.

    Asks for the password twice (checked against Django's password rules), or with
    --invite prints a link with which the person chooses it themselves.

    \b
    Example:
      legendary createuser amara --role leader --name "Amara Okafor" \\
        --email amara@example.com --organisation northwind
    """
    setup_django()
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError
    from django.db import transaction

    from legendary.people.services import (
        PeopleError,
        create_person,
        invite_person,
        set_reporting_line,
    )

    if invite:
        _require_secret_key_for_links()
    password = None
    if not invite:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        try:
            validate_password(password)
        except ValidationError as exc:
            raise click.ClickException("password: " + " ".join(exc.messages)) from exc
    try:
        with transaction.atomic():
            organisation = _organisation(
                organisation_slug, create_if_none=True, name=organisation_name
            )
            person = create_person(
                organisation,
                name,
                role=role,
                email=email,
                title=title,
                team=_team(organisation, team) if team else None,
                with_login=not invite,
                username=username,
                password=password,
            )
            if manager_ref:
                set_reporting_line(person, _person_by_login(organisation, manager_ref))
            link = invite_person(person, username=username).url if invite else ""
    except PeopleError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Created {username} ({person.get_role_display()}) in {organisation.name}.")
    if link:
        click.echo(f"Send them this one-time link to choose a password: {link}")


def _require_secret_key_for_links() -> None:
    """Refuse to print a set-password link the site would not accept.

    The link is signed with SECRET_KEY. Without it this command signs with a throw-away key
    of its own, and the served site (which needs SECRET_KEY) answers "This link no longer
    works": the first administrator of a new install would be locked out of it.
    """
    if os.environ.get("SECRET_KEY", "").strip():
        return
    raise click.ClickException(
        "SECRET_KEY is not set, so the one-time link could not be checked by the site. "
        "Export the same SECRET_KEY that `legendary serve` uses (and SITE_URL, the address "
        "people open), then run this command again."
    )


@click.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "format_name",
    type=click.Choice(
        [
            "auto",
            "jsonl",
            "csv",
            "zendesk",
            "intercom",
            "freshdesk",
            "chatwoot",
            "twcs",
            "transcript",
        ]
    ),
    default="auto",
    show_default=True,
    help="File layout; auto recognises it from the name and the first lines.",
)
@click.option(
    "--organisation",
    "organisation_slug",
    default="",
    help="Organisation slug; needed when the database holds more than one.",
)
@click.option("--dry-run", is_flag=True, help="Read and check everything, store nothing.")
def import_(file: Path, format_name: str, organisation_slug: str, dry_run: bool) -> None:
    """Import customer conversations from FILE into the database.

    \b
    Formats:
      jsonl     one conversation per line (the canonical format)
      csv       one message per row: conversation_id, timestamp, speaker_role,
                speaker_name, text (optional channel, customer_id)
      zendesk   a tickets export with comments, as the Zendesk API returns it
      intercom  a conversations export with conversation parts
      freshdesk tickets with their conversations, as Freshdesk's API v2 returns them
      chatwoot  conversations with their messages, as Chatwoot's API returns them
      twcs      the "Customer Support on Twitter" CSV, threads rebuilt
      transcript one phone call: WebVTT (.vtt), SubRip (.srt) or plain text with
                "Agent: ..." / "Customer: ..." lines

    The whole file imports or nothing does. Importing a file twice adds nothing; a later
    export of a stored conversation adds its new messages and status, and scores it
    again. E-mail addresses, phone and card numbers are
    redacted before storing. Agents are matched to people by e-mail or name; the ones
    nobody matches are listed, never invented.
    """
    setup_django()
    from legendary.care.formats import FormatError
    from legendary.conversations.importer import ImportConflictError, import_conversations

    organisation = _organisation(organisation_slug, create_if_none=False)
    try:
        with progress_bar(f"Importing {file.name}") as advance:
            report = import_conversations(
                organisation, file, format=format_name, progress=advance, dry_run=dry_run
            )
    except FormatError as exc:
        click.echo(f"error: {exc}", err=True)
        click.echo("Nothing was imported; fix the file and run the import again.", err=True)
        raise SystemExit(BAD_INPUT) from exc
    except ImportConflictError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(report.summary() + _scoring_note(report.batch_id))


@click.command(name="import-people")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--organisation", "organisation_slug", default="", help=CREATING_ORGANISATION_HELP)
@click.option("--dry-run", is_flag=True, help="Read and check everything, store nothing.")
@click.option(
    "--invite",
    is_flag=True,
    help="E-mail a one-time set-password link to everyone who has not chosen a password.",
)
def import_people(file: Path, organisation_slug: str, dry_run: bool, invite: bool) -> None:
    """Add or update the organisation's people from a CSV file, one person a row.

    The file is UTF-8 (a spreadsheet's "CSV UTF-8"), separated by commas, semicolons or tabs.

    \b
    Columns (a header row names them, in any order):
      name, email      required; the e-mail is the key a later file is matched on
      role             frontline (default), manager, leader, analyst or admin
      title            job title
      team             created if new; blank: no team
      parent_team      the team it sits inside (created if new)
      manager_email    their manager's e-mail, in the file (any line) or already stored

    The whole file imports or nothing does, and every bad line is named with its field.
    Importing the same file again changes nothing; people not in the file are left alone.
    """
    if invite and not dry_run:
        _require_secret_key_for_links()
    setup_django()
    from legendary.people.roster import RosterError, import_roster

    organisation = _organisation(organisation_slug, create_if_none=not dry_run)
    try:
        report = import_roster(organisation, file, dry_run=dry_run, invite=invite and not dry_run)
    except RosterError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
        click.echo("Nothing was imported; fix the file and run the import again.", err=True)
        raise SystemExit(BAD_INPUT) from exc
    click.echo(f"{organisation.name}: {report.summary()}.")
    _send_invitations(report.invitations)


def _send_invitations(invitations: list[Invitation]) -> None:
    """E-mail each link and print it too, so a failed e-mail can be passed on by hand."""
    from smtplib import SMTPException

    from legendary.people.mail import send_invitation

    failed = 0
    for invitation in invitations:
        try:
            send_invitation(invitation)
        except (SMTPException, OSError):
            failed += 1
        click.echo(f"  {invitation.person.name} <{invitation.username}>: {invitation.url}")
    if invitations:
        click.echo(
            f"Invited {len(invitations) - failed} by e-mail"
            + (f"; {failed} e-mails failed: pass their links on by hand." if failed else ".")
        )


def _scoring_note(batch_id: int | None) -> str:
    """Say when part of an import still waits for the background worker to score it."""
    if batch_id is None:
        return ""
    from legendary.conversations.models import Conversation
    from legendary.conversations.scoring import unscored

    waiting = unscored(Conversation.objects.filter(import_batch_id=batch_id)).count()
    if not waiting:
        return ""
    return f"; {waiting} queued for CARE scoring (`legendary serve` or `legendary worker` runs it)"


def _organisation(slug: str, *, create_if_none: bool, name: str = "") -> Organisation:
    """The organisation a command works on: by slug, or the only one there is.

    `name` names an organisation this creates; without it the name is made from the slug
    ("northwind-support" gives "Northwind Support").
    """
    from legendary.people.models import Organisation
    from legendary.people.services import create_organisation

    known = list(Organisation.objects.order_by("slug"))
    if slug:
        for organisation in known:
            if organisation.slug == slug:
                return organisation
        if create_if_none and not known:
            created = create_organisation(name or slug.replace("-", " ").title(), slug)
            click.echo(f"Created organisation {created.name} ({created.slug}).")
            return created
        raise _unknown_organisation(f"no organisation has the slug {slug!r}", known)
    if len(known) == 1:
        return known[0]
    if not known:
        hint = "pass --organisation SLUG to create one" if create_if_none else ""
        raise _unknown_organisation("the database has no organisation yet", known, hint)
    raise _unknown_organisation("the database holds several organisations", known)


def _unknown_organisation(
    problem: str, known: list[Organisation], hint: str = ""
) -> click.UsageError:
    slugs = ", ".join(o.slug for o in known)
    advice = hint or (
        f"pass --organisation with one of: {slugs}"
        if known
        else "run `legendary demo --no-serve` or `legendary createuser ... --organisation SLUG`"
    )
    return click.UsageError(f"organisation: {problem}; {advice}.")


def _team(organisation: Organisation, name: str) -> Team:
    from legendary.people.models import Team
    from legendary.people.services import create_team

    existing = (
        Team.objects.live().filter(organisation=organisation, name__iexact=name.strip()).first()
    )
    if existing is not None:
        return existing
    click.echo(f"Created team {name.strip()}.")
    return create_team(organisation, name)


def _person_by_login(organisation: Organisation, reference: str) -> Person:
    from django.db.models import Q

    from legendary.people.models import Person

    match = Person.objects.filter(
        Q(user__username__iexact=reference) | Q(email__iexact=reference),
        organisation=organisation,
    ).first()
    if match is None:
        raise click.UsageError(
            f"--manager: nobody in {organisation.name} has the username or e-mail {reference!r}."
        )
    return match


COMMANDS: list[click.Command] = [demo, serve, worker, migrate, createuser, import_, import_people]
