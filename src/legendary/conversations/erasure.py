"""A customer's right to be forgotten (GDPR art. 17): erase what Legendary holds about one
customer, and keep them from coming back with the next import.

`erasure_plan` finds the customer and counts what would go; `erase_customer` deletes it in
one transaction: their conversations (turns, scorecards, behaviour outcomes and flags go with
them; each deleted conversation leaves an API tombstone through `legendary.api.signals`, so a
nightly sync deletes its copy too), their ids in source systems and the customer. What is
kept is an `ErasedCustomer` row per id holding only a one-way digest of it, which the
importer checks (`without_erased`) to skip their conversations in any later file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction

from legendary.care import model as care
from legendary.conversations.models import (
    BehaviourOutcome,
    Conversation,
    ConversationFlag,
    Customer,
    CustomerIdentity,
    ErasedCustomer,
    Scorecard,
    Turn,
)
from legendary.people.models import Organisation


class CustomerNotFoundError(LookupError):
    """No customer answers to the id given; `option` names the command's option at fault."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option


def identity_digest(organisation: Organisation, source: str, external_id: str) -> str:
    """The one-way digest that stands for a customer's id in a source system: SHA-256 of the
    organisation, source and id (the importer's customer key), separated so that no two
    different triples give the same text."""
    text = "\x1f".join((str(organisation.pk), source, external_id))
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing one customer deletes; the counts are taken before anything goes."""

    customer: Customer
    identities: list[CustomerIdentity]
    conversations: int
    turns: int
    scorecards: int
    behaviour_outcomes: int
    flags: int

    def describe(self, *, done: bool) -> str:
        """Lines for people: what goes (or went), and what the figures no longer count."""
        verb = "Erased" if done else "Would erase"
        sources = ", ".join(sorted({identity.source for identity in self.identities})) or "none"
        return "\n".join(
            (
                f"{verb} customer #{self.customer.pk} (ids in: {sources}): "
                f"{_count(self.conversations, 'conversation')}, "
                f"{_count(self.turns, 'turn')}, {_count(self.scorecards, 'scorecard')}, "
                f"{_count(self.behaviour_outcomes, 'behaviour outcome')}, "
                f"{_count(self.flags, 'flag')}, {_count(len(self.identities), 'source id')}.",
                "CARE averages, agents' and teams' figures are computed from stored scorecards: "
                f"from now on they {'no longer' if done else 'would no longer'} include these "
                "conversations.",
                "The API's deleted feed lists each conversation so a sync deletes its copy; "
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
    option, shown = "--external-id", external_id
    if email:
        from legendary.conversations.importer import customer_key

        option, shown = "--email", email
        external_id = customer_key(care.Customer(email=email))
    identity = (
        CustomerIdentity.objects.filter(
            organisation=organisation, source=source, external_id=external_id
        )
        .select_related("customer")
        .first()
    )
    if identity is not None:
        return identity.customer
    already = ErasedCustomer.objects.filter(
        organisation=organisation, digest=identity_digest(organisation, source, external_id)
    ).exists()
    problem = "was erased already" if already else "matches no customer"
    raise CustomerNotFoundError(option, f"{source}:{shown} {problem} in {organisation.slug}")


def erasure_plan(customer: Customer) -> ErasurePlan:
    """Count what erasing `customer` deletes, without deleting anything."""
    conversations = Conversation.objects.filter(customer=customer)
    return ErasurePlan(
        customer=customer,
        identities=list(customer.identities.order_by("source", "pk")),
        conversations=conversations.count(),
        turns=Turn.objects.filter(conversation__in=conversations).count(),
        scorecards=Scorecard.objects.filter(conversation__in=conversations).count(),
        behaviour_outcomes=BehaviourOutcome.objects.filter(conversation__in=conversations).count(),
        flags=ConversationFlag.objects.filter(conversation__in=conversations).count(),
    )


def erase_customer(plan: ErasurePlan) -> None:
    """Delete the planned customer and everything of theirs, all or nothing, and record the
    digests that keep their conversations out of later imports."""
    customer = plan.customer
    with transaction.atomic():
        ErasedCustomer.objects.bulk_create(
            (
                ErasedCustomer(
                    organisation_id=customer.organisation_id,
                    digest=identity_digest(
                        customer.organisation, identity.source, identity.external_id
                    ),
                )
                for identity in plan.identities
            ),
            ignore_conflicts=True,
        )
        # A queryset delete sends pre_delete for each conversation: the API's tombstones.
        Conversation.objects.filter(customer=customer).delete()
        customer.delete()  # and their identities with them


def without_erased(
    organisation: Organisation, conversations: Iterable[care.Conversation]
) -> tuple[list[care.Conversation], int]:
    """The conversations of customers not erased, and how many were left out: one query."""
    from legendary.conversations.importer import customer_key, customer_of

    keyed = [
        (conversation, identity_digest(organisation, conversation.source, key) if key else "")
        for conversation in conversations
        for key in (customer_key(customer_of(conversation)),)
    ]
    erased = set(
        ErasedCustomer.objects.filter(
            organisation=organisation, digest__in=[digest for _, digest in keyed if digest]
        ).values_list("digest", flat=True)
    )
    kept = [conversation for conversation, digest in keyed if digest not in erased]
    return kept, len(keyed) - len(kept)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
