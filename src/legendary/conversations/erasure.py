"""A customer's right to be forgotten (GDPR art. 17): erase what Legendary holds about one
customer, and keep them from coming back with the next import.

`erasure_plan` finds the customer and counts what would go; `erase_customer` deletes it in
one transaction: their conversations (turns, scorecards, behaviour outcomes, flags and
people's reviews of them, feedback and all, go with them; each deleted conversation and review
leaves an API tombstone through `legendary.api.signals`, so a nightly sync deletes its copy
too), their ids in source systems and the customer; the names
and subjects Django's admin log kept of them are blanked. What is
kept is an `ErasedCustomer` row per id holding only a keyed, slow one-way digest of it, which
the importer checks (`ErasedIds`) to skip their conversations in any later file.
`lift_suppression` removes such a row again, on the record (`LiftedErasure`).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.admin.models import DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q, QuerySet

from legendary.care import model as care
from legendary.conversations.models import (
    BehaviourOutcome,
    Conversation,
    ConversationFlag,
    Customer,
    CustomerIdentity,
    ErasedCustomer,
    ErasureKey,
    LiftedErasure,
    Review,
    Scorecard,
    Turn,
)
from legendary.lib.words import counted
from legendary.people.models import Organisation


class CustomerNotFoundError(LookupError):
    """No customer answers to the id given; `option` names the command's option at fault."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option


# scrypt's cost: about 2 MiB and a few milliseconds a digest. Trying every 8-digit id then
# takes some 10**8 x 3 ms, over a hundred CPU-hours; the importer computes one digest per
# customer of a file, and only when the organisation has erased anyone.
SCRYPT_COST = {"n": 2**11, "r": 8, "p": 1}


def erasure_salt() -> bytes:
    """This installation's salt (`ErasureKey`), made on first use if the migration's row is
    missing (a test database flushed, a database built without migrations)."""
    key = ErasureKey.objects.order_by("pk").first()
    if key is None:
        key, _ = ErasureKey.objects.get_or_create(pk=1, defaults={"salt": secrets.token_hex(32)})
    return bytes.fromhex(key.salt)


def _identity_text(organisation: Organisation, source: str, external_id: str) -> bytes:
    # Separated so that no two different triples give the same text.
    return "\x1f".join((str(organisation.pk), source, external_id)).encode()


def identity_digest(
    organisation: Organisation, source: str, external_id: str, *, salt: bytes | None = None
) -> str:
    """The one-way digest that stands for a customer's id in a source system: scrypt of the
    organisation, source and id (the importer's customer key), keyed with this installation's
    salt (pass `salt` to spare a query when making many)."""
    salt = erasure_salt() if salt is None else salt
    return _slow_digest(_identity_text(organisation, source, external_id), salt)


def legacy_digest(
    organisation: Organisation, source: str, external_id: str, *, salt: bytes | None = None
) -> str:
    """What a row written before `ErasureKey` holds (`keyed` false): the plain SHA-256 it was
    written with, wrapped since migration 0010 in the same keyed scrypt. A digest cannot be
    turned back into the id, so those rows could not be re-keyed; wrapped, each guess at
    them costs as much as at a keyed row. An import that meets the id re-keys the row."""
    salt = erasure_salt() if salt is None else salt
    plain = hashlib.sha256(_identity_text(organisation, source, external_id)).hexdigest()
    return _slow_digest(plain.encode(), salt)


def _slow_digest(text: bytes, salt: bytes) -> str:
    return hashlib.scrypt(text, salt=salt, dklen=32, **SCRYPT_COST).hex()


def _suppressions(
    organisation: Organisation, source: str, external_id: str
) -> QuerySet[ErasedCustomer]:
    """The rows that keep this id out of imports, keyed or from before the key."""
    salt = erasure_salt()
    return ErasedCustomer.objects.filter(organisation=organisation).filter(
        Q(keyed=True, digest=identity_digest(organisation, source, external_id, salt=salt))
        | Q(keyed=False, digest=legacy_digest(organisation, source, external_id, salt=salt))
    )


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing one customer deletes; the counts are taken before anything goes."""

    customer: Customer
    # The customer's number, kept here: deleting them sets `customer.pk` to None, and the
    # report after the erasure must still say which number went.
    number: int
    identities: list[CustomerIdentity]
    conversations: int
    turns: int
    scorecards: int
    behaviour_outcomes: int
    flags: int
    # People's reviews of the conversations: their verdicts and their free-text feedback.
    reviews: int

    def describe(self, *, done: bool) -> str:
        """Lines for people: what goes (or went), and what the figures no longer count."""
        verb = "Erased" if done else "Would erase"
        sources = ", ".join(sorted({identity.source for identity in self.identities})) or "none"
        return "\n".join(
            (
                f"{verb} customer #{self.number} (ids in: {sources}): "
                f"{counted(self.conversations, 'conversation')}, "
                f"{counted(self.turns, 'turn')}, {counted(self.scorecards, 'scorecard')}, "
                f"{counted(self.behaviour_outcomes, 'behaviour outcome')}, "
                f"{counted(self.flags, 'flag')}, "
                f"{counted(self.reviews, 'review')} (with the reviewers' feedback), "
                f"{counted(len(self.identities), 'source id')}.",
                "CARE averages, agents' and teams' figures are computed from stored scorecards: "
                f"from now on they {'no longer' if done else 'would no longer'} include these "
                "conversations.",
                "The API's deleted feed lists each conversation and review so a sync deletes "
                "its copy; "
                "a later import skips this customer's conversations (only a one-way digest of "
                "each id is kept, never the id).",
            )
        )


def find_customer(
    organisation: Organisation,
    *,
    source: str = "",
    external_id: str = "",
    email: str = "",
    customer_pk: int | None = None,
) -> Customer:
    """The customer by their id in a source system (as a data-protection request names them),
    by their e-mail address in a source whose file gave no id (the importer keyed them by a
    hash of it), or by Legendary's own number; `CustomerNotFoundError` naming the option
    otherwise."""
    customers = Customer.objects.filter(organisation=organisation)
    if customer_pk is not None:
        found = customers.filter(pk=customer_pk).first()
        if found is None:
            raise CustomerNotFoundError(
                "--customer", f"no customer #{customer_pk} in {organisation.slug}"
            )
        return found
    option, shown, key = _named_id(external_id, email)
    identity = (
        CustomerIdentity.objects.filter(organisation=organisation, source=source, external_id=key)
        .select_related("customer")
        .first()
    )
    if identity is not None:
        return identity.customer
    already = _suppressions(organisation, source, key).exists()
    problem = "was erased already" if already else "matches no customer"
    raise CustomerNotFoundError(option, f"{source}:{shown} {problem} in {organisation.slug}")


def erasure_plan(customer: Customer) -> ErasurePlan:
    """Count what erasing `customer` deletes, without deleting anything."""
    conversations = Conversation.objects.filter(customer=customer)
    return ErasurePlan(
        customer=customer,
        number=customer.pk,
        identities=list(customer.identities.order_by("source", "pk")),
        conversations=conversations.count(),
        turns=Turn.objects.filter(conversation__in=conversations).count(),
        scorecards=Scorecard.objects.filter(conversation__in=conversations).count(),
        behaviour_outcomes=BehaviourOutcome.objects.filter(conversation__in=conversations).count(),
        flags=ConversationFlag.objects.filter(conversation__in=conversations).count(),
        reviews=Review.objects.filter(conversation__in=conversations).count(),
    )


LIFT_NOTE = (
    "That suppression lasts until someone runs legendary forget-customer --lift for their id."
)


def erased_log_text(customer: Customer) -> str:
    """What the admin's log says of an erased customer instead of their name."""
    return f"erased customer #{customer.pk}"


def _blank_admin_log(customer: Customer) -> None:
    """Blank the name and subjects that Django's admin log kept of this customer and their
    conversations (each change row holds `str(obj)` and the changed fields' labels); the
    neutral deletion row of this very erasure (`erased_log_text`) stays as the record."""
    rows = LogEntry.objects.filter(
        Q(
            content_type=ContentType.objects.get_for_model(Customer),
            object_id=str(customer.pk),
        )
        | Q(
            content_type=ContentType.objects.get_for_model(Conversation),
            object_id__in=[
                str(pk)
                for pk in Conversation.objects.filter(customer=customer).values_list(
                    "pk", flat=True
                )
            ],
        )
    ).exclude(action_flag=DELETION, object_repr=erased_log_text(customer))
    rows.update(object_repr="", change_message="")


def erase_customer(plan: ErasurePlan) -> None:
    """Delete the planned customer and everything of theirs, all or nothing, and record the
    digests that keep their conversations out of later imports."""
    customer = plan.customer
    salt = erasure_salt()
    with transaction.atomic():
        _blank_admin_log(customer)
        ErasedCustomer.objects.bulk_create(
            (
                ErasedCustomer(
                    organisation_id=customer.organisation_id,
                    digest=identity_digest(
                        customer.organisation, identity.source, identity.external_id, salt=salt
                    ),
                )
                for identity in plan.identities
            ),
            ignore_conflicts=True,
        )
        # A queryset delete sends pre_delete for each conversation: the API's tombstones.
        Conversation.objects.filter(customer=customer).delete()
        customer.delete()  # and their identities with them


@dataclass
class ErasedIds:
    """An organisation's suppression list as one import run checks it: the digests are read
    once, and each customer's digest (scrypt: slow by design) is made at most once a run, and
    not at all when nobody was erased. A row from before the key that matches is re-keyed."""

    organisation: Organisation
    keyed: set[str] = field(init=False)
    legacy: dict[str, int] = field(init=False)
    verdicts: dict[tuple[str, str], bool] = field(init=False, default_factory=dict)
    salt: bytes = field(init=False, default=b"")

    def __post_init__(self) -> None:
        rows = ErasedCustomer.objects.filter(organisation=self.organisation)
        self.keyed, self.legacy = set(), {}
        for pk, digest, keyed in rows.values_list("pk", "digest", "keyed"):
            if keyed:
                self.keyed.add(digest)
            else:
                self.legacy[digest] = pk
        if self.keyed or self.legacy:
            self.salt = erasure_salt()

    def is_erased(self, source: str, key: str) -> bool:
        """Whether the customer with this importer key in `source` asked to be forgotten."""
        if not key or not (self.keyed or self.legacy):
            return False
        verdict = self.verdicts.get((source, key))
        if verdict is None:
            verdict = self.verdicts[(source, key)] = self._check(source, key)
        return verdict

    def _check(self, source: str, key: str) -> bool:
        digest = identity_digest(self.organisation, source, key, salt=self.salt)
        # A second scrypt, only while rows from before the key are left to meet.
        old = (
            self.legacy.pop(legacy_digest(self.organisation, source, key, salt=self.salt), None)
            if self.legacy
            else None
        )
        if old is not None:
            rows = ErasedCustomer.objects.filter(pk=old)
            if digest in self.keyed:
                rows.delete()
            else:
                rows.update(digest=digest, keyed=True)
            self.keyed.add(digest)
        return digest in self.keyed

    def split(
        self, conversations: Iterable[care.Conversation]
    ) -> tuple[list[care.Conversation], int]:
        """The conversations of customers not erased, and how many were left out."""
        from legendary.conversations.importer import customer_key, customer_of

        kept, left_out = [], 0
        for conversation in conversations:
            key = customer_key(customer_of(conversation))
            if self.is_erased(conversation.source, key):
                left_out += 1
            else:
                kept.append(conversation)
        return kept, left_out


def lift_suppression(
    organisation: Organisation,
    *,
    source: str,
    external_id: str = "",
    email: str = "",
    lifted_by: str,
    reason: str = "",
) -> LiftedErasure:
    """Let an erased customer's conversations be imported again (they asked to come back, or
    the erasure named the wrong id): delete the rows that suppress this id and record who
    lifted them, when and why. `CustomerNotFoundError` when the id is not suppressed."""
    option, shown, key = _named_id(external_id, email)
    rows = _suppressions(organisation, source, key)
    with transaction.atomic():
        erased_at = min(rows.values_list("erased_at", flat=True), default=None)
        if erased_at is None:
            raise CustomerNotFoundError(
                option, f"{source}:{shown} is not suppressed in {organisation.slug}"
            )
        rows.delete()
        return LiftedErasure.objects.create(
            organisation=organisation, lifted_by=lifted_by, reason=reason, erased_at=erased_at
        )


def _named_id(external_id: str, email: str) -> tuple[str, str, str]:
    """(the command's option that named the customer, the id as given, the importer's key
    for it): a customer known only by their e-mail address is keyed by a hash of it."""
    if not email:
        return "--external-id", external_id, external_id
    from legendary.conversations.importer import customer_key

    return "--email", email, customer_key(care.Customer(email=email))
