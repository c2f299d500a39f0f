"""The platform commands as a person types them: help, migrate, serve, createuser, import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from django.contrib.auth import authenticate
from django.utils import timezone

from legendary.cli import main
from legendary.cli import platform as platform_commands
from legendary.conversations.models import Conversation, ImportBatch
from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.services import create_organisation, create_person, create_team

STRONG_PASSWORD = "walking-boots-in-the-rain-42"


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.mark.parametrize(
    ("command", "first_line"),
    [
        ("demo", "Run a living demo organisation"),
        ("serve", "Serve Legendary in production with gunicorn."),
        ("worker", "Run the background tasks queued in the database."),
        ("migrate", "Create or update the database tables."),
        ("createuser", "Add a person with a login account to an organisation."),
        ("import", "Import customer conversations from FILE into the database."),
    ],
)
def test_every_command_explains_itself(command, first_line):
    result = run(command, "--help")

    assert result.exit_code == 0
    assert first_line in result.output


@pytest.mark.django_db
def test_migrate_reports_the_database_it_prepared():
    result = run("migrate")

    assert result.exit_code == 0
    assert result.output.startswith("Database ready (")
    assert "0 migrations applied" in result.output


def test_one_migration_applied_reads_as_one(monkeypatch):
    monkeypatch.setattr("legendary.cli.platform.migrate_database", lambda: 1)

    result = run("migrate")

    assert result.exit_code == 0
    assert ": 1 migration applied." in result.output


class TestServe:
    def test_it_refuses_to_start_without_a_secret_key(self, monkeypatch):
        monkeypatch.delenv("SECRET_KEY", raising=False)

        result = run("serve")

        assert result.exit_code == 1
        assert "SECRET_KEY is not set" in result.output
        assert "secrets.token_urlsafe" in result.output

    def test_it_never_serves_in_demo_mode(self, monkeypatch):
        monkeypatch.setenv("SECRET_KEY", "x" * 50)
        monkeypatch.setenv("LEGENDARY_DEMO", "1")

        result = run("serve")

        assert result.exit_code == 1
        assert "LEGENDARY_DEMO is set" in result.output

    @pytest.mark.django_db
    def test_it_migrates_collects_static_files_and_starts_gunicorn(
        self, monkeypatch, settings, tmp_path
    ):
        monkeypatch.setenv("SECRET_KEY", "x" * 50)
        monkeypatch.delenv("LEGENDARY_DEMO", raising=False)
        settings.STATIC_ROOT = tmp_path / "static"
        started: list[list[list[str]]] = []
        monkeypatch.setattr(platform_commands, "ensure_port_free", lambda host, port: None)
        monkeypatch.setattr(
            platform_commands, "run_servers", lambda commands, env: started.append(commands) or 0
        )

        result = run("serve", "--host", "0.0.0.0", "--port", "8080", "--workers", "4")

        assert result.exit_code == 0
        assert "serving on http://0.0.0.0:8080/ with 4 workers" in result.output
        web = started[0][0]
        assert "0.0.0.0:8080" in web
        assert len(started[0]) == 2  # gunicorn and the task worker
        assert (tmp_path / "static").is_dir()


@pytest.mark.django_db
class TestCreateuser:
    @pytest.fixture(autouse=True)
    def _secret_key(self, monkeypatch):
        # As on a real install: the same SECRET_KEY as the served site signs the links.
        monkeypatch.setenv("SECRET_KEY", "k" * 50)

    def test_it_creates_the_first_organisation_and_a_person_with_a_hashed_password(self):
        result = run(
            "createuser",
            "amara",
            "--role=leader",
            "--name=Amara Okafor",
            "--email=Amara@Trailhead.example",
            "--organisation=trailhead",
            input=f"{STRONG_PASSWORD}\n{STRONG_PASSWORD}\n",
        )

        assert result.exit_code == 0, result.output
        assert "Created amara (Senior leader) in Trailhead." in result.output
        amara = Person.objects.get(user__username="amara")
        assert amara.role == Role.LEADER
        assert amara.organisation.slug == "trailhead"
        assert amara.user is not None
        assert amara.user.password != STRONG_PASSWORD
        assert authenticate(username="amara", password=STRONG_PASSWORD) == amara.user

    def test_the_first_organisation_takes_the_name_people_know_it_by(self):
        # Found on a first install: the name could only be made from the slug ("Helpco"
        # for "HelpCo Support Ltd"), and no page or command could change it afterwards.
        result = run(
            "createuser",
            "ines",
            "--role=admin",
            "--name=Inés Vidal",
            "--organisation=helpco",
            "--organisation-name=HelpCo Support Ltd",
            "--invite",
        )

        assert result.exit_code == 0, result.output
        assert "Created organisation HelpCo Support Ltd (helpco)." in result.output
        assert Organisation.objects.get().name == "HelpCo Support Ltd"

    def test_it_refuses_a_weak_password(self):
        create_organisation("Trailhead", "trailhead")

        result = run("createuser", "sam", "--role=frontline", "--name=Sam Ito", input="abc\nabc\n")

        assert result.exit_code == 1
        assert "password: This password is too short" in result.output
        assert not Person.objects.exists()

    def test_it_links_the_manager_and_creates_the_team(self):
        shop = create_organisation("Trailhead", "trailhead")
        create_person(shop, "Nia Brooks", role=Role.MANAGER, with_login=True, username="nia")

        result = run(
            "createuser",
            "sam",
            "--role=frontline",
            "--name=Sam Ito",
            "--team=Online orders",
            "--manager=nia",
            input=f"{STRONG_PASSWORD}\n{STRONG_PASSWORD}\n",
        )

        assert result.exit_code == 0, result.output
        sam = Person.objects.get(name="Sam Ito")
        assert sam.manager is not None
        assert sam.manager.name == "Nia Brooks"
        assert sam.team is not None
        assert sam.team.name == "Online orders"

    def test_a_deleted_team_of_the_same_name_is_not_reused(self):
        # A team kept only for old survey results (marked deleted) must not take new people.
        shop = create_organisation("Trailhead", "trailhead")
        old = create_team(shop, "Online orders")
        Team.objects.filter(pk=old.pk).update(deleted_at=timezone.now())

        result = run(
            "createuser",
            "sam",
            "--role=frontline",
            "--name=Sam Ito",
            "--team=Online orders",
            input=f"{STRONG_PASSWORD}\n{STRONG_PASSWORD}\n",
        )

        assert result.exit_code == 0, result.output
        assert "Created team Online orders." in result.output
        sam = Person.objects.get(name="Sam Ito")
        assert sam.team is not None
        assert sam.team.pk != old.pk
        assert sam.team.deleted_at is None

    def test_invite_prints_a_set_password_link_and_leaves_the_account_closed(self):
        create_organisation("Trailhead", "trailhead")

        result = run("createuser", "sam", "--role=analyst", "--name=Sam Ito", "--invite")

        assert result.exit_code == 0, result.output
        assert "one-time link to choose a password: http://" in result.output
        sam = Person.objects.get(name="Sam Ito")
        assert sam.user is not None
        assert not sam.user.has_usable_password()

    def test_invite_without_secret_key_refuses_instead_of_printing_a_dead_link(self, monkeypatch):
        # Found on a first install: the link was signed with a throw-away key, and the
        # site, served with its own SECRET_KEY, answered "This link no longer works".
        monkeypatch.delenv("SECRET_KEY")
        create_organisation("Trailhead", "trailhead")

        result = run("createuser", "sam", "--role=admin", "--name=Sam Ito", "--invite")

        assert result.exit_code == 1
        assert "SECRET_KEY is not set" in result.output
        assert "/welcome/" not in result.output
        assert not Person.objects.exists()

    def test_an_unknown_manager_is_named_and_nothing_is_created(self):
        create_organisation("Trailhead", "trailhead")

        result = run(
            "createuser", "sam", "--role=frontline", "--name=Sam Ito", "--invite", "--manager=zed"
        )

        assert result.exit_code == 2
        assert "--manager: nobody in Trailhead has the username or e-mail 'zed'" in result.output
        assert not Person.objects.exists()

    def test_with_several_organisations_it_asks_which_one(self):
        create_organisation("Trailhead", "trailhead")
        create_organisation("Harbour Hardware", "harbour")

        result = run("createuser", "sam", "--role=frontline", "--name=Sam Ito", "--invite")

        assert result.exit_code == 2
        assert "pass --organisation with one of: harbour, trailhead" in result.output


def write_export(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


GOOD_LINE = json.dumps(
    {
        "id": "C-1",
        "customer": {"id": "cust-9", "name": "Lena"},
        "turns": [
            {"speaker": "customer", "text": "Can I swap the blue kettle for the green one?"},
            {"speaker": "agent", "name": "Sam Ito", "text": "Of course, I'll send a label now."},
        ],
    }
)


@pytest.mark.django_db
class TestImport:
    @pytest.fixture
    def shop(self) -> Organisation:
        shop = create_organisation("Trailhead", "trailhead")
        create_person(shop, "Sam Ito")
        return shop

    def test_it_prints_one_summary_line(self, shop, tmp_path):
        export = write_export(tmp_path / "chats.jsonl", GOOD_LINE)

        result = run("import", str(export))

        assert result.exit_code == 0, result.output
        assert result.output.strip() == (
            "chats.jsonl: added 1 conversation (2 turns, 1 new customer), skipped 0 already stored"
        )
        assert Conversation.objects.get().agents.get().name == "Sam Ito"

    def test_a_large_import_says_how_much_waits_for_background_scoring(self, shop, tmp_path):
        lines = [GOOD_LINE.replace('"C-1"', f'"C-{n}"') for n in range(1, 302)]
        export = write_export(tmp_path / "chats.jsonl", *lines)

        result = run("import", str(export))

        assert result.exit_code == 0, result.output
        assert "added 301 conversations" in result.output
        assert "301 queued for CARE scoring (`legendary serve` or `legendary worker`" in (
            result.output
        )

    def test_a_small_import_is_scored_at_once(self, shop, tmp_path):
        result = run("import", str(write_export(tmp_path / "chats.jsonl", GOOD_LINE)))

        assert "queued" not in result.output
        # Scored from the words just imported: the agent's "I'll send a label now" is there.
        card = Conversation.objects.get().scorecard
        assert card.overall is not None
        quotes = [e["quote"] for b in card.document["behaviours"] for e in b["evidence"]]
        assert "I'll send a label now" in quotes

    def test_a_bad_file_names_the_line_and_field_exits_2_and_stores_nothing(self, shop, tmp_path):
        bad = json.dumps({"id": "C-2", "turns": [{"speaker": "clerk", "text": "Hi"}]})
        export = write_export(tmp_path / "chats.jsonl", GOOD_LINE, bad)

        result = CliRunner().invoke(main, ["import", str(export)])

        assert result.exit_code == 2
        assert "error: chats.jsonl, line 2, field" in result.output
        assert "Nothing was imported" in result.output
        assert not Conversation.objects.exists()
        assert not ImportBatch.objects.exists()

    def test_a_dry_run_says_what_it_would_add(self, shop, tmp_path):
        export = write_export(tmp_path / "chats.jsonl", GOOD_LINE)

        result = run("import", "--dry-run", str(export))

        assert result.exit_code == 0
        assert "would add 1 conversation " in result.output
        assert not Conversation.objects.exists()

    def test_an_unknown_organisation_lists_the_known_ones(self, shop, tmp_path):
        export = write_export(tmp_path / "chats.jsonl", GOOD_LINE)

        result = CliRunner().invoke(main, ["import", "--organisation=nope", str(export)])

        assert result.exit_code == 2
        assert "no organisation has the slug 'nope'" in result.output
        assert "trailhead" in result.output

    def test_an_empty_database_points_at_the_demo_or_createuser(self, tmp_path):
        export = write_export(tmp_path / "chats.jsonl", GOOD_LINE)

        result = CliRunner().invoke(main, ["import", str(export)])

        assert result.exit_code == 2
        assert "the database has no organisation yet" in result.output
        assert "legendary createuser" in result.output


@pytest.mark.django_db
class TestDemo:
    def test_no_serve_loads_a_small_demo_once_and_prints_every_login(self, monkeypatch):
        monkeypatch.delenv("LEGENDARY_DEMO", raising=False)
        from legendary.demo.organisation import DEMO_LOGINS, DEMO_PASSWORD

        first = run("demo", "--no-serve", "--conversations", "40", "--seed", "3")

        assert first.exit_code == 0, first.output
        assert "Loaded Harbour & Pine" in first.output
        assert f"Demo logins (password: {DEMO_PASSWORD}):" in first.output
        for username in DEMO_LOGINS:
            assert f"  {username} " in first.output
        assert Conversation.objects.count() == 40

        again = run("demo", "--no-serve")

        assert "Demo organisation already loaded; using it." in again.output
        assert Conversation.objects.count() == 40

    def test_it_will_not_pass_a_real_organisation_off_as_the_demo(self):
        create_organisation("Trailhead", "trailhead")

        result = run("demo", "--no-serve")

        assert result.exit_code == 1
        assert "already holds Trailhead and no demo accounts" in result.output
        assert "LEGENDARY_HOME=./demo-data legendary demo" in result.output
        assert "Demo logins" not in result.output

    def test_serving_starts_gunicorn_in_demo_mode_on_loopback(
        self, monkeypatch, settings, tmp_path
    ):
        monkeypatch.setenv("LEGENDARY_HOME", str(tmp_path))
        settings.STATIC_ROOT = tmp_path / "static"
        harbour = create_organisation("Harbour & Pine", "harbour-and-pine")
        create_person(harbour, "Jordan Ellis", with_login=True, username="frontline")
        calls: list[tuple[list[list[str]], dict[str, str]]] = []
        monkeypatch.setattr(platform_commands, "ensure_port_free", lambda host, port: None)
        monkeypatch.setattr(
            platform_commands,
            "run_servers",
            lambda commands, env: calls.append((commands, env)) or 0,
        )

        result = run("demo", "--port", "8123")

        assert result.exit_code == 0, result.output
        assert "Serving the demo at http://127.0.0.1:8123/" in result.output
        commands, env = calls[0]
        assert "127.0.0.1:8123" in commands[0]
        assert env["LEGENDARY_DEMO"] == "1"
        # One stable key for every gunicorn worker, so sessions survive between them.
        assert env["SECRET_KEY"] == (tmp_path / "demo-secret-key").read_text()

    def test_the_demos_links_point_at_the_port_it_serves_on(self, monkeypatch, settings, tmp_path):
        """An invitation made in a demo on --port 8096 printed a set-password link on
        http://127.0.0.1:8000 (SITE_URL's default), which goes nowhere. Found inviting a
        person as the demo admin. A SITE_URL set by the person running it is kept."""
        monkeypatch.setenv("LEGENDARY_HOME", str(tmp_path))
        monkeypatch.delenv("SITE_URL", raising=False)
        settings.STATIC_ROOT = tmp_path / "static"
        harbour = create_organisation("Harbour & Pine", "harbour-and-pine")
        create_person(harbour, "Jordan Ellis", with_login=True, username="frontline")
        envs: list[dict[str, str]] = []
        monkeypatch.setattr(platform_commands, "ensure_port_free", lambda host, port: None)
        monkeypatch.setattr(
            platform_commands, "run_servers", lambda commands, env: envs.append(env) or 0
        )

        assert run("demo", "--port", "8096").exit_code == 0
        assert envs[0]["SITE_URL"] == "http://127.0.0.1:8096"
        monkeypatch.setenv("SITE_URL", "http://demo.example:8096")
        assert run("demo", "--port", "8096").exit_code == 0
        assert envs[1]["SITE_URL"] == "http://demo.example:8096"
