"""Plain, typed data for conversations: what every reader produces and every detector reads.

Nothing here knows about Django or about scoring; a notebook can build these by hand.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    """Who is speaking in a turn."""

    CUSTOMER = "customer"
    AGENT = "agent"
    BOT = "bot"
    SYSTEM = "system"


class Channel(StrEnum):
    """Where the conversation happened."""

    EMAIL = "email"
    CHAT = "chat"
    PHONE = "phone"
    SOCIAL = "social"
    IN_PERSON = "in_person"


@dataclass(frozen=True, slots=True)
class Speaker:
    """A participant: their role, and where known a name and an e-mail address."""

    role: Role
    name: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Turn:
    """One message or utterance, in conversation order."""

    speaker: Speaker
    text: str
    timestamp: datetime | None = None

    @property
    def role(self) -> Role:
        return self.speaker.role

    @property
    def is_customer(self) -> bool:
        return self.speaker.role is Role.CUSTOMER

    @property
    def is_agent(self) -> bool:
        return self.speaker.role is Role.AGENT


@dataclass(frozen=True, slots=True)
class Customer:
    """The customer as the source knows them (an external id, and a name where given)."""

    id: str = ""
    name: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Conversation:
    """A whole customer conversation: ticket, chat, e-mail thread, call transcript, social thread.

    `id` is the source's own id (unique within `source`); `turns` are in order.
    """

    id: str
    turns: tuple[Turn, ...]
    channel: Channel = Channel.CHAT
    source: str = "jsonl"
    customer: Customer = field(default_factory=Customer)
    subject: str = ""
    status: str = ""
    tags: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Turn]:
        return iter(self.turns)

    def __len__(self) -> int:
        return len(self.turns)

    @property
    def opened_at(self) -> datetime | None:
        """The first timestamp in the conversation, if any turn has one."""
        return next((t.timestamp for t in self.turns if t.timestamp is not None), None)

    @property
    def closed_at(self) -> datetime | None:
        """The last timestamp in the conversation, if any turn has one."""
        return next((t.timestamp for t in reversed(self.turns) if t.timestamp is not None), None)

    def agent_names(self) -> list[str]:
        """Names of the agents who spoke, in order of first appearance, without repeats."""
        seen: dict[str, None] = {}
        for turn in self.turns:
            speaker = turn.speaker
            if speaker.role is Role.AGENT and speaker.name:
                seen[speaker.name] = None
        return list(seen)


def make_conversation(
    id: str,
    turns: Sequence[tuple[str, str]],
    *,
    channel: Channel | str = Channel.CHAT,
    source: str = "inline",
    customer_name: str = "",
) -> Conversation:
    """Build a conversation from `(role, text)` pairs: handy in tests and notebooks.

    `role` is one of customer / agent / bot / system.
    """
    return Conversation(
        id=id,
        turns=tuple(Turn(Speaker(Role(role)), text) for role, text in turns),
        channel=Channel(channel),
        source=source,
        customer=Customer(name=customer_name),
    )
