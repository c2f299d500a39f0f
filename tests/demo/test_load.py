"""Loading the demo organisation into the database."""

from __future__ import annotations

import random
import re
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Count

from legendary.conversations.models import Conversation, Customer, Turn
from legendary.demo import load
from legendary.demo.organisation import DEMO_PASSWORD
from legendary.people.models import Organisation, Person, Team
from legendary.people.permissions import report_ids

pytestmark = pytest.mark.django_db

TODAY = date(2026, 10, 1)
STEP_CALLS: list[tuple[Organisation, random.Random, date]] = []


def record_step(organisation: Organisation, rng: random.Random, today: date) -> None:
    """A registered demo step, as another app would write one."""
    STEP_CALLS.append((organisation, rng, today))


@pytest.fixture(autouse=True)
def fast_hashing(settings: object) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]


REGISTERED_STEPS = list(load.DEMO_STEPS)


@pytest.fixture(autouse=True)
def no_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Other apps' demo steps run in the full-size test only; elsewhere the loader is tested."""
    monkeypatch.setattr(load, "DEMO_STEPS", [])


@pytest.fixture
def registered_steps(no_steps: None, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(load, "DEMO_STEPS", REGISTERED_STEPS)
    return REGISTERED_STEPS


@pytest.fixture
def small_demo() -> load.DemoSummary:
    return load.load_demo_organisation(seed=3, today=TODAY, conversations=200, customers=60)


def test_it_creates_the_promised_counts(small_demo: load.DemoSummary) -> None:
    assert small_demo.created
    assert Organisation.objects.get().name == "Harbour & Pine"
    assert Team.objects.count() == small_demo.teams == 9
    assert Team.objects.filter(parent__isnull=False).count() == 4
    assert Person.objects.count() == small_demo.people == 40
    assert Customer.objects.count() == small_demo.customers == 60
    assert Conversation.objects.count() == small_demo.conversations == 200
    assert Turn.objects.count() == small_demo.turns > 200 * 6


def test_only_the_five_demo_accounts_can_log_in(small_demo: load.DemoSummary) -> None:
    users = get_user_model()._default_manager.all()
    assert sorted(u.username for u in users) == [
        "admin",
        "analyst",
        "frontline",
        "leader",
        "manager",
    ]
    assert all(u.check_password(DEMO_PASSWORD) for u in users)
    roles = {u.username: Person.objects.get(user=u).role for u in users}
    assert roles == {
        "leader": "leader",
        "manager": "manager",
        "frontline": "frontline",
        "analyst": "analyst",
        "admin": "admin",
    }
    assert small_demo.logins == ("admin", "analyst", "frontline", "leader", "manager")


def test_the_manager_login_sees_the_frontline_login_among_their_reports(
    small_demo: load.DemoSummary,
) -> None:
    manager = Person.objects.get(user__username="manager")
    frontline = Person.objects.get(user__username="frontline")
    leader = Person.objects.get(user__username="leader")
    assert frontline.manager == manager
    assert frontline.pk in report_ids(manager)
    assert manager.pk in report_ids(leader)


def test_loading_twice_adds_nothing(small_demo: load.DemoSummary) -> None:
    again = load.load_demo_organisation(seed=3, today=TODAY, conversations=200)
    assert not again.created
    assert "nothing loaded" in again.describe()
    assert Conversation.objects.count() == 200
    assert Person.objects.count() == 40
    assert load.demo_organisation_exists()


def test_stored_text_has_no_raw_e_mail_addresses_phone_or_card_numbers(
    small_demo: load.DemoSummary,
) -> None:
    texts = list(Turn.objects.values_list("text", flat=True))
    joined = "\n".join(texts)
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", joined)
    assert "07700 900" not in joined
    assert not re.search(r"\b(4111|5555|4000|5200) ?\d{4} ?\d{4} ?\d{4}\b", joined)
    assert "[EMAIL]" in joined
    assert "[PHONE]" in joined


def test_agent_turns_and_conversations_are_linked_to_people(small_demo: load.DemoSummary) -> None:
    agent_turns = Turn.objects.filter(speaker_role="agent")
    assert agent_turns.exists()
    assert not agent_turns.filter(person__isnull=True).exists()
    for conversation in Conversation.objects.prefetch_related("agents", "turns")[:50]:
        spoke = {t.person_id for t in conversation.turns.all() if t.person_id}
        assert {p.pk for p in conversation.agents.all()} == spoke
    handed_over = Conversation.objects.annotate(n=Count("agents")).filter(n=2)
    assert handed_over.exists()
    served = Person.objects.annotate(n=Count("conversations")).filter(n__gt=0)
    assert set(served.values_list("role", flat=True)) == {"frontline"}


def test_customers_first_and_last_contact_cover_their_conversations(
    small_demo: load.DemoSummary,
) -> None:
    window_start = datetime(2026, 7, 3, tzinfo=UTC)
    for customer in Customer.objects.annotate(n=Count("conversations")).filter(n__gt=0):
        assert customer.first_contact is not None
        assert customer.last_contact is not None
        assert window_start <= customer.first_contact <= customer.last_contact
        opened = customer.conversations.order_by("opened_at").first()
        assert opened is not None
        assert opened.opened_at == customer.first_contact
    assert Customer.objects.exclude(segment="").count() == 60


def test_registered_steps_run_with_their_own_seeded_generator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    STEP_CALLS.clear()
    monkeypatch.setattr(load, "DEMO_STEPS", [f"{__name__}.record_step"])
    load.load_demo_organisation(seed=3, today=TODAY, conversations=20, customers=10)
    ((organisation, rng, today),) = STEP_CALLS
    assert organisation.name == "Harbour & Pine"
    assert today == TODAY
    assert rng.random() == random.Random(f"3/{__name__}.record_step").random()


def test_a_step_that_cannot_be_imported_is_named_and_nothing_is_stored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(load, "DEMO_STEPS", ["legendary.nowhere.populate"])
    with pytest.raises(load.DemoError, match=r"legendary\.nowhere\.populate"):
        load.load_demo_organisation(seed=3, today=TODAY, conversations=20)
    assert not Organisation.objects.exists()


def test_progress_reaches_its_total() -> None:
    seen: list[tuple[int, int, str]] = []
    load.load_demo_organisation(
        seed=3, today=TODAY, conversations=30, customers=10, progress=lambda *a: seen.append(a)
    )
    done, total, _ = seen[-1]
    assert done == total
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)


def snapshot() -> list[tuple[str, str, str, str]]:
    return list(
        Turn.objects.order_by("conversation__external_id", "position").values_list(
            "conversation__external_id", "speaker_name", "text", "conversation__customer__segment"
        )
    )


def test_the_same_seed_and_day_load_the_same_organisation() -> None:
    load.load_demo_organisation(seed=3, today=TODAY, conversations=40, customers=20)
    first = snapshot()
    Organisation.objects.all().delete()
    get_user_model()._default_manager.all().delete()
    load.load_demo_organisation(seed=3, today=TODAY, conversations=40, customers=20)
    assert snapshot() == first
    Organisation.objects.all().delete()
    get_user_model()._default_manager.all().delete()
    load.load_demo_organisation(seed=4, today=TODAY, conversations=40, customers=20)
    assert snapshot() != first


def test_the_full_demo_loads_over_ninety_days_in_under_a_minute(
    registered_steps: list[str],
) -> None:
    # CPU time, not wall time: the test machine may be shared, and waiting for a core is not
    # the loader's cost. (Measured alone: about 5 s for the loader, 10 s with every app's step.)
    started = time.process_time()
    summary = load.load_demo_organisation(seed=7, today=TODAY)
    seconds = time.process_time() - started
    assert summary.conversations >= 2000
    assert summary.customers >= 300
    assert seconds < 60
    opened = [t for t in Conversation.objects.values_list("opened_at", flat=True) if t]
    assert len(opened) == summary.conversations
    assert min(opened) >= datetime(2026, 7, 3, tzinfo=UTC)
    assert max(opened) - min(opened) > timedelta(days=85)
    channels = set(Conversation.objects.values_list("channel", flat=True))
    assert channels == {"email", "chat", "phone", "social", "in_person"}
