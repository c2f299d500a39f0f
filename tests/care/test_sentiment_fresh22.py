"""Customer sentiment on the fifteenth round's first blind block (24 November 2026,
nineteenth session): the registers the engine has seen least. Product, app, restaurant
and hotel reviews of one to five stars, the middle third (three stars, neutral) being
mixed reviews that set real praise beside a real complaint with no clear winner, and
customer chat and e-mail to telecoms, banks, couriers and software support (plain
requests, complaints, thanks). One line to a paragraph of five sentences; 30 lines of
each class, every label written into this file before the engine read a line.

- `J`, first read at the session-start rules (98b6c6d): 75 of 90 (macro-F1 0.828:
  negative 0.896, neutral 0.776, positive 0.812). By kind: all 30 complaints right and
  all 8 plain requests right; 11 of the 22 mixed reviews read as praise (8) or as a
  complaint (3): the learned layer takes the side of the stronger clause ("The pasta was
  excellent, the service painfully slow.", "The dough was perfect; the toppings were
  stingy."), a closing hedge that leans a hair ("Average overall.", "Worth it if you're
  not in a hurry.") was not counted as the verdict, and a long review headed "Mixed
  feelings." read as happy; 4 praise lines read as complaints (a battery that "lasts me
  three days" read as a three-day wait, "not a single blister", a fix for a problem
  "I'd been stuck on for a week", "set it up ... without reading any instructions").

Mended by kind (`sentiment._middling_verdict`, `sentiment._balance_label`,
`sentiment_rules.conditional_verdict`, `lexicons/service_sentiment.json`): praise hung on
a condition ("worth it if ...", "would stay again if ...", "recommend it as long as ...":
`conditional_verdicts`) is a middling verdict, whatever its praise words lean; a middling
closing or opening sentence may lean 0.2 either way (was 0.15: "Average overall." leans
-0.16); a long text, too, is neutral when its opening or closing sentence is a middling
verdict (a review headed "Mixed feelings." or "Hit and miss."); a long text needs
two glowing words for the lowest bar to praise, one glowing word halfway (a three-star
review says "wonderful" once among its flaws); a duration after "lasts me / lasted us"
is how long something endured, no wait. After: 79 of 90 (macro-F1 0.875: 0.909, 0.846,
0.871). Dev `customer_sentiment` 0.7592 -> 0.7593 (airline tweets 0.7432 unchanged,
TripAdvisor 0.7120 -> 0.7150); the held-out set unchanged; the 3,290 lines of the
earlier blind checks 2,908 -> 2,911.

Tried and dropped: a short text with a clause that clearly praises and one that clearly
complains read as mixed (neutral): on the development tweets "love you but", thanks
beside a complaint and sarcasm made it cost 0.02 to 0.04 macro-F1, and gated on
reviews alone (no handle, no "you", no thanks, no "!") it still took 25 to 70 earlier
blind lines from praise or complaint to neutral (short reviews that weigh both sides
and then give a verdict); "support" as a department's name with no valence: +2 earlier
blind lines but one development tweet lost and no block line gained; 50 corpus lines of
our own (40 mixed reviews, 5 praise and 5 complaints that concede a point) with the
model refitted: dev 0.7593 -> 0.7580, the block unchanged; "works mostly", "mostly fine"
as middling verdicts (which needs a refit): block +1 but dev -0.0002 and one earlier
blind line lost. Left: mixed reviews of one sentence or two whose sides the learned
layer weighs unevenly, praise told by a harm denied that is no listed problem ("not a
single blister"), and a fix told with the problem's history after it.

Mended the same evening, after a review: a condition took a verdict's side away
("Not worth it if you ask me. Cold food..." read neutral, and so did praise "worth it if
you love jazz", "if only for the view", "would recommend if anyone asks"). A conditional
verdict is middling now only when its condition is a reservation ("if you're not in a
hurry", "if the price dropped"): not when the verdict is denied ("not worth it if...",
"never go back unless..."), nor when the condition is one of `conditional_verdicts`'
`idioms` ("if you ask me", "if only for", "if anyone asks", "if we're ever back") or
`tastes`, the listener's taste or need ("if you love jazz"; "unless you enjoy food
poisoning" is sarcasm). J stays 79 of 90; dev `customer_sentiment` 0.7602 unchanged
(tweets 0.7443, TripAdvisor 0.7150); no line of the earlier blind checks reads
differently; no refit (the model's --check matches).

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify
from legendary.care.sentiment_rules import conditional_verdict

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh21 import BLOCKS as FRESH21_BLOCKS
from .test_sentiment_fresh21 import EARLIER_ROUNDS as BEFORE_FRESH21

# Each block: its floor (lines read right) and its lines, 30 of each class.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "J": (
        77,
        [
            (
                "negative",
                (
                    "One star. The room smelled of damp, the shower ran cold and nobody at "
                    "the desk seemed to care."
                ),
            ),
            (
                "negative",
                (
                    "Avoid. Food arrived lukewarm after an hour and the bill had two dishes "
                    "we never ordered."
                ),
            ),
            ("negative", "The app crashes every time I try to upload a photo. Uninstalled."),
            (
                "negative",
                (
                    "Bought this kettle in March and the handle has already come loose. Cheap "
                    "plastic, not worth the money."
                ),
            ),
            (
                "negative",
                (
                    "We were put in a room next to the lift shaft and got maybe three hours "
                    "of sleep. When I asked to move, the manager said the hotel was full and "
                    "shrugged. Breakfast was stale pastries and weak coffee. The photos "
                    "online must be ten years old. Never again."
                ),
            ),
            ("negative", "Overpriced and underwhelming. The steak was grey and chewy."),
            (
                "negative",
                (
                    "Since the last update the budget screen won't load and my saved "
                    "categories have vanished."
                ),
            ),
            (
                "negative",
                (
                    "The headphones stopped charging after five weeks and the seller won't "
                    "answer my messages."
                ),
            ),
            (
                "negative",
                (
                    "Waited 40 minutes for a table we had booked, then the waiter forgot our "
                    "drinks twice."
                ),
            ),
            (
                "negative",
                (
                    "Two stars only because the location is handy. The bathroom was filthy "
                    "and the walls were paper thin."
                ),
            ),
            ("negative", "This vacuum loses suction after two minutes. Complete waste of £120."),
            (
                "negative",
                (
                    "The subscription renewed without any reminder and there's no way to "
                    "cancel inside the app."
                ),
            ),
            ("negative", "Dry chicken, soggy chips, rude staff."),
            ("negative", "Ads every ten seconds, even after I paid to remove them."),
            (
                "negative",
                (
                    "The blender leaked from the base the very first time I used it, all over "
                    "the counter."
                ),
            ),
            (
                "negative",
                (
                    "Booked a sea view and got a view of the bins. Reception insisted that "
                    "was what we paid for."
                ),
            ),
            ("negative", "Pizza was burnt on the bottom and the delivery took an hour and a half."),
            ("negative", "The mattress sagged in the middle and the air con rattled all night."),
            (
                "negative",
                (
                    "My broadband has dropped out every evening for two weeks and every time "
                    "I call I'm told to restart the router. I've done that a hundred times."
                ),
            ),
            (
                "negative",
                (
                    "Hi, this is the fourth time I'm writing about the same wrong charge on "
                    "my bill. Nobody has fixed it and I'm losing patience."
                ),
            ),
            (
                "negative",
                (
                    "Your courier marked my parcel as delivered but it isn't here and the "
                    "neighbours haven't got it."
                ),
            ),
            (
                "negative",
                (
                    "I was on hold for 55 minutes just to be transferred to someone who hung "
                    "up on me."
                ),
            ),
            (
                "negative",
                (
                    "Dear Sir or Madam, I am writing to complain about the way my mortgage "
                    "application has been handled. Documents I sent twice have been 'lost', I "
                    "have been given three different deadlines, and no one has returned my "
                    "calls. This has put our house purchase at risk. I expect a proper "
                    "explanation."
                ),
            ),
            (
                "negative",
                (
                    "Your bank blocked my card while I was abroad and I had no way to pay for "
                    "the hotel."
                ),
            ),
            (
                "negative",
                (
                    "The software licence I paid for still shows as a trial and support keeps "
                    "closing my ticket."
                ),
            ),
            ("negative", "The driver threw the box over the gate and now the screen is cracked."),
            (
                "negative",
                (
                    "Three engineers, three missed appointments. I've taken three days off "
                    "work for nothing."
                ),
            ),
            ("negative", "Your chatbot keeps sending me in circles and I can't reach a human."),
            (
                "negative",
                (
                    "The transfer I made on Monday still hasn't arrived and the money has "
                    "left my account."
                ),
            ),
            ("negative", "I've been charged roaming fees for a country I have never visited."),
            (
                "neutral",
                (
                    "Three stars. Lovely staff and a great breakfast, but the room was tiny "
                    "and the walls were thin."
                ),
            ),
            (
                "neutral",
                (
                    "The pasta was excellent, the service painfully slow. Worth it if you're "
                    "not in a hurry."
                ),
            ),
            ("neutral", "Does the job. Battery life is good, though the screen is dim outdoors."),
            ("neutral", "Decent app with a clean design, but it logs me out far too often."),
            (
                "neutral",
                (
                    "Nice hotel in a great spot. Parking was expensive and the wifi was "
                    "patchy. Average overall."
                ),
            ),
            ("neutral", "Food was tasty but the portions were small for the price."),
            (
                "neutral",
                ("Comfortable shoes once you've broken them in, but the first week was painful."),
            ),
            (
                "neutral",
                (
                    "Mixed feelings. The spa was gorgeous and the pool was warm, but our room "
                    "overlooked a building site and housekeeping missed us twice. The "
                    "restaurant was good, if overpriced. I'd probably stay again for the spa, "
                    "but not at full price."
                ),
            ),
            ("neutral", "Strong coffee and good cakes, but the chairs are like church pews."),
            (
                "neutral",
                (
                    "It works, mostly. Syncing between phone and laptop is slick, but the "
                    "reminders sometimes fire an hour late."
                ),
            ),
            (
                "neutral",
                (
                    "The curry was full of flavour. The naan was stale and the rice cold. Hit "
                    "and miss."
                ),
            ),
            (
                "neutral",
                (
                    "Not bad for a budget hotel. Clean sheets and a friendly night porter, "
                    "but the shower barely trickled."
                ),
            ),
            ("neutral", "Sturdy build and easy to assemble, although one of the drawers sticks."),
            ("neutral", "Friendly waiters, nice terrace, forgettable food."),
            (
                "neutral",
                (
                    "The app does what it says, but the free version is so limited it's "
                    "barely usable."
                ),
            ),
            (
                "neutral",
                (
                    "Good location and helpful staff. The breakfast was poor and the bed was "
                    "hard. Okay for a night or two."
                ),
            ),
            (
                "neutral",
                (
                    "Sound quality is great for the price. The ear cushions started peeling "
                    "after a few months though."
                ),
            ),
            (
                "neutral",
                (
                    "Lovely desserts, but the mains were bland and we waited a long time "
                    "between courses."
                ),
            ),
            (
                "neutral",
                (
                    "Could be better. The room was spotless and the view was beautiful, but "
                    "the noise from the bar downstairs kept us up until 2am."
                ),
            ),
            (
                "neutral",
                ("Handy features and a fair price, but customer support took a week to reply."),
            ),
            ("neutral", "The dough was perfect; the toppings were stingy."),
            (
                "neutral",
                (
                    "Fine for what it is. Quick delivery and easy setup, but the printer is "
                    "loud and the ink runs out fast."
                ),
            ),
            (
                "neutral",
                ("Hi, can I upgrade my phone contract early or do I have to wait until June?"),
            ),
            ("neutral", "Could you send me a copy of last month's statement by email please?"),
            (
                "neutral",
                (
                    "I'm moving house on the 12th. How do I transfer my broadband to the new "
                    "address?"
                ),
            ),
            (
                "neutral",
                (
                    "Hello, I'd like to change the delivery slot for my order to Saturday "
                    "morning if possible."
                ),
            ),
            ("neutral", "Is there a way to export my data from the app to a spreadsheet?"),
            (
                "neutral",
                (
                    "I need to add my partner as a second account holder. What documents do "
                    "you need from us?"
                ),
            ),
            ("neutral", "Can the parcel be left with my neighbour at number 14 if I'm out?"),
            (
                "neutral",
                (
                    "Which version of the software works with Windows 11? I'm about to "
                    "upgrade my laptop."
                ),
            ),
            (
                "positive",
                (
                    "Five stars. Spotless room, comfy bed and the staff remembered our names "
                    "by the second day."
                ),
            ),
            ("positive", "Best ramen I've had outside Japan. Rich broth, perfect noodles."),
            (
                "positive",
                ("This app has made budgeting actually enjoyable. Clean, quick and no nonsense."),
            ),
            (
                "positive",
                (
                    "The air fryer is a game changer. Crispy chips in fifteen minutes and so "
                    "easy to clean."
                ),
            ),
            (
                "positive",
                (
                    "We came for my mum's seventieth and the team went out of their way. They "
                    "put a candle in her pudding, the waiter sang, and the chef came out to "
                    "say hello. Every dish was beautiful. Mum hasn't stopped talking about "
                    "it. We'll be back for Dad's birthday."
                ),
            ),
            ("positive", "Lovely little hotel, great value, would happily stay again."),
            ("positive", "Solid, well made and looks great in the living room. Very pleased."),
            ("positive", "The new update fixed all the bugs and it's faster than ever."),
            ("positive", "Gorgeous views from the balcony and the breakfast spread was amazing."),
            ("positive", "Fresh, generous and reasonably priced. Our new favourite lunch spot."),
            ("positive", "Battery lasts me three days and the camera is superb."),
            ("positive", "Couldn't fault anything. Check-in was quick and the pool was lovely."),
            (
                "positive",
                (
                    "Ordered the walking boots on Tuesday, wore them up Snowdon on Saturday. "
                    "Not a single blister."
                ),
            ),
            (
                "positive",
                ("Really intuitive app, set it up in minutes without reading any instructions."),
            ),
            ("positive", "The tasting menu was worth every penny."),
            (
                "positive",
                ("Quiet rooms, friendly staff, and the best shower I've ever had in a hotel."),
            ),
            (
                "positive",
                ("Exactly as described and arrived a day early. Would buy from this seller again."),
            ),
            ("positive", "Great meditation app. I'm sleeping better than I have in years."),
            (
                "positive",
                ("Tiny place but the food is incredible and the owner treats you like family."),
            ),
            (
                "positive",
                (
                    "Four stars. Comfortable, clean and good value; only wish the breakfast "
                    "started earlier."
                ),
            ),
            (
                "positive",
                ("Thank you so much for sorting out my bill so quickly, Priya was brilliant."),
            ),
            (
                "positive",
                (
                    "Just wanted to say the engineer today was fantastic. Fixed the line in "
                    "twenty minutes and explained everything."
                ),
            ),
            (
                "positive",
                (
                    "Hi, the replacement card arrived this morning and everything works. "
                    "Really appreciate your help."
                ),
            ),
            (
                "positive",
                ("Your support team solved a problem I'd been stuck on for a week. Thank you!"),
            ),
            (
                "positive",
                (
                    "The delivery driver carried the wardrobe up three flights of stairs "
                    "without a single complaint. Absolute star."
                ),
            ),
            (
                "positive",
                (
                    "Dear team, I wanted to thank you for how you handled my late father's "
                    "account. Everyone I spoke to was patient and kind, and you made a very "
                    "hard time a little easier. I'm grateful."
                ),
            ),
            (
                "positive",
                ("Switched to you last month and the signal is miles better than my old network."),
            ),
            ("positive", "Got my refund within a day of returning the item. Impressed."),
            ("positive", "Thanks for the quick reply, that fix worked perfectly."),
            ("positive", "Best customer service I've had from a bank, honestly."),
        ],
    ),
}

EARLIER_ROUNDS = (*BEFORE_FRESH21, FRESH21_BLOCKS)  # every blind round before this one

# The block's lines of each class (30, not the earlier rounds' 20).
PER_CLASS = 30


@pytest.mark.parametrize("name", list(BLOCKS))
def test_the_block_of_mixed_reviews_and_service_messages_is_new_and_read_well_enough(
    name: str,
) -> None:
    # Unseen by the corpus and by every earlier round, then read right often enough.
    check_unseen_after({name: BLOCKS[name]}, *EARLIER_ROUNDS)
    check_block(*BLOCKS[name], each=PER_CLASS)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Praise hung on a condition is a middling verdict, whatever its words lean ...
        ("The lamb was superb, the wait for it long. Worth it if you're not in a rush.", "neutral"),
        (
            "Great rooms, noisy bar downstairs. Would stay again if they sorted the soundproofing.",
            "neutral",
        ),
        # ... but praise without a condition stays praise, and a condition on something
        # else is no verdict.
        ("Superb lamb and a lovely terrace. Worth every penny.", "positive"),
        ("Wonderful stay. Would stay again in a heartbeat.", "positive"),
        (
            "The kettle broke after a week. I'll send it back if the new one does the same.",
            "negative",
        ),
        # A verdict denied is the complaint it says, whatever the condition ...
        ("Not worth it if you ask me. Soggy chips, a surly barman, never again.", "negative"),
        ("Wouldn't go back unless you fancy a night of food poisoning. Revolting.", "negative"),
        # ... and a condition that is an idiom or the listener's taste holds nothing back.
        (
            "Totally worth it if you love live folk music. The singer was stunning and the "
            "ale superb!",
            "positive",
        ),
        ("Worth it if only for the sea view! Glorious sunsets and the kindest staff.", "positive"),
        ("Thanks so much! Would recommend if anyone asks, you were fantastic.", "positive"),
    ],
)
def test_praise_hung_on_a_condition_is_middling(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("lower", "found"),
    [
        ("worth it if you are not in a hurry", True),
        ("would go back if the prices came down", True),
        ("i would recommend it as long as you book ahead", True),
        ("worth it", False),
        ("would be great if you could call me", False),
        ("i had to go back to the shop", False),
        # Denied, or on a condition that is an idiom or the listener's taste: no verdict
        # held back.
        ("not worth it if you ask me", False),
        ("i would never go back unless you like food poisoning", False),
        ("worth it if only for the view", False),
        ("would recommend if anyone asks", False),
        ("worth it if you love jazz", False),
        ("we will go back if we're ever in york again", False),
        # A reservation keeps it middling.
        ("worth it if the price dropped", True),
        ("would stay again if you are not a light sleeper", True),
        ("i'd recommend it unless you're on a budget", True),
    ],
)
def test_a_conditional_verdict_needs_a_reservation_after_the_verdict(
    lower: str, found: bool
) -> None:
    assert conditional_verdict(lower.split()) is found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A closing middling verdict that leans a hair is still the verdict ...
        ("Nice view, friendly host. Paper-thin walls and a saggy bed. Average overall.", "neutral"),
        # ... and a long review headed by one weighs its praise and flaws as a three-star
        # reviewer does.
        (
            "Mixed feelings. The rooftop bar was wonderful and the staff were lovely, but our "
            "room faced the bins, the lift broke twice and breakfast was a scrum every morning. "
            "The location is handy for the old town and the beds were comfortable, though we "
            "would not pay this much again.",
            "neutral",
        ),
        # A long review that ends happy without a middling word keeps its verdict.
        (
            "We stayed three nights in late May for a friend's birthday. The staff were "
            "wonderful, the bed was comfy and the view of the bay was gorgeous. The bathroom "
            "needed updating, the air conditioning was noisy, the breakfast was poor and the "
            "pool closed early.",
            "positive",
        ),
        # One glowing word among as many flaws as merits is a three-star review.
        (
            "We stayed three nights in late May for a friend's birthday. The staff were "
            "friendly, the bed was comfy and the view of the bay was wonderful. The bathroom "
            "needed updating, the air conditioning was noisy, the breakfast was poor and the "
            "pool closed early.",
            "neutral",
        ),
    ],
)
def test_middling_verdicts_and_glowing_words_in_reviews(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # How long a battery lasts the customer is endurance, not a wait ...
        ("The battery lasts me two days and the screen is bright.", "positive"),
        ("The battery lasted us three days on the trip and the photos look stunning.", "positive"),
        # ... waiting days still is one.
        ("Waited two days for a reply and nobody called back.", "negative"),
    ],
)
def test_what_lasts_the_customer_days_is_no_wait(text: str, label: Label) -> None:
    assert classify(text) == label
