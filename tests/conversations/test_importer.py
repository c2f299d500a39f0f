"""The import service: atomic, idempotent, redacting, and honest about agents it cannot match.

The same tests run on SQLite and, with DATABASE_URL set, on PostgreSQL (see .ci/run).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from legendary.care.formats import FormatError
from legendary.conversations.importer import ImportConflictError, import_conversations
from legendary.conversations.models import (
    Conversation,
    Customer,
    CustomerIdentity,
    ImportBatch,
    Turn,
)
from legendary.people.models import Organisation, Person, Role
from legendary.people.services import create_organisation, create_person

pytestmark = pytest.mark.django_db

# Three conversations of a small online shop: a late parcel (served by Priya, matched by
# name in another case), a refund (served by Tom, matched by e-mail), and a sizing question
# answered by a temp nobody added to Legendary.
LATE_PARCEL = {
    "id": "T-100",
    "channel": "email",
    "subject": "Where is my parcel?",
    "customer": {"id": "cust-1", "name": "Hannah Lee"},
    "turns": [
        {
            "speaker": "customer",
            "text": "My parcel was due Tuesday and still has not arrived.",
            "timestamp": "2026-10-01T09:00:00Z",
        },
        {
            "speaker": "agent",
            "name": "priya shah",
            "text": "I'm sorry it's late, Hannah. I will chase the courier myself today.",
            "timestamp": "2026-10-01T09:05:00Z",
        },
    ],
}
REFUND = {
    "id": "T-101",
    "channel": "chat",
    "customer": {"id": "cust-2", "name": "Omar Haddad"},
    "turns": [
        {
            "speaker": "customer",
            "text": "Please refund card 4111 1111 1111 1111, you can reach me on omar@example.com",
            "timestamp": "2026-10-02T14:00:00Z",
        },
        {
            "speaker": "agent",
            "name": "Thomas",
            "email": "TOM.BAKER@shop.example",
            "text": "Thanks Omar, the refund is on its way and should land within five days.",
            "timestamp": "2026-10-02T14:03:00Z",
        },
    ],
}
SIZING = {
    "id": "T-102",
    "channel": "chat",
    "customer": {"id": "cust-1", "name": "Hannah Lee"},
    "turns": [
        {
            "speaker": "customer",
            "text": "Do the walking boots run small?",
            "timestamp": "2026-10-05T11:00:00Z",
        },
        {
            "speaker": "agent",
            "name": "Jess (temp)",
            "text": "They do a little; most people go half a size up.",
            "timestamp": "2026-10-05T11:02:00Z",
        },
    ],
}


def write_jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def shop() -> Organisation:
    shop = create_organisation("Trailhead Outfitters", "trailhead")
    create_person(shop, "Priya Shah", role=Role.FRONTLINE, email="priya@shop.example")
    create_person(shop, "Tom Baker", role=Role.FRONTLINE, email="tom.baker@shop.example")
    return shop


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "october.jsonl", LATE_PARCEL, REFUND, SIZING)


def stored_counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Conversation, Turn, Customer, CustomerIdentity, ImportBatch, Person)
    }


def test_it_stores_every_conversation_with_its_turns_in_order(shop, export):
    report = import_conversations(shop, export)

    assert report.conversations_added == 3
    assert report.turns_added == 6
    assert report.customers_added == 2
    parcel = Conversation.objects.get(organisation=shop, external_id="T-100")
    assert parcel.source == "jsonl"
    assert parcel.channel == "email"
    assert parcel.subject == "Where is my parcel?"
    assert parcel.opened_at == datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    assert parcel.closed_at == datetime(2026, 10, 1, 9, 5, tzinfo=UTC)
    assert [t.speaker_role for t in parcel.turns.all()] == ["customer", "agent"]
    assert parcel.turns.all()[1].text.startswith("I'm sorry it's late, Hannah.")


def test_it_matches_agents_by_name_or_email_ignoring_case(shop, export):
    import_conversations(shop, export)

    priya = Person.objects.get(name="Priya Shah")
    tom = Person.objects.get(name="Tom Baker")
    parcel = Conversation.objects.get(external_id="T-100")
    refund = Conversation.objects.get(external_id="T-101")
    assert list(parcel.agents.all()) == [priya]
    assert list(refund.agents.all()) == [tom]
    assert parcel.turns.get(position=1).person == priya
    # The stored name is the person's own, not the spelling in the export.
    assert refund.turns.get(position=1).speaker_name == "Tom Baker"


def test_an_agent_name_written_without_accents_finds_the_person(shop, tmp_path):
    # Found importing a help desk's export for a new organisation: "Emile Mensah" in the
    # export (an ASCII keyboard) matched nobody, though "Émile Mensah" had been imported.
    emile = create_person(shop, "Émile Mensah", role=Role.FRONTLINE)
    create_person(shop, "Zoë Ng", role=Role.FRONTLINE)
    create_person(shop, "Zoe Ng", role=Role.FRONTLINE)
    answered = {
        **SIZING,
        "turns": [
            {"speaker": "customer", "text": "Does the fleece run small?"},
            {"speaker": "agent", "name": "Emile  MENSAH", "text": "A little; go one size up."},
        ],
    }
    ambiguous = {
        **SIZING,
        "id": "T-200",
        "turns": [{"speaker": "agent", "name": "Zoe Ng", "text": "Good morning!"}],
    }

    report = import_conversations(shop, write_jsonl(tmp_path / "x.jsonl", answered, ambiguous))

    assert list(Conversation.objects.get(external_id=SIZING["id"]).agents.all()) == [emile]
    # Two people whose names differ only by an accent: guessing could credit the wrong one.
    assert report.unknown_agents == ["Zoe Ng"]


def test_importing_again_credits_stored_conversations_to_an_agent_added_since(shop, export):
    # The admin reads "Jess (temp) matched nobody", adds Jess, and imports the file again:
    # before, her conversation stayed nobody's and the summary said nothing about it.
    import_conversations(shop, export)
    jess = create_person(shop, "Jess (temp)", role=Role.FRONTLINE)

    report = import_conversations(shop, export)

    sizing = Conversation.objects.get(external_id="T-102")
    assert list(sizing.agents.all()) == [jess]
    assert sizing.turns.get(position=1).person == jess
    assert report.unknown_agents == []
    assert "1 stored conversation now credited to people who matched nobody before" in (
        report.summary()
    )
    assert import_conversations(shop, export).conversations_credited == 0


def test_it_reports_unknown_agents_and_invents_nobody(shop, export):
    people_before = Person.objects.count()

    report = import_conversations(shop, export)

    assert report.unknown_agents == ["Jess (temp)"]
    assert Person.objects.count() == people_before
    sizing = Conversation.objects.get(external_id="T-102")
    answer = sizing.turns.get(position=1)
    assert answer.person is None
    assert answer.speaker_name == "Jess (temp)"
    assert sizing.agents.count() == 0
    assert ImportBatch.objects.get(pk=report.batch_id).unknown_agents == ["Jess (temp)"]


def test_it_never_matches_people_of_another_organisation(shop, tmp_path):
    other = create_organisation("Harbour Hardware", "harbour")
    create_person(other, "Rosa Diaz", email="rosa@harbour.example")
    visit = {**SIZING, "turns": [{"speaker": "agent", "name": "Rosa Diaz", "text": "Hello!"}]}

    report = import_conversations(shop, write_jsonl(tmp_path / "one.jsonl", visit))

    assert report.unknown_agents == ["Rosa Diaz"]
    assert Turn.objects.get().person is None


def test_it_redacts_personal_data_before_storing(shop, export):
    import_conversations(shop, export)

    asked = Conversation.objects.get(external_id="T-101").turns.get(position=0).text
    assert "4111" not in asked
    assert "omar@example.com" not in asked
    assert "[CARD]" in asked
    assert "[EMAIL]" in asked
    assert not Turn.objects.filter(text__contains="@example.com").exists()


def test_it_creates_customers_once_per_source_id_with_first_and_last_contact(shop, export):
    import_conversations(shop, export)

    hannah = CustomerIdentity.objects.get(organisation=shop, external_id="cust-1").customer
    assert hannah.display_name == "Hannah Lee"
    assert hannah.conversations.count() == 2
    assert hannah.first_contact == datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    assert hannah.last_contact == datetime(2026, 10, 5, 11, 2, tzinfo=UTC)


def test_a_later_file_extends_a_known_customer_instead_of_duplicating_them(shop, export, tmp_path):
    import_conversations(shop, export)
    follow_up = {
        **SIZING,
        "id": "T-200",
        "turns": [
            {"speaker": "customer", "text": "Thanks!", "timestamp": "2026-11-20T08:00:00Z"},
        ],
    }

    report = import_conversations(shop, write_jsonl(tmp_path / "november.jsonl", follow_up))

    assert report.customers_added == 0
    hannah = CustomerIdentity.objects.get(external_id="cust-1").customer
    assert hannah.conversations.count() == 3
    assert hannah.first_contact == datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    assert hannah.last_contact == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def test_importing_the_same_file_twice_adds_nothing(shop, export):
    import_conversations(shop, export)
    before = stored_counts()

    again = import_conversations(shop, export)

    assert again.conversations_added == 0
    assert again.conversations_skipped == 3
    after = stored_counts()
    # The second run is recorded (an audit line: "0 added, 3 skipped"), nothing else is.
    assert after == {**before, "ImportBatch": before["ImportBatch"] + 1}


def test_it_records_the_batch_with_file_name_hash_and_counts(shop, export):
    report = import_conversations(shop, export)

    batch = ImportBatch.objects.get(pk=report.batch_id)
    assert batch.file_name == "october.jsonl"
    assert len(batch.sha256) == 64
    assert batch.sha256 == report.sha256
    assert batch.format == "jsonl"
    assert batch.conversations_added == 3
    assert set(batch.conversations.values_list("external_id", flat=True)) == {
        "T-100",
        "T-101",
        "T-102",
    }


def test_a_bad_last_record_leaves_the_database_untouched(shop, tmp_path):
    broken = {**SIZING, "id": "T-999", "turns": [{"speaker": "clerk", "text": "Hi"}]}
    path = write_jsonl(tmp_path / "broken.jsonl", LATE_PARCEL, REFUND, broken)
    before = stored_counts()

    with pytest.raises(FormatError) as caught:
        import_conversations(shop, path)

    assert caught.value.line == 3
    assert caught.value.field is not None
    assert "speaker" in caught.value.field
    assert stored_counts() == before


def test_a_dry_run_counts_everything_and_stores_nothing(shop, export):
    before = stored_counts()

    report = import_conversations(shop, export, dry_run=True)

    assert report.dry_run
    assert report.conversations_added == 3
    assert report.unknown_agents == ["Jess (temp)"]
    assert report.batch_id is None
    assert stored_counts() == before


def test_progress_is_reported_as_conversations_are_read(shop, export):
    seen: list[int] = []

    import_conversations(shop, export, progress=seen.append)

    assert seen == [3]


def test_the_summary_line_names_what_happened(shop, export):
    line = import_conversations(shop, export).summary()

    assert line.startswith("october.jsonl: added 3 conversations (6 turns, 2 new customers)")
    assert "Jess (temp)" in line


@pytest.mark.django_db(transaction=True)
def test_a_bad_file_rolls_back_a_real_transaction(shop, tmp_path):
    # Without the test-case wrapper transaction, this checks a real COMMIT/ROLLBACK.
    path = write_jsonl(tmp_path / "half.jsonl", LATE_PARCEL, REFUND)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    before = stored_counts()

    with pytest.raises(FormatError):
        import_conversations(shop, path)

    assert stored_counts() == before


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_imports_of_one_file_at_once_store_it_exactly_once(shop, export):
    # PostgreSQL lets two imports overlap (SQLite queues them). The second one's inserts wait
    # on the first one's uncommitted rows, then fail: it must store nothing and say why.
    import threading
    import time

    from django.db import connection, connections

    first_wrote = threading.Event()
    release_first = threading.Event()
    outcomes: dict[str, object] = {}

    def hold(_: int) -> None:
        first_wrote.set()
        release_first.wait(timeout=30)

    def run(name: str, progress: object) -> None:
        try:
            outcomes[name] = import_conversations(shop, export, progress=progress)  # type: ignore[arg-type]
        except Exception as exc:  # the test inspects whatever happened
            outcomes[name] = exc
        finally:
            connections.close_all()

    first = threading.Thread(target=run, args=("first", hold))
    first.start()
    assert first_wrote.wait(timeout=30)
    second = threading.Thread(target=run, args=("second", None))
    second.start()
    with connection.cursor() as cursor:  # wait until the second import is blocked on a lock
        for _ in range(300):
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
            if cursor.fetchone()[0]:
                break
            time.sleep(0.1)
    release_first.set()
    first.join(timeout=60)
    second.join(timeout=60)

    assert getattr(outcomes["first"], "conversations_added", None) == 3
    assert isinstance(outcomes["second"], ImportConflictError)
    assert "run the import again" in str(outcomes["second"])
    assert Conversation.objects.count() == 3
    assert ImportBatch.objects.count() == 1


FIXTURES = Path(__file__).parent.parent / "fixtures" / "formats"


@pytest.mark.parametrize(
    ("file_name", "format_name"),
    [
        ("conversations.jsonl", "jsonl"),
        ("messages.csv", "csv"),
        ("zendesk_tickets.json", "zendesk"),
        ("intercom_conversations.json", "intercom"),
        ("twcs.csv", "twcs"),
    ],
)
def test_every_supported_export_imports_with_its_format_recognised(shop, file_name, format_name):
    report = import_conversations(shop, FIXTURES / file_name)

    assert report.format == format_name
    assert report.conversations_added > 0
    stored = Conversation.objects.filter(organisation=shop)
    assert stored.count() == report.conversations_added
    assert Turn.objects.filter(conversation__in=stored).count() == report.turns_added
    assert not Turn.objects.filter(text__regex=r"[\w.+-]+@[\w-]+\.[\w.]+").exists()
    assert import_conversations(shop, FIXTURES / file_name).conversations_added == 0
