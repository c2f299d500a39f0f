"""A customer's right to be forgotten: erasing one customer deletes their conversations with
every turn, scorecard, outcome and flag, leaves an API tombstone for each, touches nobody
else, and keeps a re-import of the same file from bringing them back (only a digest of
their id is kept). On 60b6932 there was no way to erase a customer at all."""

from __future__ import annotations

import hashlib
import importlib
import time
from pathlib import Path

import pytest
from django.apps import apps as django_apps

from legendary.api.models import Deletion
from legendary.conversations import erasure
from legendary.conversations.erasure import (
    CustomerNotFoundError,
    erase_customer,
    erasure_plan,
    erasure_salt,
    find_customer,
    identity_digest,
    legacy_digest,
    lift_suppression,
)
from legendary.conversations.importer import import_conversations
from legendary.conversations.models import (
    BehaviourOutcome,
    Conversation,
    Customer,
    CustomerIdentity,
    ErasedCustomer,
    ErasureKey,
    Review,
    Scorecard,
    Turn,
)
from legendary.conversations.scoring import score_conversations
from legendary.people.models import Organisation, Person, Role
from legendary.people.services import create_organisation
from web.test_agreement_page import make_review

pytestmark = pytest.mark.django_db

HEADER = "conversation_id,speaker_role,speaker_name,customer_id,customer_name,text\n"
ROWS = [
    "T-101,customer,Ingrid Moss,cust-7731,Ingrid Moss,My kettle stopped heating after a week.",
    "T-101,agent,Sam,,,I am sorry Ingrid. I will send a replacement today.",
    "T-102,customer,Ingrid Moss,cust-7731,Ingrid Moss,The new kettle arrived. Thank you!",
    "T-102,agent,Sam,,,Glad to hear it. Enjoy your tea.",
    "T-103,customer,Felix Ora,cust-2290,Felix Ora,Can I return an unopened toaster?",
    "T-103,agent,Sam,,,Yes: within thirty days. I have emailed you a label.",
]


@pytest.fixture
def shop() -> Organisation:
    return create_organisation("Hearth & Home", "hearth")


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "march.csv"
    path.write_text(HEADER + "".join(row + "\n" for row in ROWS), encoding="utf-8")
    return path


@pytest.fixture
def imported(shop: Organisation, export: Path) -> Path:
    import_conversations(shop, export)
    score_conversations(Conversation.objects.filter(organisation=shop))
    return export


def _ingrid(shop: Organisation) -> Customer:
    return find_customer(shop, source="csv", external_id="cust-7731")


def test_erasing_deletes_the_customer_and_their_conversations_and_leaves_tombstones(
    shop: Organisation, imported: Path
) -> None:
    ingrid = _ingrid(shop)
    theirs = set(Conversation.objects.filter(customer=ingrid).values_list("pk", flat=True))
    felix_conversation = Conversation.objects.get(external_id="T-103")
    felix_turns = felix_conversation.turns.count()
    plan = erasure_plan(ingrid)
    assert (plan.conversations, plan.turns, plan.scorecards) == (2, 4, 2)
    assert plan.behaviour_outcomes > 0

    erase_customer(plan)

    assert not Customer.objects.filter(pk=ingrid.pk).exists()
    assert not CustomerIdentity.objects.filter(external_id="cust-7731").exists()
    assert not Conversation.objects.filter(pk__in=theirs).exists()
    assert not Turn.objects.filter(conversation_id__in=theirs).exists()
    assert not Scorecard.objects.filter(conversation_id__in=theirs).exists()
    assert not BehaviourOutcome.objects.filter(conversation_id__in=theirs).exists()
    tombstones = Deletion.objects.filter(kind=Deletion.Kind.CONVERSATION)
    assert set(tombstones.values_list("conversation_id", flat=True)) == theirs
    # Felix is untouched, scorecard and all.
    felix_conversation.refresh_from_db()
    assert felix_conversation.customer is not None
    assert felix_conversation.customer.display_name == "Felix Ora"
    assert felix_conversation.turns.count() == felix_turns
    assert Scorecard.objects.filter(conversation=felix_conversation).exists()


def test_a_reimport_skips_the_erased_customer_and_says_why(
    shop: Organisation, imported: Path
) -> None:
    erase_customer(erasure_plan(_ingrid(shop)))
    report = import_conversations(shop, imported)
    assert report.conversations_added == 0
    assert report.skipped_erased == 2
    assert report.conversations_skipped == 3  # Felix's is simply already stored
    assert "skipped 1 already stored and 2 of customers who asked to be forgotten" in (
        report.summary()
    )
    assert not Customer.objects.filter(display_name="Ingrid Moss").exists()
    assert not Conversation.objects.filter(external_id__in=["T-101", "T-102"]).exists()


def test_the_suppression_table_holds_only_a_digest_never_the_id(
    shop: Organisation, imported: Path
) -> None:
    erase_customer(erasure_plan(_ingrid(shop)))
    rows = list(ErasedCustomer.objects.values("digest"))
    assert rows == [{"digest": identity_digest(shop, "csv", "cust-7731")}]
    stored = " ".join(
        str(value) for row in ErasedCustomer.objects.values() for value in row.values()
    )
    assert "cust-7731" not in stored
    assert "7731" not in stored.replace(rows[0]["digest"], "")


def test_an_id_not_stored_is_a_clear_error_naming_the_option(
    shop: Organisation, imported: Path
) -> None:
    with pytest.raises(CustomerNotFoundError) as unknown:
        find_customer(shop, source="csv", external_id="cust-0000")
    assert unknown.value.option == "--external-id"
    assert "csv:cust-0000 matches no customer" in str(unknown.value)
    erase_customer(erasure_plan(_ingrid(shop)))
    with pytest.raises(CustomerNotFoundError, match="was erased already"):
        _ingrid(shop)
    with pytest.raises(CustomerNotFoundError) as by_number:
        find_customer(shop, customer_pk=999_999)
    assert by_number.value.option == "--customer"


# The digest: keyed per installation and slow. On 942779b it was a plain SHA-256 of the
# organisation, source and id, so every short numeric id could be tried in seconds.


def test_the_digest_is_keyed_by_the_installations_salt_not_a_plain_sha256(
    shop: Organisation,
) -> None:
    plain = hashlib.sha256(f"{shop.pk}\x1fcsv\x1f4417".encode()).hexdigest()
    keyed = identity_digest(shop, "csv", "4417")
    assert keyed != plain
    assert keyed == identity_digest(shop, "csv", "4417")  # stable while the key stays
    key = ErasureKey.objects.get()
    key.salt = "00" * 32
    key.save()
    assert identity_digest(shop, "csv", "4417") != keyed  # another installation's salt


def test_the_digest_is_slow_enough_that_trying_every_8_digit_id_takes_hours(
    shop: Organisation,
) -> None:
    salt = erasure_salt()
    started = time.perf_counter()
    for candidate in range(20):
        identity_digest(shop, "zendesk", str(10_000_000 + candidate), salt=salt)
    each = (time.perf_counter() - started) / 20
    assert each * 10**8 > 10 * 3600  # at least ten CPU-hours for every 8-digit id


def test_an_import_makes_no_digest_when_nobody_was_erased_and_one_per_customer_otherwise(
    shop: Organisation, export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []

    def counting(organisation: Organisation, source: str, key: str, **salt: bytes) -> str:
        made.append(key)
        return identity_digest(organisation, source, key, **salt)

    monkeypatch.setattr(erasure, "identity_digest", counting)
    import_conversations(shop, export)
    assert made == []  # nobody erased: nothing to compare with
    erase_customer(erasure_plan(_ingrid(shop)))
    made.clear()
    report = import_conversations(shop, export)
    assert report.skipped_erased == 2
    assert sorted(made) == ["cust-2290", "cust-7731"]  # Ingrid's two conversations: one digest


def _row_from_before_the_key(shop: Organisation) -> str:
    """Ingrid erased before the key existed: her row holds the plain SHA-256 of her id, as
    written then, and migration 0010 has run over it. Returns that plain digest."""
    ingrid = _ingrid(shop)
    Conversation.objects.filter(customer=ingrid).delete()
    ingrid.delete()
    plain = hashlib.sha256(f"{shop.pk}\x1fcsv\x1fcust-7731".encode()).hexdigest()
    ErasedCustomer.objects.create(organisation=shop, digest=plain, keyed=False)
    migration = importlib.import_module(
        "legendary.conversations.migrations.0010_wrap_legacy_erasure_digests"
    )
    migration.wrap_plain_digests(django_apps, None)
    return plain


def test_a_row_from_before_the_key_still_suppresses_and_is_rekeyed_when_seen(
    shop: Organisation, imported: Path
) -> None:
    _row_from_before_the_key(shop)
    with pytest.raises(CustomerNotFoundError, match="was erased already"):
        _ingrid(shop)

    assert import_conversations(shop, imported).skipped_erased == 2

    row = ErasedCustomer.objects.get()
    assert row.keyed
    assert row.digest == identity_digest(shop, "csv", "cust-7731")
    assert import_conversations(shop, imported).skipped_erased == 2


def test_the_migration_wraps_a_plain_digest_in_the_keyed_scrypt(
    shop: Organisation,
    imported: Path,  # Ingrid is imported before she is erased
) -> None:
    """A digest cannot be turned back into the id, so an old row cannot be re-keyed before
    an import meets the id; but its plain SHA-256 (seconds to try every short id against)
    no longer stands in the table: the keyed, slow digest of it does."""
    plain = _row_from_before_the_key(shop)
    row = ErasedCustomer.objects.get()
    assert row.digest != plain
    assert not row.keyed  # re-keyed only when an import meets the id
    assert row.digest == legacy_digest(shop, "csv", "cust-7731")
    key = ErasureKey.objects.get()
    key.salt = "00" * 32
    key.save()
    assert legacy_digest(shop, "csv", "cust-7731") != row.digest  # keyed by the salt


def test_a_wrapped_row_can_be_lifted(shop: Organisation, imported: Path) -> None:
    _row_from_before_the_key(shop)
    lift_suppression(shop, source="csv", external_id="cust-7731", lifted_by="dpo")
    assert not ErasedCustomer.objects.exists()
    assert import_conversations(shop, imported).skipped_erased == 0


def test_the_plan_counts_the_reviews_that_go_with_the_conversations(
    shop: Organisation, imported: Path
) -> None:
    """The dry run and the admin's confirmation said nothing of reviews, though each of the
    customer's conversations takes its reviews (and the reviewers' feedback) with it."""
    ingrid = _ingrid(shop)
    first, second = Conversation.objects.filter(customer=ingrid).order_by("external_id")
    felix = Conversation.objects.get(external_id="T-103")
    qa = Person.objects.create(organisation=shop, name="Quinn Checker", role=Role.ANALYST)
    lead = Person.objects.create(organisation=shop, name="Lou Lead", role=Role.LEADER)
    make_review(first, qa, {"apologises": ("present", "present")})
    make_review(first, lead, {"apologises": ("present", "absent")})
    make_review(second, qa, {"thanks": ("present", "present")})
    make_review(felix, qa, {"thanks": ("absent", "absent")})  # not Ingrid's: not counted
    plan = erasure_plan(ingrid)
    assert plan.reviews == 3
    assert "3 reviews (with the reviewers' feedback)" in plan.describe(done=False)
    assert "each conversation and review" in plan.describe(done=False)
    erase_customer(plan)
    assert Review.objects.count() == 1
    assert "3 reviews" in plan.describe(done=True)
