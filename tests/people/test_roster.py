"""Bringing an organisation's people in from a CSV file (`legendary import-people`).

Found installing Legendary for a 60-person support centre: the only ways to add people
were one invitation form or one `createuser` per person. These tests use a small roster
of a made-up centre with the quirks a real spreadsheet has.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from django.core import mail

from legendary.cli import main
from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.roster import RosterError, import_roster
from legendary.people.services import create_organisation

HEADER = "name,email,role,title,team,parent_team,manager_email"
# Two advisers listed before their team lead, the lead before her own manager, a blank
# team, names that are not ASCII, and a label ("QA analyst") where a value is expected.
ROSTER = [
    HEADER,
    "Tomasz Wójcik,tomasz@northdesk.example,,Adviser,Live chat,Front line,keeley@northdesk.example",
    "Søren Åberg,soren@northdesk.example,frontline,Adviser,Live chat,,keeley@northdesk.example",
    "Keeley Adeyemi,Keeley@NorthDesk.example,Manager,Chat lead,Live chat,Front line,"
    "olu@northdesk.example",
    "Olu Bankole,olu@northdesk.example,leader,Head of service,Front line,,",
    "Maëlle Ferrand,maelle@northdesk.example,QA analyst,Quality,,,",
]


def write(tmp_path: Path, lines: list[str], name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def desk() -> Organisation:
    return create_organisation("North Desk", "northdesk")


@pytest.mark.django_db
class TestImportRoster:
    def test_people_teams_and_reporting_lines_are_stored_whatever_the_order(self, desk, tmp_path):
        report = import_roster(desk, write(tmp_path, ROSTER))

        assert (report.added, report.updated, report.teams_added) == (5, 0, 2)
        tomasz = Person.objects.get(email="tomasz@northdesk.example")
        assert tomasz.name == "Tomasz Wójcik"
        assert tomasz.role == Role.FRONTLINE
        assert tomasz.manager is not None
        assert tomasz.manager.name == "Keeley Adeyemi"
        keeley = Person.objects.get(email="keeley@northdesk.example")
        assert keeley.manager is not None
        assert keeley.manager.name == "Olu Bankole"
        chat = Team.objects.get(name="Live chat")
        assert chat.parent is not None
        assert chat.parent.name == "Front line"
        maelle = Person.objects.get(email="maelle@northdesk.example")
        assert (maelle.role, maelle.team) == (Role.ANALYST, None)

    def test_the_same_file_twice_adds_and_changes_nothing(self, desk, tmp_path):
        import_roster(desk, write(tmp_path, ROSTER))

        report = import_roster(desk, write(tmp_path, ROSTER))

        assert (report.added, report.updated, report.unchanged) == (0, 0, 5)
        assert Person.objects.count() == 5
        assert Team.objects.count() == 2

    def test_a_later_file_updates_people_by_email_even_when_it_turns_a_line_round(
        self, desk, tmp_path
    ):
        import_roster(desk, write(tmp_path, ROSTER))
        # Søren is promoted over Keeley, who now reports to him: the old line
        # (Keeley above Søren) must not be mistaken for a loop.
        later = [
            HEADER,
            "Søren Åberg,soren@northdesk.example,manager,Chat lead,Live chat,,"
            "olu@northdesk.example",
            "Keeley Adeyemi,keeley@northdesk.example,frontline,Adviser,Live chat,,"
            "soren@northdesk.example",
            "Tomasz Wójcik,tomasz@northdesk.example,,Adviser,Live chat,,soren@northdesk.example",
        ]

        report = import_roster(desk, write(tmp_path, later))

        assert (report.added, report.updated, report.not_in_file) == (0, 3, 2)
        keeley = Person.objects.get(email="keeley@northdesk.example")
        assert keeley.role == Role.FRONTLINE
        assert keeley.manager is not None
        assert keeley.manager.name == "Søren Åberg"
        assert Person.objects.count() == 5

    def test_every_bad_line_is_named_with_its_field_and_nothing_is_stored(self, desk, tmp_path):
        bad = [
            HEADER,
            "Ada Quist,ada@northdesk.example,,,Live chat,,",
            "Ada Quist,ADA@northdesk.example,,,Live chat,,",
            ",nameless@northdesk.example,,,,,",
            "Rui Lopes,rui@northdesk.example,supervisor,,,,",
            "Ivo Bell,ivo-at-northdesk,,,,,",
        ]

        with pytest.raises(RosterError) as caught:
            import_roster(desk, write(tmp_path, bad))

        assert caught.value.problems == [
            'people.csv, line 3, field "email": ada@northdesk.example is already on line 2; '
            "keep one of the two lines",
            'people.csv, line 4, field "name": is empty; give the person\'s full name',
            "people.csv, line 5, field \"role\": 'supervisor' is not one of frontline, "
            "manager, leader, analyst, admin; use one of those",
            'people.csv, line 6, field "email": ivo-at-northdesk is not an e-mail address; '
            "give their work e-mail (a later file finds them by it)",
        ]
        assert not Person.objects.exists()
        assert not Team.objects.exists()

    def test_a_reporting_loop_is_refused_at_its_line_and_nothing_is_stored(self, desk, tmp_path):
        loop = [
            HEADER,
            "Olu Bankole,olu@northdesk.example,manager,,Front line,,keeley@northdesk.example",
            "Keeley Adeyemi,keeley@northdesk.example,manager,,Live chat,,olu@northdesk.example",
        ]

        with pytest.raises(RosterError) as caught:
            import_roster(desk, write(tmp_path, loop))

        assert caught.value.problems[0].startswith('people.csv, line 3, field "manager_email": ')
        assert "Olu Bankole already reports to Keeley Adeyemi" in caught.value.problems[0]
        assert not Person.objects.exists()
        assert not Team.objects.exists()

    def test_a_team_nested_inside_itself_is_refused_at_its_line(self, desk, tmp_path):
        circle = [
            HEADER,
            "Olu Bankole,olu@northdesk.example,manager,,Front line,Live chat,",
            "Keeley Adeyemi,keeley@northdesk.example,manager,,Live chat,Front line,",
        ]

        with pytest.raises(RosterError) as caught:
            import_roster(desk, write(tmp_path, circle))

        assert caught.value.problems == [
            'people.csv, line 3, field "parent_team": Live chat cannot sit inside Front line, '
            "which sits inside it; choose a team outside it or none"
        ]
        assert not Person.objects.exists()
        assert not Team.objects.exists()

    @pytest.mark.parametrize(
        ("lines", "expected"),
        [
            (
                [
                    "Olu Bankole,olu@northdesk.example,frontline,,,,",
                    "Tomasz Wójcik,tomasz@northdesk.example,,,,,olu@northdesk.example",
                ],
                'line 3, field "manager_email": Olu Bankole is a frontline provider',
            ),
            (
                ["Tomasz Wójcik,tomasz@northdesk.example,,,,,nobody@else.example"],
                'line 2, field "manager_email": nobody in North Desk or in the file',
            ),
        ],
        ids=["frontline-manager", "unknown-manager"],
    )
    def test_a_manager_who_cannot_manage_them_is_refused(self, desk, tmp_path, lines, expected):
        with pytest.raises(RosterError) as caught:
            import_roster(desk, write(tmp_path, [HEADER, *lines]))

        assert expected in str(caught.value)
        assert not Person.objects.exists()

    def test_a_spreadsheet_saved_with_semicolons_reads_the_same(self, desk, tmp_path):
        # What Excel writes as "CSV" where the comma is the decimal mark.
        lines = [line.replace(",", ";") for line in ROSTER]

        report = import_roster(desk, write(tmp_path, lines))

        assert report.added == 5
        assert Person.objects.get(email="soren@northdesk.example").name == "Søren Åberg"

    def test_a_dry_run_reports_without_storing(self, desk, tmp_path):
        report = import_roster(desk, write(tmp_path, ROSTER), dry_run=True)

        assert report.added == 5
        assert "would add 5 people" in report.summary()
        assert not Person.objects.exists()


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.django_db
class TestImportPeopleCommand:
    def test_a_bad_file_exits_2_with_each_line_and_field(self, desk, tmp_path):
        path = write(tmp_path, [HEADER, "Ada Quist,not-an-address,,,,,"])

        result = run("import-people", str(path))

        assert result.exit_code == 2
        assert 'people.csv, line 2, field "email": not-an-address' in result.output
        assert "Nothing was imported" in result.output

    def test_invite_e_mails_a_working_link_to_everyone_new(self, desk, tmp_path, monkeypatch):
        monkeypatch.setenv("SECRET_KEY", "k" * 50)

        result = run("import-people", str(write(tmp_path, ROSTER)), "--invite")

        assert result.exit_code == 0, result.output
        assert "North Desk: added 5 people" in result.output
        assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in Person.objects.all())
        assert "Invited 5 by e-mail." in result.output
        assert all(p.user is not None for p in Person.objects.all())

    def test_invite_without_secret_key_refuses_before_storing(self, desk, tmp_path, monkeypatch):
        monkeypatch.delenv("SECRET_KEY", raising=False)

        result = run("import-people", str(write(tmp_path, ROSTER)), "--invite")

        assert result.exit_code == 1
        assert "SECRET_KEY is not set" in result.output
        assert not Person.objects.exists()


@pytest.mark.django_db
class TestFilesWalkedInSession19:
    """Bad files walked in session 19; each was stored or explained badly before."""

    @pytest.mark.parametrize(
        ("lines", "expected"),
        [
            # An empty file or one of blank lines used to be told 'no column "name"'.
            ([""], "people.csv: is empty; save the spreadsheet as CSV with a header line"),
            (["", "", ""], "people.csv: is empty"),
            # An empty sheet saved as CSV: separators only, read as 'no column "name"'.
            ([",,,", ",,,"], "people.csv: is empty"),
            (["\ufeff;;", ""], "people.csv: is empty"),
            # A misspelt column was left out without a word: everyone frontline, no managers.
            (
                ["name,email,manager", "Ada Quist,ada@northdesk.example,"],
                'people.csv, line 1: the column "manager" is not one we read; rename it '
                '"manager_email" if that is what it holds, or remove it',
            ),
            (
                ["name,email,rol", "Ada Quist,ada@northdesk.example,manager"],
                'the column "rol" is not one we read; rename it "role"',
            ),
            (
                ["name,e-mail", "Ada Quist,ada@northdesk.example"],
                'people.csv, line 1: the column "e-mail" is not one we read; rename it "email"',
            ),
            (
                ["name,emial,role", "Ada Quist,ada@northdesk.example,manager"],
                'the column "emial" is not one we read; rename it "email"',
            ),
            (
                [f"{HEADER.replace(',team,', ',tema,')}", "Ada Quist,ada@northdesk.example,,,,,"],
                'the column "tema" is not one we read; rename it "team"',
            ),
            (
                ["name,email,Job Title", "Ada Quist,ada@northdesk.example,Adviser"],
                'the column "job title" is not one we read; rename it "title"',
            ),
            # A column named twice: the last one silently won.
            (
                ["name,email,role,role", "Ada Quist,ada@northdesk.example,manager,frontline"],
                'people.csv, line 1: the column "role" is named twice; keep one of them',
            ),
            # A value longer than its column holds: stored whole on SQLite, a database
            # error (a 500) on PostgreSQL.
            (
                [HEADER, "A" * 201 + ",ada@northdesk.example,,,,,"],
                'people.csv, line 2, field "name": is 201 characters long; keep it to 200',
            ),
            (
                [HEADER, "Ada Quist,ada@northdesk.example,,Adviser,Live chat" + "!" * 200 + ",,"],
                'people.csv, line 2, field "team": is 209 characters long; keep it to 200',
            ),
            (
                [HEADER, "Ada Quist,ada@northdesk.example,," + "T" * 201 + ",,,"],
                'line 2, field "title": is 201 characters long; keep it to 200',
            ),
            # A comma in an unquoted name shifts the row; cells past the header were dropped.
            (
                [HEADER, "Ada Quist,ada@northdesk.example,,,,,,Notes"],
                "people.csv, line 2: has more cells than the header has columns (7); put a "
                "value that holds a comma in double quotes",
            ),
        ],
        ids=[
            "empty",
            "blank-lines",
            "separators-only",
            "bom-and-separators",
            "manager-column",
            "rol-column",
            "e-mail-column",
            "emial-column",
            "tema-column",
            "job-title-column",
            "role-twice",
            "long-name",
            "long-team",
            "long-title",
            "extra-cell",
        ],
    )
    def test_a_bad_file_is_named_and_nothing_is_stored(self, desk, tmp_path, lines, expected):
        with pytest.raises(RosterError) as caught:
            import_roster(desk, write(tmp_path, lines))

        assert expected in caught.value.problems[0]
        assert not Person.objects.exists()
        assert not Team.objects.exists()

    @pytest.mark.parametrize(
        "column",
        [
            "mobile",
            "site",
            "username",
            "surname",
            "manager_name",
            "manager_id",
            "team_id",
            "job_title",
            "e-mail",
            "manager",
        ],
    )
    def test_an_hr_column_beside_the_ones_we_read_is_left_out(self, desk, tmp_path, column):
        # Reviewed in session 19: each was refused with a rename into a column we read
        # ("mobile" into role, "site" into title, "manager_id" into manager_email), though
        # the file had that column already or the two share only a few letters.
        lines = [
            f"{HEADER},{column}",
            "Max Obi,max@northdesk.example,manager,Lead,Phones,,,x",
            "Ada Quist,ada@northdesk.example,frontline,Adviser,Phones,,max@northdesk.example,x",
        ]

        report = import_roster(desk, write(tmp_path, lines))

        assert report.added == 2
        ada = Person.objects.get(email="ada@northdesk.example")
        assert (ada.title, ada.role, ada.manager.email) == (
            "Adviser",
            Role.FRONTLINE,
            "max@northdesk.example",
        )

    def test_other_columns_a_trailing_comma_a_bom_and_nul_characters_are_read(self, desk, tmp_path):
        # A column no one could mistake for ours (a phone number) stays the spreadsheet's.
        path = tmp_path / "people.csv"
        path.write_bytes(
            "\ufeffname,email,phone,role\nAda\x00 Quist,ada@northdesk.example,0161 496 0000,"
            "manager,\n".encode()
        )

        report = import_roster(desk, path)

        assert report.added == 1
        ada = Person.objects.get(email="ada@northdesk.example")
        assert (ada.name, ada.role) == ("Ada Quist", Role.MANAGER)
