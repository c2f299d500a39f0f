"""A deterministic generator of believable customer-service conversations (pure Python).

`generate_conversations(seed, count, ...)` yields `legendary.care.model.Conversation`s
written from the scenario templates in `scenarios`, by agents whose `StyleProfile` decides
which CARE behaviours they show or break, for customers whose mood moves with the service
they get. The demo loader stores them; the CARE speed benchmark reads them directly
(`long=True` gives threads of about 26 turns).

Determinism: conversation *i* is written by its own `random.Random(f"{seed}/{i}")` (string
seeds are hashed with SHA-512, not Python's randomised `hash`), every pool is a tuple, and
no global random state is touched, so the same arguments give identical conversations in
every run and process, and the first *n* conversations do not depend on `count`.
Choices that only reword a message (`f"{seed}/{i}/wording"`) draw from a second stream,
so adding one never moves a conversation's turns, timings or the customer's mood.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn
from legendary.demo import pools
from legendary.demo import scenarios as sc
from legendary.demo import styles as st
from legendary.demo import voices as vc

# Fixed so that the default output never depends on the day it runs; the loader passes
# its own window ending today.
DEFAULT_END = datetime(2026, 11, 1, 18, 0, tzinfo=UTC)
DEFAULT_DAYS = 90

# How often each channel is used when the customer has no preference.
CHANNEL_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("chat", 0.32),
    ("email", 0.27),
    ("phone", 0.2),
    ("in_person", 0.13),
    ("social", 0.08),
)
# Opening hours per channel (UTC hours, start inclusive, end exclusive).
OPEN_HOURS: Mapping[str, tuple[int, int]] = {
    "chat": (8, 21),
    "email": (7, 23),
    "phone": (9, 18),
    "social": (7, 23),
    "in_person": (9, 17),
}
# Seconds a customer takes to answer, per channel.
CUSTOMER_GAPS: Mapping[str, tuple[int, int]] = {
    "chat": (15, 90),
    "email": (1800, 30000),
    "phone": (3, 20),
    "social": (120, 2400),
    "in_person": (5, 25),
}
# Multiplies the style's chat reply time for the other channels. On a call or at a counter
# the agent answers within seconds, a look-up (`LOOKUP_SCALE` times as long) included: the
# slowest style's longest look-up stays under the minute the engine allows a live reply
# (`care.behaviours.responsive.RESPONSE_TARGETS`), so only a slow reply below misses it.
AGENT_GAP_SCALE: Mapping[str, float] = {
    "chat": 1.0,
    "email": 90.0,
    "phone": 0.1,
    "social": 15.0,
    "in_person": 0.1,
}
# A slow reply (a service breaker) per channel, in seconds. On a call or at a counter it is
# a customer left waiting without a word for over a minute (on hold, or while the agent
# looks elsewhere), so it always misses the live target.
SLOW_GAPS: Mapping[str, tuple[int, int]] = {
    "chat": (300, 900),
    "email": (2 * 86400, 4 * 86400),
    "phone": (90, 240),
    "social": (8 * 3600, 20 * 3600),
    "in_person": (90, 240),
}
# How much longer a reply takes when the agent first looks something up (an order, stock).
# In a live chat the legendary style's look-up still comes within the engine's minute; an
# average agent's sometimes does not, a poor agent's often does not.
LOOKUP_SCALE = 1.25
# Busy days (a sale, a storm, a courier's bad week): about one day in eight, the same days
# for every seed. Chat replies queue (`BUSY_CHAT_SCALE`) and every agent is more often slow
# (`BUSY_SLOW_SCALE` times their usual chance), so a leader sees slow days, not only slow
# people.
BUSY_DAY_SHARE = 0.12
BUSY_CHAT_SCALE = 1.6
BUSY_SLOW_SCALE = 3.0
CHANNEL_VALUES: tuple[str, ...] = tuple(c.value for c in Channel)


def is_busy_day(day: date) -> bool:
    """Whether `day` is one of the demo's busy days: decided by the date alone (its own
    seeded generator), so it never moves another draw and all conversations of a day agree."""
    return random.Random(f"busy/{day.isoformat()}").random() < BUSY_DAY_SHARE


@dataclass(frozen=True, slots=True)
class AgentProfile:
    """Someone who serves customers, and how they tend to do it.

    `style` is legendary / average / poor; `tendencies` overrides single behaviours of the
    style, e.g. `(("makes_commitment", 0.1),)` for an agent who rarely promises a time.
    `channels` are the channels they work on; `store` is their store for in-person visits.
    """

    name: str
    style: str = st.AVERAGE
    channels: tuple[str, ...] = sc.ALL_CHANNELS
    tendencies: tuple[tuple[str, float], ...] = ()
    email: str = ""
    store: str = ""

    def __post_init__(self) -> None:
        if self.style not in st.STYLES:
            raise ValueError(
                f"agent {self.name!r}: style {self.style!r} is not one of {', '.join(st.STYLES)}"
            )
        bad = [c for c in self.channels if c not in CHANNEL_VALUES]
        if bad or not self.channels:
            raise ValueError(
                f"agent {self.name!r}: channels {list(self.channels)!r} must be a non-empty "
                f"list drawn from {', '.join(CHANNEL_VALUES)}"
            )
        known = set(st.BEHAVIOURS) | set(st.BREAKERS)
        for behaviour, chance in self.tendencies:
            if behaviour not in known or not 0.0 <= chance <= 1.0:
                raise ValueError(
                    f"agent {self.name!r}: tendency {behaviour!r}={chance} must name a known "
                    "behaviour with a chance between 0 and 1"
                )

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name else ""


@dataclass(frozen=True, slots=True)
class CustomerProfile:
    """A customer as the demo knows them: contact details, temperament, preferred channel."""

    id: str
    name: str
    email: str = ""
    phone: str = ""
    temperament: str = vc.CALM
    preferred_channel: str = ""

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name else ""


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits of `text` (accents dropped): for e-mail addresses."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def random_customers(
    seed: int | str, count: int, avoid: Collection[str] = ()
) -> list[CustomerProfile]:
    """`count` customers with realistic names and contact details, the same for the same seed.

    Names in `avoid` (e.g. the staff) are not used. E-mail addresses use the reserved
    `example` domains and phone numbers Ofcom's drama range, so the demo never points at a
    real person.
    """
    rng = random.Random(f"{seed}/customers")
    temperaments = (vc.CALM, vc.CALM, vc.POLITE, vc.POLITE, vc.UPSET, vc.SARCASTIC)
    out: list[CustomerProfile] = []
    for n in range(count):
        first, last = rng.choice(pools.FIRST_NAMES), rng.choice(pools.SURNAMES)
        while f"{first} {last}" in avoid:
            last = rng.choice(pools.SURNAMES)
        email = f"{ascii_slug(first)}.{ascii_slug(last)}{n % 97}@{rng.choice(pools.EMAIL_DOMAINS)}"
        phone = f"07700 900{n % 1000:03d}"
        preferred = rng.choice(("", "", "chat", "email", "phone", "in_person"))
        out.append(
            CustomerProfile(
                id=f"C{n + 1:05d}",
                name=f"{first} {last}",
                email=email,
                phone=phone,
                temperament=rng.choice(temperaments),
                preferred_channel=preferred,
            )
        )
    return out


def default_agents() -> tuple[AgentProfile, ...]:
    """A small mixed team covering every channel, for callers without an organisation."""
    return (
        AgentProfile("Amara Okafor", st.LEGENDARY, ("chat", "email")),
        AgentProfile("Tom Whitfield", st.AVERAGE, ("chat", "email")),
        AgentProfile("Priya Sharma", st.POOR, ("chat", "email", "social")),
        AgentProfile("Callum MacLeod", st.LEGENDARY, ("phone", "social")),
        AgentProfile("Siobhan O'Connell", st.AVERAGE, ("phone",)),
        AgentProfile("Kwame Mensah", st.POOR, ("phone", "email")),
        AgentProfile("Mei Zhang", st.LEGENDARY, ("in_person",), store="Harbour Street"),
        AgentProfile("Oliver Hughes", st.AVERAGE, ("in_person",), store="Riverside"),
        AgentProfile("Fatima Rahman", st.POOR, ("in_person", "phone"), store="Riverside"),
    )


def generate_conversations(
    seed: int | str,
    count: int,
    agents: Sequence[AgentProfile] | None = None,
    customers: Sequence[CustomerProfile] | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    long: bool = False,
    channels: Sequence[str] | None = None,
    id_prefix: str = "demo",
) -> Iterator[Conversation]:
    """Yield `count` conversations opened between `start` and `end` (aware datetimes).

    `agents` serve the conversations (each on their own channels); `customers` are drawn
    with a long tail, so some get in touch often and many once. `long=True` writes the
    thorough version of every step (verification, holds, follow-up questions), about 26
    turns on average; otherwise chats run 6-20 turns, e-mail threads 3-8. `channels`
    restricts the channels used. Ids are `<id_prefix>-<index>`.
    """
    if count < 0:
        raise ValueError(f"count: must be 0 or more, got {count}")
    team = tuple(agents) if agents else default_agents()
    people = (
        tuple(customers)
        if customers
        else tuple(random_customers(seed, 300, avoid={a.name for a in team}))
    )
    end = end or DEFAULT_END
    start = start or end - timedelta(days=DEFAULT_DAYS)
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start/end: pass timezone-aware datetimes (e.g. tzinfo=datetime.UTC)")
    if start >= end:
        raise ValueError(f"start ({start.isoformat()}) must be before end ({end.isoformat()})")
    allowed = tuple(channels) if channels else CHANNEL_VALUES
    served = tuple(c for c in allowed if any(c in a.channels for a in team))
    if not served:
        raise ValueError(f"channels: no agent works on any of {', '.join(allowed)}")
    for index in range(count):
        rng = random.Random(f"{seed}/{index}")
        wording = random.Random(f"{seed}/{index}/wording")
        yield _write_one(rng, wording, index, team, people, start, end, long, served, id_prefix)


def _write_one(
    rng: random.Random,
    wording: random.Random,
    index: int,
    team: tuple[AgentProfile, ...],
    people: tuple[CustomerProfile, ...],
    start: datetime,
    end: datetime,
    long: bool,
    served: tuple[str, ...],
    id_prefix: str,
) -> Conversation:
    # A long tail: the first customers in the list get in touch far more often.
    customer = people[int(len(people) * rng.random() ** 1.7)]
    channel = _pick_channel(rng, customer, served, long)
    scenario = rng.choice([s for s in sc.SCENARIOS if channel in s.channels])
    agent = rng.choice([a for a in team if channel in a.channels])
    opened = _opening_time(rng, channel, start, end)
    writer = _Writer(rng, wording, agent, customer, scenario, channel, opened, long, team)
    return writer.write(f"{id_prefix}-{index:06d}", end)


def _pick_channel(
    rng: random.Random, customer: CustomerProfile, served: tuple[str, ...], long: bool
) -> str:
    if customer.preferred_channel in served and rng.random() < 0.5:
        return customer.preferred_channel
    weights = dict(CHANNEL_WEIGHTS)
    if long:
        # Long threads are mostly chats and calls; 26-message e-mail threads are rare.
        weights.update(email=0.08, social=0.02, in_person=0.05)
    names = list(served)
    return rng.choices(names, weights=[weights[c] for c in names])[0]


def _opening_time(rng: random.Random, channel: str, start: datetime, end: datetime) -> datetime:
    days = max(1, (end - start).days)
    day = start + timedelta(days=rng.randrange(days))
    first, last = OPEN_HOURS[channel]
    moment = day.replace(hour=first, minute=0, second=0, microsecond=0) + timedelta(
        seconds=rng.randrange((last - first) * 3600)
    )
    if moment < start:
        moment = start + timedelta(minutes=rng.randrange(60))
    if moment >= end - timedelta(hours=12):
        # Leaves room for the first reply; later turns past `end` are cut off in `write`.
        moment = end - timedelta(hours=12, minutes=rng.randrange(240))
    return moment


@dataclass(slots=True)
class _Beat:
    """One message being written: who speaks, its paragraphs, and when it is sent."""

    role: Role
    paragraphs: list[str]
    at: datetime
    name: str = ""
    agent: AgentProfile | None = None  # who wrote it, for agent messages


@dataclass(slots=True)
class _Writer:
    """Writes one conversation, step by step, keeping the customer's mood as it goes.

    `rng` decides the conversation's shape (steps, turns, timings, mood); `wording` only
    picks between ways of saying the same message, so rewording never moves the shape.
    """

    rng: random.Random
    wording: random.Random
    agent: AgentProfile
    customer: CustomerProfile
    scenario: sc.Scenario
    channel: str
    clock: datetime
    long: bool
    team: tuple[AgentProfile, ...]
    beats: list[_Beat] = field(default_factory=list)
    mood: float = 0.0
    slots: dict[str, str] = field(default_factory=dict)
    temperament: str = vc.CALM
    uses_name: bool = False
    committed: bool = False
    promise: str = ""
    detail: int = 0
    profile: st.StyleProfile = st.PROFILES[st.AVERAGE]
    tendencies: dict[str, float] = field(default_factory=dict)

    # --- set-up ---------------------------------------------------------------------------

    def __post_init__(self) -> None:
        self.profile = st.PROFILES[self.agent.style]
        self.tendencies = dict(self.agent.tendencies)
        # People are not always in their usual frame of mind.
        self.temperament = (
            self.customer.temperament
            if self.rng.random() < 0.7
            else self.rng.choice(vc.TEMPERAMENTS)
        )
        base = vc.STARTING_MOOD[self.temperament]
        if self.scenario.kind == sc.QUESTION:
            base += 0.8
        elif self.scenario.kind == sc.COMPLIMENT:
            base = 1.4
        self.mood = base
        self.uses_name = self.does(st.USES_NAME)
        self.slots = self._slots()

    def _slots(self) -> dict[str, str]:
        rng = self.rng
        if self.scenario.key == "wrong_item":
            product, price = rng.choice(pools.SIZED_PRODUCTS), rng.choice((45, 60, 85, 110))
        else:
            kinds = self.scenario.product_kinds
            item = rng.choice([p for p in pools.PRODUCTS if not kinds or p.kind in kinds])
            product, price = item.name, item.price
        colour, other_colour = rng.sample(pools.COLOURS, 2)
        size, other_size = rng.sample(pools.SIZES, 2)
        ordered = self.clock - timedelta(days=rng.randint(3, 21))
        day = self.clock - timedelta(days=rng.randint(1, 4))
        colleagues = [a.first_name for a in self.team if a.name != self.agent.name]
        return {
            "product": product,
            "price": str(price),
            "lower_price": str(int(price * rng.choice((0.75, 0.8, 0.85)))),
            "colour": colour,
            "other_colour": other_colour,
            "size": size,
            "other_size": other_size,
            "order": f"HP-{rng.randint(100000, 999999)}",
            "city": rng.choice(pools.CITIES),
            "store": self.agent.store or rng.choice(pools.STORES),
            "courier": rng.choice(pools.COURIERS),
            "competitor": rng.choice(pools.COMPETITORS),
            "ordered": f"{ordered.day} {ordered:%B}",
            "day": f"{day:%A}",
            "points": str(price * 5),
            "gift_amount": str(rng.choice((25, 50, 75, 100))),
            "colleague": rng.choice(colleagues) if colleagues else "Sam",
            "email": self.customer.email or "no email given",
            "phone": self.customer.phone or "no number given",
            "card": rng.choice(pools.TEST_CARD_NUMBERS),
            "first": self.customer.first_name,
            "agent": self.agent.first_name,
            "department": self.scenario.department,
            "house": str(rng.randint(2, 140)),
            "street": rng.choice(pools.STREETS),
        }

    # --- small tools ----------------------------------------------------------------------

    def does(self, behaviour: str) -> bool:
        """Whether the agent shows `behaviour` this time (their style, then their tendencies)."""
        return self.rng.random() < self.profile.chance(behaviour, self.tendencies)

    def fill(self, template: str) -> str:
        return template.format_map(self.slots)

    def pick(self, options: Sequence[str]) -> str:
        return self.fill(self.rng.choice(options))

    def details(self) -> str:
        """The details the customer gives, remembered so a paraphrase can say them back."""
        self.detail = self.rng.randrange(len(self.scenario.details))
        return self.fill(self.scenario.details[self.detail])

    def paraphrase(self) -> str:
        """The customer's own details, said back in the agent's words."""
        return self.fill(self.scenario.paraphrases[self.detail])

    @property
    def compact(self) -> bool:
        # E-mail (unless long) carries several steps in one message.
        return self.channel == "email" and not self.long

    @property
    def band(self) -> str:
        return vc.mood_band(self.mood)

    def name_suffix(self) -> str:
        return f", {self.customer.first_name}" if self.uses_name else ""

    def feel(self, care: int, breaks: int) -> None:
        """Move the customer's mood: care lifts it, breakers sink it faster."""
        self.mood = max(-2.0, min(2.0, self.mood + 0.3 * care - 0.55 * breaks))

    def _advance(self, gap: tuple[int, int] | tuple[float, float]) -> datetime:
        self.clock += timedelta(seconds=self.rng.uniform(*gap))
        return self.clock

    def say_customer(self, *sentences: str) -> None:
        text = " ".join(s for s in sentences if s)
        at = self._advance(CUSTOMER_GAPS[self.channel])
        self._add(Role.CUSTOMER, text, at, self.customer.name)

    def say_agent(self, *sentences: str, lookup: bool = False) -> None:
        said = [s for s in sentences if s]
        if self.channel in ("chat", "social") and len(said) >= 3 and self.rng.random() < 0.5:
            # Chat agents send long answers in two bubbles.
            self.say_agent(*said[:1], lookup=lookup)
            said = said[1:]
        text = " ".join(said)
        busy = is_busy_day(self.clock.date())
        slow_chance = self.profile.chance(st.SLOW_REPLY, self.tendencies)
        if self.rng.random() < min(1.0, slow_chance * (BUSY_SLOW_SCALE if busy else 1.0)):
            at = self._advance(SLOW_GAPS[self.channel])
            self.feel(0, 1)
            if self.channel == "chat" and self.rng.random() < 0.6 and self.beats:
                # The customer nudges while waiting: a visible sign of a long silence.
                self.beats.append(
                    _Beat(Role.CUSTOMER, [self.pick(vc.WAITING_CHASERS)], at, self.customer.name)
                )
                at = self._advance((20, 120))
        else:
            low, high = self.profile.chat_reply_seconds
            scale = AGENT_GAP_SCALE[self.channel] * (LOOKUP_SCALE if lookup else 1.0)
            if busy and self.channel == "chat":
                scale *= BUSY_CHAT_SCALE
            at = self._advance((low * scale, high * scale))
        self._add(Role.AGENT, text, at, self.agent.name)

    def say_other(self, role: Role, text: str, name: str = "") -> None:
        self._add(role, text, self._advance((1, 5)), name)

    def _add(self, role: Role, text: str, at: datetime, name: str) -> None:
        agent = self.agent if role is Role.AGENT else None
        last = self.beats[-1] if self.beats else None
        if self.compact and last is not None and last.role is role and last.agent is agent:
            last.paragraphs.append(text)
            return
        self.beats.append(_Beat(role, [text], at, name, agent))

    # --- the conversation -----------------------------------------------------------------

    def write(self, conversation_id: str, end: datetime) -> Conversation:
        """Write the whole conversation and return it as a care-model `Conversation`."""
        if self.scenario.kind == sc.COMPLIMENT:
            self._compliment()
        else:
            self._problem()
        # A conversation that runs past `end` is still going on: keep what has happened so far.
        happened = [beat for beat in self.beats if beat.at <= end] or self.beats[:1]
        still_open = len(happened) < len(self.beats)
        turns = tuple(self._render(beat) for beat in happened)
        return Conversation(
            id=conversation_id,
            turns=turns,
            channel=Channel(self.channel),
            source="demo",
            customer=Customer(self.customer.id, self.customer.name, self.customer.email),
            subject=_capitalised(self.pick(self.scenario.subjects)),
            status="open" if still_open else self._status(end),
            tags=self._tags(),
        )

    def _opening(self, text: str) -> None:
        """The customer's first message, coloured by temperament, after any channel preamble."""
        s = self.scenario
        prefix = self.rng.choice(vc.OPENING_PREFIXES[self.temperament])
        suffix = self.rng.choice(vc.OPENING_SUFFIXES[self.temperament])
        if s.kind == sc.COMPLIMENT:
            prefix = suffix = ""
        if self.channel == "chat" and self.rng.random() < 0.45:
            self.say_other(
                Role.BOT,
                "Hi, I'm Pip, Harbour & Pine's virtual assistant. What can I help you with today?",
            )
            self.say_customer(prefix, text, suffix)
            self.say_other(Role.BOT, "Thanks! I'm passing you to someone from the team now.")
            self.say_other(Role.SYSTEM, f"{self.agent.name} joined the chat.")
        elif self.channel == "chat":
            self.say_other(Role.SYSTEM, "Chat started from the order tracking page.")
            self.say_customer(prefix, text, suffix)
        elif self.channel == "phone":
            self._phone_greeting()
            # Callers introduce themselves; only the cross ones lead with how they feel.
            if self.temperament in (vc.CALM, vc.POLITE):
                prefix = ""
            self.say_customer(f"Hi, my name's {self.customer.name}.", prefix, text, suffix)
        elif self.channel == "social":
            self.say_customer(f"{pools.COMPANY_HANDLE} {text}")
            self._social_handover()
        elif self.channel == "in_person":
            self.say_other(
                Role.SYSTEM,
                self.fill(f"Visit at the {{store}} store, written up by {self.agent.name}."),
            )
            self.say_customer(prefix, text, suffix)
        else:
            details = self.details() if self.compact else ""
            self.say_customer(prefix, text, details, suffix)

    def _phone_greeting(self) -> None:
        part = "morning" if self.clock.hour < 12 else "afternoon"
        if self.agent.style == st.POOR and self.rng.random() < 0.7:
            self.say_agent("Harbour & Pine, hello.")
        else:
            self.say_agent(
                f"Good {part}, Harbour & Pine, you're speaking with {self.agent.first_name}. "
                "How can I help today?"
            )

    def _social_handover(self) -> None:
        initials = "".join(p[0] for p in self.agent.name.split())
        first = self.customer.first_name
        if self.scenario.kind != sc.PROBLEM and self.does(st.THANKS):
            self.say_agent(
                f"Thanks so much for getting in touch, {first}! Send us a direct message and "
                f"I'll help you properly there. ^{initials}"
            )
            self.feel(1, 0)
        elif self.scenario.kind == sc.PROBLEM and self.does(st.ACKNOWLEDGE):
            self.say_agent(
                f"Hi {first}, I'm really sorry to read this. I'd like to sort it out for you — "
                f"could you send us a direct message with your order number? ^{initials}"
            )
            self.feel(1, 0)
        else:
            self.say_agent("Please DM us your order number.")
        self.say_other(Role.SYSTEM, "Conversation moved to direct messages.")

    def _problem(self) -> None:
        s = self.scenario
        presale = s.kind == sc.QUESTION
        self._opening(self.pick(s.openings))
        if self.compact:
            self._understand(presale)
        elif self.channel == "social":
            # The public reply asked for a direct message; the customer sends the details.
            self.say_customer(self.details())
            self._understand(presale)
        else:
            if self.does(st.OPEN_QUESTION):
                question = self.pick(st.OPEN_QUESTIONS_PRESALE if presale else st.OPEN_QUESTIONS)
                self.feel(1, 0)
            else:
                question = self.pick(st.CLOSED_QUESTIONS)
            self.say_agent(self._greeting(), question)
            self.say_customer(self.details())
            if self.long:
                self._more_details()
            if self.long or self.rng.random() < 0.25:
                self._verify()
            if self.channel != "email" and (self.long or self.rng.random() < 0.3):
                self._hold()
            self._understand(presale)
        side = self._maybe_side_question()
        self._solve(side)
        if self.long:
            self._anything_else(side)
        self._close()

    def _greeting(self) -> str:
        """How the agent's first reply starts (the phone greeting came before the customer)."""
        first = self.customer.first_name
        if self.channel == "phone" or self.agent.style == st.POOR:
            return ""
        if self.channel == "in_person":
            return f"Hi {first}, lovely to see you." if self.uses_name else "Hello, welcome in."
        if self.uses_name:
            return f"Hi {first}, thanks for getting in touch."
        return "Thanks for contacting Harbour & Pine."

    def _more_details(self) -> None:
        """Long threads: the agent draws out more of the story before acting."""
        if self.does(st.OPEN_QUESTION):
            self.say_agent(self.pick(st.FOLLOW_UP_QUESTIONS))
            self.feel(1, 0)
        else:
            self.say_agent(self.pick(st.FOLLOW_UP_CLOSED))
        others = [d for n, d in enumerate(self.scenario.details) if n != self.detail]
        self.say_customer(self.pick(others) if others else self.rng.choice(vc.NOTHING_ELSE))

    def _verify(self) -> None:
        if self.channel not in ("chat", "phone", "email"):
            return
        question, answer = self.rng.choice(st.VERIFICATIONS)
        self.say_agent(self.fill(question))
        self.say_customer(self.fill(answer))

    def _hold(self) -> None:
        self.say_agent(self.pick(st.HOLD_LINES))
        if self.channel in ("phone", "in_person", "chat"):
            self.say_customer(self.rng.choice(vc.HOLD_REPLIES))

    def _understand(self, presale: bool) -> None:
        """The agent shows they heard the problem (or breaks service) and reacts to it."""
        s = self.scenario
        parts: list[str] = []
        care = breaks = 0
        if self.long and not self.compact:
            parts.append(self.rng.choice(st.HOLD_RETURNS))
        if self.does(st.PARAPHRASE):
            parts.append(self.rng.choice(st.PARAPHRASE_FRAMES).format(p=self.paraphrase()))
            care += 1
        if presale:
            if self.does(st.ACKNOWLEDGE):
                parts.append(self.pick(st.ACKNOWLEDGEMENTS_PRESALE))
                care += 1
        elif self.does(st.ACKNOWLEDGE):
            feeling = f", {self.pick(s.feelings)}" if s.feelings and self.rng.random() < 0.6 else ""
            parts.append(self.rng.choice(st.ACKNOWLEDGEMENTS).format(feeling=feeling))
            care += 1
        elif self.mood < 0 and self.does(st.CALM_DOWN):
            parts.append(self.pick(st.CALM_DOWN_LINES))
            breaks += 1
        elif self.mood < 0 and self.does(st.NON_APOLOGY):
            parts.append(self.pick(st.NON_APOLOGIES))
            breaks += 1
        if s.blames and self.does(st.BLAMES_CUSTOMER):
            parts.append(self.pick(s.blames))
            breaks += 1
        if self.does(st.JARGON):
            parts.append(self.pick(st.JARGON_LINES))
            breaks += 1
        if s.fixes and (self.agent.style != st.POOR or self.rng.random() < 0.4):
            parts.append(self.pick(s.fixes))
            care += 1
        if not parts:
            parts.append("Ok, let me have a look.")
        self.say_agent(*parts, lookup=True)
        self.feel(care, breaks)

    def _maybe_side_question(self) -> tuple[str, str] | None:
        """The customer reacts, sometimes adding a question the agent must not ignore."""
        s = self.scenario
        side = None
        if s.side_questions and (self.long or self.rng.random() < 0.55):
            q, a = self.rng.choice(s.side_questions)
            side = (self.fill(q), self.fill(a))
        if self.compact and side is None:
            return None
        reaction = self._reaction()
        self.say_customer(reaction, side[0] if side else "")
        return side

    def _reaction(self) -> str:
        if self.temperament == vc.SARCASTIC and self.band in (vc.ANGRY, vc.CROSS):
            return self.rng.choice(vc.SARCASTIC_REACTIONS)
        return self.rng.choice(vc.REACTIONS[self.band])

    def _solve(self, side: tuple[str, str] | None, *, handed_over: bool = False) -> None:
        """Answer any question, then offer a way forward (or block it), then promise a time.

        Sometimes the conversation changes hands first: a legendary agent brings in a
        colleague who can decide (a warm handover), or an agent who deflects passes the
        customer on cold, and the colleague carries on in their own style.
        """
        s = self.scenario
        warm = self.agent.style == st.LEGENDARY and self.rng.random() < 0.06
        if not handed_over and warm and self._hand_over(warm=True):
            self._solve(side, handed_over=True)
            return
        parts: list[str] = []
        care = breaks = 0
        deflected = False
        answered = False
        if side is not None:
            answered = self.does(st.ANSWERS) and not self.does(st.IGNORES_QUESTION)
            if answered:
                parts.append(self.rng.choice(st.ANSWER_FRAMES).format(a=side[1]))
                care += 1
            else:
                breaks += 1
        owning = self.pick(st.OWNERSHIP_LINES) if self.does(st.OWNERSHIP) else ""
        choosing = False
        offer_at = -1  # where the way forward is, if the agent offers one
        if s.options and self.does(st.OPTIONS):
            a, b = self.rng.choice(s.options)
            usual = self.rng.choice(st.OPTION_FRAMES)
            offer_at = len(parts)
            parts.append(
                self._offer(usual, st.POLICY_OPTION_FRAMES, a=self.fill(a), b=self.fill(b))
            )
            choosing = True
            care += 1
        elif s.policies and self.does(st.BLAMES_POLICY):
            parts.append(self.pick(s.policies))
            breaks += 1
            if self.does(st.NOT_MY_DEPARTMENT):
                parts.append(self.pick(st.NOT_MY_DEPARTMENT_LINES))
                breaks += 1
                deflected = True
        elif self.does(st.NOT_MY_DEPARTMENT):
            parts.append(self.pick(st.NOT_MY_DEPARTMENT_LINES))
            breaks += 1
            deflected = True
        elif s.options:
            usual = self.rng.choice(st.SINGLE_FIX_FRAMES)
            offer_at = len(parts)
            parts.append(self._offer(usual, st.POLICY_FIX_FRAMES, a=self.fill(s.options[0][0])))
            care += 1
        heard = self._need_heard() if offer_at >= 0 else ""
        if heard and owning and not deflected:
            owning = f"{heard} {owning}"  # heard first, then "leave it with me", then the offer
        elif heard:
            parts[offer_at] = f"{heard} {parts[offer_at]}"
        if owning and not deflected:
            # Nobody says "leave it with me" and "not my department" in one breath.
            parts.insert(int(answered), owning)
            care += 1
        if not parts:
            parts.append("Let me see what I can do.")
        self.say_agent(*parts)
        self.feel(care, breaks)
        cold = deflected and not handed_over and self.rng.random() < 0.5
        if cold and self._hand_over(warm=False):
            self._solve(None, handed_over=True)
            return
        if choosing:
            self.say_customer(self.rng.choice(vc.CHOICES))
        elif not self.compact:
            self.say_customer(self._reaction())
        self._commit(choosing)

    def _offer(self, usual: str, explained: Sequence[str], **fixes: str) -> str:
        """The way forward in the `usual` frame, or, when a rule stands in the way and the
        agent explains it, in one of the `explained` frames that name the rule first.

        The choice draws on the wording stream only: the explanation takes the usual
        offer's place in the same message, so the conversation keeps its turns and timings.
        """
        limits = self.scenario.limits
        chance = self.profile.chance(st.EXPLAINS_POLICY, self.tendencies)
        if not limits or self.wording.random() >= chance:
            return usual.format(**fixes)
        limit = self.fill(self.wording.choice(limits))
        return self.wording.choice(explained).format(limit=limit, **fixes)

    def _need_heard(self) -> str:
        """What the customer needs, said back before the way forward ("Got it — what you
        need is your £60 back…"), or "" when the agent goes straight to it.

        Like the explanation, it is drawn from the wording stream (after it, so adding it
        left every explanation as it was) and leads a sentence the message already has, so
        saying it moves no turn, timing or mood.
        """
        needs = self.scenario.needs
        chance = self.profile.chance(st.NEED, self.tendencies)
        if not needs or self.wording.random() >= chance:
            return ""
        need = self.fill(self.wording.choice(needs))
        return self.wording.choice(st.NEED_FRAMES).format(need=need)

    def _hand_over(self, *, warm: bool) -> bool:
        """Pass the customer to a colleague on the same channel; False if there is none."""
        colleagues = [
            a
            for a in self.team
            if a.name != self.agent.name
            and self.channel in a.channels
            # A legendary agent hands over to someone they trust with the customer.
            and not (warm and a.style == st.POOR)
        ]
        if not colleagues:
            return False
        before, after = self.agent, self.rng.choice(colleagues)
        if warm:
            self.say_agent(
                f"I'm going to bring in my colleague {after.first_name}, who can sort this out "
                "directly. I've filled them in, so you won't need to repeat anything."
            )
            self.say_customer(self.rng.choice(("Ok, thank you.", "That's fine, thanks.")))
        moved = {
            "chat": f"{before.name} transferred the chat to {after.name}.",
            "phone": f"Call transferred to {after.name}.",
            "email": f"Ticket reassigned to {after.name}.",
            "social": f"Conversation assigned to {after.name}.",
            "in_person": f"{after.name} took over from {before.name}.",
        }
        self.say_other(Role.SYSTEM, moved[self.channel])
        self.agent = after
        self.profile = st.PROFILES[after.style]
        self.tendencies = dict(after.tendencies)
        self.slots["agent"] = after.first_name
        if warm:
            hello = "" if self.channel == "email" else f"Hi {self.customer.first_name}, "
            told = f"{before.first_name} has told me everything: {self.paraphrase()}."
            self.say_agent(hello + told)
            self.feel(1, 0)
        else:
            self.say_agent(self._greeting() or "Hello.", "How can I help?")
            self.feel(0, 1)
            self.say_customer(self.rng.choice(vc.REPEATING), self.details())
        return True

    def _commit(self, after_choice: bool) -> None:
        parts: list[str] = []
        care = breaks = 0
        if after_choice:
            flat = self.agent.style == st.POOR
            parts.append(
                self.rng.choice(st.AGENT_AFTER_CHOICE_FLAT if flat else st.AGENT_AFTER_CHOICE)
            )
        if self.does(st.COMMITMENT):
            self.promise = self.rng.choice(st.COMMITMENT_FRAMES).format(
                c=self.pick(self.scenario.commitments), when=self._when()
            )
            parts.append(self.promise)
            self.committed = True
            care += 1
        else:
            parts.append(self.pick(st.VAGUE_COMMITMENTS))
        asked = self.does(st.AGREEMENT)
        if asked:
            parts.append(self.pick(st.AGREEMENT_QUESTIONS))
            care += 1
        self.say_agent(*parts)
        self.feel(care, breaks)
        if asked:
            self.say_customer(self.rng.choice(vc.AGREEMENTS[self.band]))
        if self.long:
            self._recap()

    def _recap(self) -> None:
        """Long threads: the customer checks what happens next; a good agent says it again."""
        self.say_customer(self.rng.choice(vc.WHAT_NEXT))
        if self.committed and self.agent.style != st.POOR:
            self.say_agent("Of course.", self.promise)
        else:
            self.say_agent(self.pick(st.VAGUE_COMMITMENTS))
            self.feel(0, 1)

    def _when(self) -> str:
        """A concrete time for a promise, relative to the moment it is made."""
        now = self.clock
        later = now + timedelta(days=2 if now.weekday() < 3 else 4)
        options = ["midday tomorrow", f"the end of {later:%A}", f"{later:%A} morning"]
        if now.hour < 13:
            options.append("5pm today")
        return self.rng.choice(options)

    def _anything_else(self, asked: tuple[str, str] | None) -> None:
        """Long threads: two more questions at the end, each answered or not."""
        self.say_agent(self.rng.choice(st.ANYTHING_ELSE))
        pool = [
            (self.fill(q), self.fill(a))
            for q, a in (*self.scenario.side_questions, *sc.GENERAL_QUESTIONS)
        ]
        questions = self.rng.sample([qa for qa in pool if qa != asked], 2)
        for number, (question, answer) in enumerate(questions):
            self.say_customer("Actually, yes." if number == 0 else "One more thing.", question)
            if self.does(st.ANSWERS) and not self.does(st.IGNORES_QUESTION):
                self.say_agent(answer, "Anything else at all?")
                self.feel(1, 0)
            else:
                self.say_agent(self.pick(st.FLAT_CLOSINGS))
                self.feel(0, 1)
                self.say_customer("You haven't answered my question.")
                self.say_agent(self.pick(st.GENERIC_POLICIES))
        self.say_customer(self.rng.choice(vc.NOTHING_ELSE))

    def _close(self) -> None:
        parts: list[str] = []
        if self.does(st.THANKS):
            parts.append(self.rng.choice(st.THANKS_LINES).format(name=self.name_suffix()))
            self.feel(1, 0)
        closings = {
            st.LEGENDARY: st.WARM_CLOSINGS,
            st.AVERAGE: st.PLAIN_CLOSINGS,
            st.POOR: st.FLAT_CLOSINGS,
        }
        parts.append(self.pick(closings[self.agent.style]))
        self.say_agent(*parts)
        if not self.compact or len(self.beats) < 3 or self.rng.random() < 0.5:
            self.say_customer(self.pick(vc.CLOSINGS[self.band]))

    def _compliment(self) -> None:
        s = self.scenario
        self._opening(self.pick(s.openings))
        if self.does(st.THANKS):
            parts = [self.rng.choice(st.THANKS_FOR_PRAISE).format(name=self.name_suffix())]
            if self.does(st.OPEN_QUESTION) and not self.compact:
                parts.append(self.pick(st.OPEN_QUESTIONS_PRAISE))
            self.say_agent(*parts)
            self.feel(1, 0)
        else:
            self.say_agent(self.pick(st.FLAT_PRAISE_REPLIES))
            self.feel(0, 1)
        self.say_customer(self.details())
        parts = []
        if self.does(st.PARAPHRASE):
            frame = self.rng.choice(("It sounds like {p}.", "So {p} — that's lovely to hear."))
            parts.append(frame.format(p=self.paraphrase()))
        if self.does(st.COMMITMENT):
            parts.append(
                self.rng.choice(st.COMMITMENT_FRAMES).format(
                    c=self.pick(s.commitments), when=self._when()
                )
            )
            self.committed = True
            self.feel(1, 0)
        parts.append(self.pick(st.WARM_CLOSINGS if parts else st.FLAT_CLOSINGS))
        self.say_agent(*parts)
        side = s.side_questions[0] if self.long or self.rng.random() < 0.3 else None
        if side:
            self.say_customer(self.fill(side[0]))
            if self.does(st.ANSWERS) and not self.does(st.IGNORES_QUESTION):
                self.say_agent(self.fill(side[1]))
            else:
                self.say_agent(self.pick(st.FLAT_CLOSINGS))
        self.say_customer(self.pick(vc.PRAISE_CLOSINGS[self.band]))

    # --- output ---------------------------------------------------------------------------

    def _render(self, beat: _Beat) -> Turn:
        agent = beat.agent or self.agent
        if self.channel == "email" and beat.role is Role.AGENT:
            text = "\n\n".join([self._salutation(agent), *beat.paragraphs, self._signature(agent)])
        elif self.channel == "email" and beat.role is Role.CUSTOMER:
            sign = self.customer.first_name
            if self.rng.random() < 0.3:
                sign += f"\n{self.customer.phone}"
            text = "\n\n".join([*beat.paragraphs, sign])
        else:
            text = " ".join(beat.paragraphs)
        if beat.role is Role.AGENT:
            speaker = Speaker(Role.AGENT, agent.name, agent.email)
        elif beat.role is Role.CUSTOMER:
            speaker = Speaker(Role.CUSTOMER, self.customer.name)
        else:
            speaker = Speaker(beat.role, beat.name)
        return Turn(speaker, text, beat.at)

    def _salutation(self, agent: AgentProfile) -> str:
        if self.uses_name:
            return f"Hi {self.customer.first_name},"
        return "Dear customer," if agent.style == st.POOR else "Hello,"

    def _signature(self, agent: AgentProfile) -> str:
        if agent.style == st.POOR:
            return "Regards,\nCustomer Services"
        return f"Warm wishes,\n{agent.first_name}\n{pools.COMPANY} Customer Care"

    def _status(self, end: datetime) -> str:
        recent = end - self.clock < timedelta(days=3)
        if self.band == vc.ANGRY and not self.committed and end - self.clock < timedelta(days=14):
            # An angry customer with no promise is a live complaint, until it goes stale.
            return "open"
        if recent and self.committed:
            return "pending"
        return "solved" if end - self.clock < timedelta(days=10) else "closed"

    def _tags(self) -> tuple[str, ...]:
        tags = list(self.scenario.tags)
        if self.band == vc.ANGRY:
            tags.append("escalation")
        if self.channel == "social":
            tags.append("public")
        return tuple(dict.fromkeys(tags))


def _capitalised(text: str) -> str:
    """`text` with its first letter in upper case (subjects may start with a product name)."""
    return text[:1].upper() + text[1:]
