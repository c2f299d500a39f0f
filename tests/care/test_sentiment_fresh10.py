"""Customer sentiment on blind blocks of the tenth round (24 November 2026, eighth
session), in registers the earlier rounds did not cover: tenants writing to landlords
and letting agents, energy bills and meter readings, food-delivery chats, SMS-style short
replies, travel-forum posts, vets, garages and gyms. Each block holds 20 lines of each
class; every label was written into this file before the engine read a line.

- `A`, on the session-start rules (942779b) before any change: 47 of 60 (macro-F1 0.787:
  0.723, 0.872, 0.765). One line ("ok will do") proved to be in an earlier check and was
  replaced, before any change, by a new one the start rules read wrong.
"""

from __future__ import annotations

import pytest

from legendary.care import sentiment_rules
from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import BLOCKS as FRESH6_BLOCKS
from .test_sentiment_fresh6 import check_unseen, earlier_checks
from .test_sentiment_fresh7 import BLOCKS as FRESH7_BLOCKS
from .test_sentiment_fresh8 import BLOCKS as FRESH8_BLOCKS
from .test_sentiment_fresh9 import BLOCKS as FRESH9_BLOCKS

signed_off = sentiment_rules._signed_off

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "A": (
        45,
        [
            (
                "negative",
                (
                    "Hi Mark, the boiler has been off since Thursday. I've got a three month "
                    "old here and we're boiling kettles to wash her. When is someone actually "
                    "coming?"
                ),
            ),
            (
                "negative",
                (
                    "You kept £450 of my deposit for cleaning when I left the flat spotless, "
                    "and I have the photos to prove it."
                ),
            ),
            (
                "negative",
                (
                    "My direct debit has gone from £96 to £212 a month and my usage hasn't "
                    "changed at all. Nobody has explained why."
                ),
            ),
            (
                "negative",
                (
                    "Smart meter has been stuck on the same reading since March, so you've "
                    "been estimating ever since, and the estimates are double what we use."
                ),
            ),
            (
                "negative",
                (
                    "the app says delivered but nothing's here. I'm stood at the front door "
                    "and there's no bag"
                ),
            ),
            (
                "negative",
                "Half the order missing again. Paid for two mains and got one and a dip.",
            ),
            ("negative", "still no engineer. 3rd day off work for this"),
            ("negative", "no. that's not what we agreed"),
            (
                "negative",
                (
                    "Warning for anyone booking this transfer company from the airport: we "
                    "prebooked, paid in full, and the driver never turned up. Their phone went "
                    "to voicemail for an hour and in the end we paid €90 for a taxi."
                ),
            ),
            (
                "negative",
                "Ordered a size 10, the box says size 10, the shoes inside are a 7.",
            ),
            (
                "negative",
                (
                    "The letting agent let themselves in while I was at work. No notice, no "
                    "text. I only knew because the bathroom window had been left open."
                ),
            ),
            (
                "negative",
                "Cool so I pay for premium and still get an advert every two songs",
            ),
            (
                "negative",
                "Delivery slot 6-7pm. Driver knocked at 9:25. The frozen stuff had all thawed.",
            ),
            ("negative", "1 star. Cold chips, soggy burger, driver rude on the phone."),
            (
                "negative",
                (
                    "We were charged £180 for an appointment that lasted five minutes and we "
                    "still don't know what's wrong with her."
                ),
            ),
            (
                "negative",
                (
                    "Took the car in for a brake check and it came back with a scratch down "
                    "the passenger door that wasn't there in the morning."
                ),
            ),
            (
                "negative",
                (
                    "this is the fourth time I've been told someone will call me back. nobody "
                    "ever does"
                ),
            ),
            (
                "negative",
                (
                    "The mould in the back bedroom is back for the third winter. Painting over "
                    "it isn't fixing it."
                ),
            ),
            (
                "negative",
                (
                    "Don't be fooled by the photos. The pool in the pictures has been drained "
                    "for renovation since May and nobody mentions it when you book."
                ),
            ),
            ("negative", "been on hold 50 mins. giving up"),
            (
                "neutral",
                (
                    "Hi, just to let you know I'll be away from the 3rd to the 10th, so if "
                    "anyone needs access to check the smoke alarms could it be after that?"
                ),
            ),
            (
                "neutral",
                (
                    "Can you tell me what unit rate I'm on at the moment and when the fixed "
                    "tariff ends?"
                ),
            ),
            ("neutral", "Gas 08831, electric 41207. Photos attached."),
            ("neutral", "Can I add a note for the driver to use the side gate?"),
            ("neutral", "ok ill pop round after 5 to pick up the keys"),
            ("neutral", "Yes Tuesday works"),
            (
                "neutral",
                (
                    "Is it easy to get from Naples airport to Sorrento by bus in the evening, "
                    "or should we book a transfer? We land around 9pm in late September."
                ),
            ),
            (
                "neutral",
                "3 stars. Food decent, service slow, prices about what you'd expect for the area.",
            ),
            (
                "neutral",
                "Did the job. The app is a bit clunky but I could track my parcel.",
            ),
            (
                "neutral",
                (
                    "The washing machine is making a grinding noise on the spin cycle. Still "
                    "working for now but thought you should know."
                ),
            ),
            ("neutral", "What time do you stop taking orders on a Sunday?"),
            (
                "neutral",
                (
                    "I'm moving out on 28 February. Do you need a final reading from me or "
                    "will you send someone?"
                ),
            ),
            (
                "neutral",
                (
                    "Hi, Bella is due her booster next month. Do you have anything on "
                    "Saturday mornings?"
                ),
            ),
            ("neutral", "Quote for two front tyres please, 205/55 R16."),
            (
                "neutral",
                (
                    "We stayed in the old town last year and walked everywhere. The newer "
                    "hotels by the beach are quieter but you'll need taxis in the evening."
                ),
            ),
            ("neutral", "Running 10 mins behind, see you at 2:40"),
            (
                "neutral",
                "I've restarted the router like you said. Lights are green now, testing it.",
            ),
            ("neutral", "Which of the two plans includes international calls?"),
            (
                "neutral",
                "Rent for this month went out today, the reference is FLAT3-NOV.",
            ),
            (
                "neutral",
                (
                    "It's alright. Does what it says, nothing more. Would be nice to have a "
                    "dark mode."
                ),
            ),
            (
                "positive",
                (
                    "Fridge died on Friday night and a new one was delivered and plugged in by "
                    "11 on Saturday. Thank you Dave."
                ),
            ),
            (
                "positive",
                (
                    "Leak under the sink reported at 8, plumber here by half 10, and it's been "
                    "dry since."
                ),
            ),
            (
                "positive",
                (
                    "Just had my annual statement and I'm £140 in credit, which you've paid "
                    "straight back into my account. Lovely surprise."
                ),
            ),
            (
                "positive",
                (
                    "Driver rang to say he couldn't find us and then walked round to the back "
                    "door. Food still piping hot."
                ),
            ),
            ("positive", "perfect, thanks so much x"),
            ("positive", "ahh that's brilliant news"),
            (
                "positive",
                (
                    "Just back from two weeks in Crete with this company. The villa was "
                    "exactly as pictured, the rep met us at the airport at 1am, and when the "
                    "pool pump broke it was fixed the next morning. Would book again without "
                    "a second thought."
                ),
            ),
            (
                "positive",
                (
                    "They found the rattle was only a loose heat shield and charged me for 20 "
                    "minutes' labour. Honest garage."
                ),
            ),
            (
                "positive",
                (
                    "The nurse sat on the floor with our old dog until he settled. We won't "
                    "forget that."
                ),
            ),
            (
                "positive",
                (
                    "Lost my phone on the bus on Monday and the depot had it waiting for me on "
                    "Tuesday, battery charged and all."
                ),
            ),
            (
                "positive",
                "Thanks for sorting the gate so quickly, the kids can play in the garden again.",
            ),
            (
                "positive",
                (
                    "Switched from my bank's app to this and budgeting finally makes sense. "
                    "The round-ups have put away £300 since the summer."
                ),
            ),
            (
                "positive",
                "Speed test says 920 down. Was getting 40 before the upgrade. Night and day.",
            ),
            (
                "positive",
                "They forgot the drinks but refunded them before I'd even messaged. Nice one.",
            ),
            (
                "positive",
                (
                    "Went in expecting a two hour wait at the passport office and was out in "
                    "25 minutes with everything done."
                ),
            ),
            (
                "positive",
                (
                    "Just wanted to say the new windows have made a huge difference, the flat "
                    "is warm for the first time since we moved in."
                ),
            ),
            (
                "positive",
                (
                    "I rang because my bill looked high and the advisor spotted I was on the "
                    "wrong tariff. Moved me over and backdated it to June."
                ),
            ),
            (
                "positive",
                (
                    "The trainer worked my programme around my bad knee and I've had no pain "
                    "since. Really pleased."
                ),
            ),
            (
                "positive",
                (
                    "We did exactly this route last May with a 4 and a 6 year old and it was "
                    "the best holiday we've had."
                ),
            ),
            ("positive", "got it, all working now 👍 cheers"),
        ],
    ),
}


def test_the_blind_lines_are_in_no_corpus_and_no_other_check() -> None:
    rounds = (FRESH6_BLOCKS, FRESH7_BLOCKS, FRESH8_BLOCKS, FRESH9_BLOCKS)
    later = [row for blocks in rounds for _floor, rows in blocks.values() for row in rows]
    check_unseen(BLOCKS, earlier_checks() + later)


@pytest.mark.parametrize("name", list(BLOCKS))
def test_sentiment_holds_up_on_the_blind_blocks(name: str) -> None:
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "ill" written for "I'll" says no mood; after a linking verb or a degree word it
        # is a sickness and the turn's other words decide.
        ("ok ill pop in tomorrow morning", "neutral"),
        ("Then ill send the photos over tonight.", "neutral"),
        ("Sure, ill send the meter photo tonight", "neutral"),
        ("I was so ill after the prawns that I missed the whole next day.", "negative"),
    ],
)
def test_ill_written_for_i_will(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        # The sign-off regex runs only for a thanks that could be praise.
        ("The bin was missed again on Tuesday.", 0),
        ("Can you send me the form?", 0),
        ("Meter reading attached.\nThanks, Priya", 1),
    ],
)
def test_the_sign_off_is_looked_for_only_after_thanks(
    text: str, calls: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def counted(turn: str) -> bool:
        seen.append(turn)
        return signed_off(turn)

    monkeypatch.setattr(sentiment_rules, "_signed_off", counted)
    reading = sentiment_rules.read(text)
    assert len(seen) == calls
    assert not reading.thanks
