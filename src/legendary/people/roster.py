"""Bring a whole organisation in from one CSV file: people, roles, teams, reporting lines.

An administrator of a 60-person centre has a spreadsheet, not the patience for sixty
invitation forms. `import_roster` reads it (one person a row, keyed by work e-mail), checks
every row before writing anything, then writes it all in one transaction: a bad file names
each line and field at fault and leaves the database as it was. Importing the same file
again changes nothing; a later file updates the people it names (by e-mail) and never
touches or duplicates anyone else. The rules themselves (no reporting loops, no frontline
manager, unique e-mails) are `people.services`', so the pages and this import agree.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from legendary.lib.refusals import split_refusal
from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.services import (
    Invitation,
    PeopleError,
    awaits_first_password,
    create_person,
    create_team,
    invite_person,
    set_reporting_line,
    update_team,
)

REQUIRED_COLUMNS = ("name", "email")
OPTIONAL_COLUMNS = ("role", "title", "team", "parent_team", "manager_email")
#: The longest value each column can store (the model fields' max_length): a longer one
#: is named at its line, never cut short nor left to the database to refuse.
LONGEST = {
    "name": Person._meta.get_field("name").max_length,
    "email": Person._meta.get_field("email").max_length,
    "title": Person._meta.get_field("title").max_length,
    "team": Team._meta.get_field("name").max_length,
    "parent_team": Team._meta.get_field("name").max_length,
    "manager_email": Person._meta.get_field("email").max_length,
}
# Other names a spreadsheet gives the columns we read, written with "_" for any space or
# hyphen. Such a column is refused only when the file lacks the column it names (then
# leaving it out would quietly drop every address or reporting line in the file); beside
# that column it is one more for the spreadsheet only.
_ALIASES = {
    "e_mail": "email",
    "mail": "email",
    "email_address": "email",
    "work_email": "email",
    "full_name": "name",
    "manager": "manager_email",
    "manager_e_mail": "manager_email",
    "manager_email_address": "manager_email",
    "job_title": "title",
    "parent": "parent_team",
}
# A file with hundreds of mistakes is the wrong file: the first ones say enough.
MAX_PROBLEMS = 20


class RosterError(ValueError):
    """The file was refused; `problems` holds one "FILE, line N, field "F": ..." each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems

    def located(self) -> list[tuple[str, str, str]]:
        """Each problem as (line, field, what is wrong and what to do) for a page's table;
        line and field are "" where a problem has none (the file as a whole)."""
        out = []
        for problem in self.problems:
            found = _LOCATED.match(problem)
            if found is None:
                out.append(("", "", problem))
            else:
                out.append((found["line"] or "", found["field"] or "", found["what"]))
        return out


_LOCATED = re.compile(
    r'^.*?(?:, line (?P<line>\d+))?(?:, field "(?P<field>[^"]+)")?: (?P<what>.*)$'
)


@dataclass(frozen=True)
class RosterRow:
    """One person as the file gives them; `line` is the file's line number (header is 1)."""

    line: int
    name: str
    email: str
    role: str
    title: str
    team: str
    parent_team: str
    manager_email: str


@dataclass(frozen=True)
class PersonChange:
    """One person the import adds or changes, for the preview: `changes` holds (what,
    before, after) in words, e.g. ("Team", "Live chat", "Phones"); `before` is "" for
    someone new."""

    line: int
    name: str
    email: str
    changes: tuple[tuple[str, str, str], ...]


@dataclass
class RosterReport:
    """What an import did (or, in a dry run, would do)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    teams_added: int = 0
    not_in_file: int = 0
    invitations: list[Invitation] = field(default_factory=list)
    dry_run: bool = False
    # The detail a page shows: who is added and who changes (in file order), the new teams
    # as "Team (inside Parent)", and how many in the file have not chosen a password yet.
    added_people: list[PersonChange] = field(default_factory=list)
    changed_people: list[PersonChange] = field(default_factory=list)
    new_teams: list[str] = field(default_factory=list)
    awaiting_password: int = 0

    def summary(self) -> str:
        """One line for the command line."""
        would = "would " if self.dry_run else ""
        parts = [
            f"{would}{'add' if self.dry_run else 'added'} {self.added} {_people(self.added)}",
            f"{would}{'update' if self.dry_run else 'updated'} {self.updated}",
            f"{self.unchanged} unchanged",
            f"{self.teams_added} new {'team' if self.teams_added == 1 else 'teams'}",
        ]
        text = ", ".join(parts)
        if self.not_in_file:
            text += (
                f"; {self.not_in_file} {_people(self.not_in_file)} already in Legendary "
                f"{'is' if self.not_in_file == 1 else 'are'} not in the file and "
                "left as they are"
            )
        return text + (" (dry run: nothing stored)" if self.dry_run else "")


def _people(count: int) -> str:
    return "person" if count == 1 else "people"


def _role(raw: str) -> str | None:
    """The role value for what a spreadsheet says: a value ("manager") or a label ("Manager")."""
    wanted = raw.strip().lower()
    if not wanted:
        return Role.FRONTLINE
    for value, label in Role.choices:
        if wanted in (value, str(label).lower()):
            return value
    return None


def read_roster(text: str, source: str) -> list[RosterRow]:
    """Parse and check the file's rows on their own; RosterError names every bad line.

    Checks what one row (or the file as a whole) can tell: the columns, a name, a valid and
    unique e-mail, a known role, a manager who is not the person themselves.
    """
    # A NUL character means nothing in a name and PostgreSQL refuses to store one.
    text = text.replace("\x00", "")
    known = ", ".join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)
    text = text.removeprefix("\ufeff")  # a byte-order mark read as text
    # An empty sheet saved as CSV is blank lines, or lines of separators only.
    if not text.strip(" \t\r\n,;"):
        raise RosterError(
            [
                f"{source}: is empty; save the spreadsheet as CSV with a header line "
                f"({known}) and one line per person"
            ]
        )
    header_line = text.split("\n", 1)[0]
    # Spreadsheets in many European locales save "CSV" with semicolons (the comma is
    # their decimal mark), and some exports use tabs: the header shows which one.
    delimiter = max(",;\t", key=header_line.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [(column or "").strip().lower() for column in reader.fieldnames or []]
    # A column standing for a missing one ("e-mail") says what to rename, before the
    # missing column itself is named.
    _refuse_misread_columns(header, source)
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise RosterError(
            [f'{source}, line 1: no column "{missing[0]}"; the header names the columns ({known})']
        )
    reader.fieldnames = header
    rows: list[RosterRow] = []
    problems: list[str] = []
    first_line_of: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        cell = {key: (value or "").strip() for key, value in record.items() if key}

        def problem(column: str, message: str, line: int = line) -> None:
            where = f', field "{column}"' if column else ""
            problems.append(f"{source}, line {line}{where}: {message}")

        # DictReader's key for cells beyond the header; empty ones (a trailing comma) are
        # harmless.
        extra = [value for value in record.get(None) or [] if value.strip()]
        if not any(cell.values()) and not extra:
            continue  # a blank line between blocks of a spreadsheet
        if extra:
            # More cells than the header has columns: most often a comma inside a name,
            # which shifts every cell after it into the wrong column.
            problem(
                "",
                f"has more cells than the header has columns ({len(header)}); put a value "
                "that holds a comma in double quotes, or save the spreadsheet as CSV again",
            )
            continue
        for column, value in cell.items():
            longest = LONGEST.get(column)
            if longest is not None and len(value) > longest:
                problem(column, f"is {len(value)} characters long; keep it to {longest}")
        email = cell.get("email", "").lower()
        manager_email = cell.get("manager_email", "").lower()
        role = _role(cell.get("role", ""))
        if not cell.get("name"):
            problem("name", "is empty; give the person's full name")
        try:
            validate_email(email)
        except ValidationError:
            problem(
                "email",
                f"{email or 'empty'} is not an e-mail address; give their work e-mail "
                "(a later file finds them by it)",
            )
        else:
            if email in first_line_of:
                problem(
                    "email",
                    f"{email} is already on line {first_line_of[email]}; keep one of the two lines",
                )
            first_line_of.setdefault(email, line)
        if role is None:
            choices = ", ".join(Role.values)
            problem("role", f"{cell.get('role')!r} is not one of {choices}; use one of those")
        if manager_email and manager_email == email:
            problem(
                "manager_email", "is the person's own address; a person cannot manage themselves"
            )
        if cell.get("parent_team") and not cell.get("team"):
            problem(
                "parent_team",
                "is given without a team to put inside it; fill in team, or leave both empty",
            )
        rows.append(
            RosterRow(
                line=line,
                name=cell.get("name", ""),
                email=email,
                role=role or Role.FRONTLINE,
                title=cell.get("title", ""),
                team=cell.get("team", ""),
                parent_team=cell.get("parent_team", ""),
                manager_email=manager_email,
            )
        )
    if not rows and not problems:
        problems.append(f"{source}: has a header but no people")
    if problems:
        raise RosterError(problems[:MAX_PROBLEMS])
    return rows


def _refuse_misread_columns(header: list[str], source: str) -> None:
    """Refuse a column named twice, or an unknown column that stands for one we read and
    the file lacks: another name for it ("e-mail", "manager", "job title") or a plain
    misspelling ("rol", "emial"), which would leave every value in it out without a word.
    Every other unknown column (a phone number, "manager_name" beside manager_email) is
    for the spreadsheet only and left out."""
    columns = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
    for column in dict.fromkeys(header):
        if column in columns and header.count(column) > 1:
            raise RosterError(
                [f'{source}, line 1: the column "{column}" is named twice; keep one of them']
            )
        meant = _meant_column(column, [name for name in columns if name not in header])
        if meant and column not in columns:
            raise RosterError(
                [
                    f'{source}, line 1: the column "{column}" is not one we read; rename it '
                    f'"{meant}" if that is what it holds, or remove it (the columns are '
                    f"{', '.join(columns)})"
                ]
            )


def _meant_column(column: str, missing: list[str]) -> str:
    """The column of `missing` that `column` stands for, or "": the same name written with
    spaces or hyphens, a name in `_ALIASES`, or one slip of the keyboard away (a letter
    left out, added, changed or two swapped; two for the long names). A looser likeness
    named "mobile" a role and "site" a title."""
    written = re.sub(r"[\s-]+", "_", column)
    meant = _ALIASES.get(written, written)
    if meant in missing:
        return meant
    for name in missing:
        if _slips(written, name) <= (2 if len(name) > 8 else 1):
            return name
    return ""


def _slips(typed: str, meant: str) -> int:
    """How many slips of the keyboard turn `meant` into `typed`: letters left out, added or
    changed, and two neighbours swapped (optimal string alignment distance)."""
    rows = [list(range(len(meant) + 1))]
    for i, a in enumerate(typed, 1):
        row = [i]
        for j, b in enumerate(meant, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a != b)))
            if i > 1 and j > 1 and a == meant[j - 2] and typed[i - 2] == b:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def import_roster(
    organisation: Organisation,
    path: Path,
    *,
    dry_run: bool = False,
    invite: bool = False,
) -> RosterReport:
    """Add or update everyone in the CSV file at `path`; all or nothing.

    Columns: name, email (required); role, title, team, parent_team, manager_email. A
    manager may be listed after their reports. With `invite`, everyone in the file who
    has not chosen a password yet gets a fresh one-time link (returned, not e-mailed: the
    caller sends them once the import is stored).
    """
    return import_roster_text(
        organisation,
        roster_text(path.read_bytes(), path.name),
        path.name,
        dry_run=dry_run,
        invite=invite,
    )


def roster_text(data: bytes, source: str) -> str:
    """The text of an uploaded or read file; RosterError if it is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RosterError(
            [f"{source}: is not UTF-8 text; save it from the spreadsheet as CSV UTF-8"]
        ) from exc


def import_roster_text(
    organisation: Organisation,
    text: str,
    source: str,
    *,
    dry_run: bool = False,
    invite: bool = False,
) -> RosterReport:
    """`import_roster` for a file's text (the import page's upload); `source` names the
    file in every problem."""
    rows = read_roster(text, source)
    with transaction.atomic():
        report = _write(organisation, rows, source, invite=invite)
        report.dry_run = dry_run
        if dry_run:
            transaction.set_rollback(True)
    return report


def _write(
    organisation: Organisation, rows: list[RosterRow], source: str, *, invite: bool
) -> RosterReport:
    report = RosterReport()
    existing = {p.email: p for p in Person.objects.filter(organisation=organisation) if p.email}
    unknown = [
        row
        for row in rows
        if row.manager_email
        and row.manager_email not in existing
        and row.manager_email not in {r.email for r in rows}
    ]
    if unknown:
        raise RosterError(
            [
                f'{source}, line {row.line}, field "manager_email": nobody in {organisation.name} '
                f"or in the file has the address {row.manager_email}"
                for row in unknown
            ][:MAX_PROBLEMS]
        )
    teams = _teams(organisation, rows, source, report)
    people: dict[str, Person] = {}
    before: dict[str, tuple[object, ...]] = {}
    described: dict[str, dict[str, str]] = {}  # in words, before the file's changes
    for row in rows:
        person = existing.get(row.email)
        described[row.email] = _described(person) if person is not None else {}
        team = teams.get(row.team.lower()) if row.team else None
        if person is None:
            try:
                person = create_person(
                    organisation,
                    row.name,
                    role=row.role,
                    email=row.email,
                    title=row.title,
                    team=team,
                )
            except PeopleError as exc:
                raise _at(source, row, exc) from exc
            report.added += 1
        else:
            before[row.email] = _state(person)
            person.name, person.role, person.title, person.team = (
                row.name,
                row.role,
                row.title,
                team,
            )
            # Cleared first, set below: a re-import that swaps who manages whom would
            # otherwise look like a loop halfway through.
            person.manager = None
            person.save(update_fields=["name", "role", "title", "team", "manager"])
        people[row.email] = person
    for row in rows:
        if row.manager_email:
            manager = people.get(row.manager_email) or existing[row.manager_email]
            try:
                set_reporting_line(people[row.email], manager)
            except PeopleError as exc:
                raise _at(source, row, exc, "manager_email") from exc
    _refuse_frontline_managers(organisation, rows, source)
    for email, state in before.items():
        people[email].refresh_from_db()
        if _state(people[email]) == state:
            report.unchanged += 1
        else:
            report.updated += 1
    for row in rows:
        after = _described(people[row.email])
        old = described[row.email]
        changes = tuple(
            (what, old.get(what, ""), value)
            for what, value in after.items()
            # Someone new: what the file gives them (their name heads the row already).
            if value != old.get(what, "") and (old or (value and what != "Name"))
        )
        if not old:
            report.added_people.append(PersonChange(row.line, row.name, row.email, changes))
        elif changes:
            report.changed_people.append(PersonChange(row.line, row.name, row.email, changes))
    report.awaiting_password = sum(awaits_first_password(p) for p in people.values())
    report.not_in_file = len(set(existing) - set(people))
    if invite:
        for row in rows:
            if awaits_first_password(people[row.email]):
                try:
                    report.invitations.append(invite_person(people[row.email]))
                except PeopleError as exc:
                    raise _at(source, row, exc, "email") from exc
    return report


def _described(person: Person) -> dict[str, str]:
    """What a page says about someone the file names, field by field, in words."""
    return {
        "Name": person.name,
        "Role": person.get_role_display(),
        "Title": person.title,
        "Team": person.team.name if person.team else "",
        "Reports to": person.manager.name if person.manager else "",
    }


def _state(person: Person) -> tuple[object, ...]:
    return (person.name, person.role, person.title, person.team_id, person.manager_id)


def _at(source: str, row: RosterRow, exc: PeopleError, column: str = "") -> RosterError:
    """A service's refusal, placed at the row and column it came from."""
    # The services say "manager of X: ..." or "person email: ..."; the line says who.
    reason = split_refusal(str(exc))[1]
    return RosterError([f'{source}, line {row.line}, field "{column or exc.field}": {reason}'])


def _teams(
    organisation: Organisation, rows: list[RosterRow], source: str, report: RosterReport
) -> dict[str, Team]:
    """Every team the file names, by lower-cased name: found, or created (nested as given)."""
    teams = {t.name.lower(): t for t in Team.objects.live().filter(organisation=organisation)}

    def team(name: str) -> Team:
        if name.lower() not in teams:
            teams[name.lower()] = create_team(organisation, name)
            report.teams_added += 1
            report.new_teams.append(name)
        return teams[name.lower()]

    for row in rows:
        if not row.team:
            continue
        child = team(row.team)
        if row.parent_team:
            parent = team(row.parent_team)
            if child.parent_id == parent.pk:
                continue
            try:  # the Teams page's own move, with its refusal of a team inside itself
                update_team(child, name=child.name, parent=parent, description=child.description)
            except PeopleError as exc:
                raise _at(source, row, exc, "parent_team") from exc
    report.new_teams = [_placed(teams[name.lower()]) for name in report.new_teams]
    return teams


def _placed(team: Team) -> str:
    """A new team as the preview lists it: "Returns desk (inside Online)"."""
    return f"{team.name} (inside {team.parent.name})" if team.parent else team.name


def _refuse_frontline_managers(
    organisation: Organisation, rows: list[RosterRow], source: str
) -> None:
    """A frontline provider sees only their own work: nobody still here may report to one."""
    line_of = {row.email: row.line for row in rows}
    for person in Person.objects.filter(
        organisation=organisation, role=Role.FRONTLINE, direct_reports__active=True
    ).distinct():
        line = line_of.get(person.email)
        where = f"line {line}, " if line else ""
        raise RosterError(
            [
                f'{source}, {where}field "role": {person.name} is a frontline provider but '
                "people report to them; make them a manager or move their reports"
            ]
        )
