"""Customer sentiment on the twelfth round's second blind block (24 November 2026,
sixteenth session), written after the round's first change (`test_sentiment_fresh13.py`):
customer tweets and chat messages to airlines, telecoms and couriers, with plain
questions (some naming a fault: "is there an outage in Leeds?"), sarcasm with a cue and
without one ("Just landed in Madrid. My suitcase apparently decided to stay in
Manchester."), neutral requests, and praise told as a fact or as a harm that did not
happen. 20 lines of each class; every label was written into this file before the engine
read a line.

- `B`, first read after commit c16c1ab: 55 of 60 (macro-F1 0.917: 0.878, 1.000, 0.872);
  the session-start rules (04bf8b4) 55, the same lines wrong. By kind: praise told as a
  harm denied where the harm was not a listed problem ("didn't lose my number for a
  second") or stood four words from its negation ("without a word of complaint");
  sarcasm opened by praise over a harm told in plain words ("Oh brilliant, the driver
  left my new laptop on the doorstep in the rain") and by "Nice to know" over a price
  rise; a refund that "has just landed" told with "it" read as a complaint about the
  late train it made up for.

Mended by kind: losing and dropping ("lose", "lost", "drop", "dropped") and outages are
problems whose denial is praise, and "word", "bit" and "of" may stand between a negation
and the problem it denies ("not a bit of fuss", "without a word of complaint"); a
negation that opens a turn as a plea ("Don't lose my luggage!", "please don't cancel")
denies nothing (two development tweets said so once "lose" was a problem). The model
refitted on the same corpus. After: 57 of 60 (0.950); fresh13's block 54 unchanged; dev
`customer_sentiment` 0.7593 -> 0.7589 (tweets 0.7430 -> 0.7424, TripAdvisor 0.7126 ->
0.7120; session start 0.7606), the judge set 0.952, the 2,750 earlier blind lines 2,457
-> 2,460 (session start 2,455). Left: the two sarcasms and the refund told with "it".
One line ("Do you deliver to the Channel Islands?") proved to be in an earlier check
and was replaced after the read by "Do you ship to Jersey, and if so is there a
surcharge?", which both engines read as neutral, as they read the line it replaced.

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh13 import BLOCKS as FRESH13_BLOCKS
from .test_sentiment_fresh13 import EARLIER_ROUNDS as BEFORE_FRESH13

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "B": (
        55,
        [
            (
                "negative",
                (
                    "@SkyLinkAir flight 402 delayed again, third time this month. Any chance of an "
                    "actual explanation this time?"
                ),
            ),
            ("negative", "Great, another delay. Love spending my Friday night at gate 14."),
            (
                "negative",
                (
                    "@NorthNet my broadband has dropped out every evening since Sunday and I work "
                    "from home. This is not ok."
                ),
            ),
            (
                "negative",
                ("Why does your app log me out every single time I switch to another screen?"),
            ),
            (
                "negative",
                (
                    "Parcel marked as delivered. It was not delivered. The photo shows someone "
                    "else's front door."
                ),
            ),
            (
                "negative",
                "Oh brilliant, the driver left my new laptop on the doorstep in the rain.",
            ),
            (
                "negative",
                (
                    "Hi, I've been on hold for 55 minutes and got cut off when it finally rang "
                    "through. Can someone call me back?"
                ),
            ),
            (
                "negative",
                (
                    "So you charged me a £25 fee to change a seat that was then given to someone "
                    "else. Cool cool cool."
                ),
            ),
            (
                "negative",
                (
                    "@QuickShip three missed delivery slots and I took a day off work for each. "
                    "Done with you."
                ),
            ),
            (
                "negative",
                ("Nice to know my loyalty of 8 years gets me a price rise and a hold queue."),
            ),
            (
                "negative",
                (
                    "Is anyone actually reading these messages? I've sent four now and nobody has "
                    "answered."
                ),
            ),
            (
                "negative",
                (
                    "The replacement router you sent is the same model that kept failing. What's "
                    "the point?"
                ),
            ),
            (
                "negative",
                ("Just landed in Madrid. My suitcase apparently decided to stay in Manchester."),
            ),
            (
                "negative",
                (
                    "you've taken the money twice for one order and the chat bot keeps telling me "
                    "to check my bank"
                ),
            ),
            (
                "negative",
                (
                    "Thanks for the 6am text telling me my 7am flight is cancelled. Really gave me "
                    "time to sort something out."
                ),
            ),
            (
                "negative",
                (
                    "Signal has been zero bars in my flat for three weeks and all I get is 'we're "
                    "aware of an issue in your area'."
                ),
            ),
            ("negative", "Your courier threw the box over the gate. The screen is cracked."),
            (
                "negative",
                ("How is it acceptable to cancel a flight and offer a rebooking two days later?"),
            ),
            (
                "negative",
                (
                    "Stuck on the tarmac for 90 minutes with no air conditioning and no water. "
                    "Shocking."
                ),
            ),
            ("negative", "I was promised a callback within 24 hours. That was on Tuesday."),
            ("neutral", "@SkyLinkAir what's the hand luggage allowance on the Dublin route?"),
            (
                "neutral",
                ("Hi, can I change the name on my booking? My passport has my middle name on it."),
            ),
            ("neutral", "Is the wifi free on long-haul flights or do I need to buy a pass?"),
            (
                "neutral",
                ("@NorthNet is there an outage in Leeds at the moment? My connection is down."),
            ),
            (
                "neutral",
                (
                    "Can you tell me what time the driver is likely to arrive? I need to pop out at"
                    " 2."
                ),
            ),
            (
                "neutral",
                "Hello, I'd like to upgrade my contract to the unlimited data plan please.",
            ),
            (
                "neutral",
                ("My order number is 55102-B. Could you check whether it has been dispatched?"),
            ),
            ("neutral", "Do you ship to Jersey, and if so is there a surcharge?"),
            (
                "neutral",
                (
                    "I'm moving house on the 12th, how do I transfer my broadband to the new "
                    "address?"
                ),
            ),
            ("neutral", "Is the pool open in winter?"),
            (
                "neutral",
                ("Can I bring a folding pushchair on board or does it need to go in the hold?"),
            ),
            ("neutral", "@QuickShip can you leave parcels with a neighbour if I'm out?"),
            ("neutral", "What's the difference between the standard and flexi fares?"),
            ("neutral", "I've attached a photo of the meter. Reading is 20517."),
            (
                "neutral",
                ("Ok, I'll try restarting the router and come back to you if it's still the same."),
            ),
            ("neutral", "Where do I find my PUK code?"),
            ("neutral", "Could you send the invoice to my work email instead of my personal one?"),
            ("neutral", "Does the 10:40 to Glasgow still run on Sundays?"),
            (
                "neutral",
                "Just checking my seat request went through for tomorrow, 14A if possible.",
            ),
            ("neutral", "Is there a charge for paying by credit card?"),
            (
                "positive",
                (
                    "@SkyLinkAir crew on flight 88 were brilliant with my nervous little boy. Thank"
                    " you!"
                ),
            ),
            ("positive", "Parcel arrived a day early and beautifully packed. Very impressed."),
            (
                "positive",
                (
                    "Just wanted to say Priya on your chat team sorted my bill in five minutes. "
                    "Legend."
                ),
            ),
            (
                "positive",
                (
                    "New fibre installed this morning, engineer was tidy and explained everything. "
                    "Speeds are amazing."
                ),
            ),
            ("positive", "Thanks so much for rebooking me so quickly, you've saved my holiday."),
            ("positive", "Landed 20 mins early and my bag was first off the belt. Never happens!"),
            (
                "positive",
                (
                    "Honestly didn't expect a refund for a late train but it's just landed in my "
                    "account. Cheers!"
                ),
            ),
            (
                "positive",
                (
                    "Your driver carried the washing machine up three flights of stairs without a "
                    "word of complaint. Hero."
                ),
            ),
            ("positive", "Five years with you and not a single outage. Keep it up."),
            ("positive", "That's sorted it, thank you so much for your patience with me!"),
            ("positive", "Love the new app update, checking in took me 30 seconds."),
            ("positive", "The lounge in Terminal 5 is a proper treat. Best start to a holiday."),
            ("positive", "Got an upgrade to business for my birthday. Still grinning."),
            ("positive", "Impressed that you called me back exactly when you said you would."),
            (
                "positive",
                ("Really smooth switch from my old provider, didn't lose my number for a second."),
            ),
            ("positive", "Kudos to the courier who hid my parcel behind the bins like I asked."),
            ("positive", "Fantastic service from the Glasgow depot today, thank you all."),
            ("positive", "wow that was quick! order placed at 9 and it's on my doorstep by lunch"),
            ("positive", "You've won back a customer. The new tariff is half what I was paying."),
            (
                "positive",
                (
                    "Cabin crew on the Lisbon flight: warm, funny and on top of everything. More of"
                    " this please."
                ),
            ),
        ],
    ),
}

EARLIER_ROUNDS = (*BEFORE_FRESH13, FRESH13_BLOCKS)  # every blind round from the sixth


@pytest.mark.parametrize("name", list(BLOCKS))
def test_each_blind_block_is_new_and_read_well_enough(name: str) -> None:
    # In no corpus and no earlier check (the learned layer never saw it, nothing counts
    # twice), and read right at least its floor's times.
    check_unseen_after({name: BLOCKS[name]}, *EARLIER_ROUNDS)
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A loss or a dropped line denied is praise ...
        ("Moved us across to fibre and didn't lose our number for a second.", "positive"),
        ("They never lost a single parcel in two years.", "positive"),
        # ... a plea against one is not, nor a loss told plainly.
        ("Don't lose my passport this time please.", "negative"),
        ("You've lost my parcel again.", "negative"),
    ],
)
def test_a_loss_denied_or_feared(text: str, label: Label) -> None:
    assert classify(text) == label
