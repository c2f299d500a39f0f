"""Customer sentiment on the twelfth round's first blind block (24 November 2026,
sixteenth session): hotel and restaurant reviews of one to five stars, written the way
short reviews place their verdict (a headline, a closing sentence, a "but" clause,
would-return or would-not-return, star-like words: "average", "okay for the price"),
with the mixed middle (three stars: neutral) as a third of the block. 20 lines of each
class; every label was written into this file before the engine read a line.

- `A`, first read with the session-start rules (04bf8b4): 48 of 60 (macro-F1 0.798:
  0.837, 0.765, 0.791). By kind: a middling headline the rules did not count as one
  ("Okay for the price." — an opening "okay" was taken for an acknowledgement;
  "Pleasant enough stay.", "A middle-of-the-road Italian.") or that the praise after it
  outweighed ("Hit and miss. The starters were lovely ..."); a stay cut short ("we
  checked out a night early" read as praise: "a day early" is a parcel's praise); a
  would-return close ("Our new Sunday lunch spot.") read as plain; "Can't thank them
  enough" read as a complaint (only "can't thank you enough" was an idiom); plain facts
  of a stay ("a restaurant that closes at nine", a set menu's prices) read as
  complaints; a fear overcome ("I was nervous about ... but the chef ... Felt completely
  looked after") read as a complaint; a remedy dismissed ("which hardly makes up for
  it") read as praise.

Mended by kind (`sentiment_rules.lukewarm`, `sentiment._middling_verdict`, the patterns
of `lexicons/service_sentiment.json`): an opening "okay"/"fine" followed by "for" is a
verdict ("okay for the price", "fine for a night"), a plain praise word measured out with
"enough" is a middling verdict ("pleasant enough", "polite enough"; not "kind enough to
wait", not "not clean enough"); a short text whose opening or closing sentence (eight
words at most, not a question) is a middling verdict the learned layer reads as leaning
neither way is neutral; a customer who left a stay days early or cut it short complains,
one who will be back or stay again, or has found "our new" favourite place, praises
(not "I'll be back in Leeds on Monday", "I'll come back to you"); "can't thank them /
him / her / the team enough" is praise. The learned layer was refitted on the same
corpus (its lukewarm and rules features changed). After: 54 of 60 (0.901); the session
-start rules 48. Dev `customer_sentiment` 0.7606 -> 0.7593 (tweets 0.7440 -> 0.7430,
TripAdvisor 0.7184 -> 0.7126: the refit's noise; before the refit 0.7600), the judge set
0.952 -> 0.952, the 2,750 earlier blind lines 2,455 -> 2,457 right. Left: plain facts
of a stay read as complaints, a fear overcome, a remedy dismissed, and a review whose
flaws and early departure lose to its opening compliments.

After fresh15 (commit 50b860a) one more kind from this block's misses: "makes up for"
is praise like "made up for", so a remedy dismissed with it ("which hardly makes up for
it") is a complaint and "the view makes up for the tiny room" is none ("make up for"
stays out: "wifi to make up for the delay?" asks for amends). 55 of 60; dev 0.7589 and
the earlier blind lines 2,462 unchanged, fresh14 and fresh15 unchanged.

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify
from legendary.care.sentiment_rules import lukewarm, turn_words

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh12 import BLOCKS as FRESH12_BLOCKS
from .test_sentiment_fresh12 import EARLIER_ROUNDS as BEFORE_FRESH12

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "A": (
        53,
        [
            (
                "negative",
                (
                    "We waited fifty minutes for two pizzas and when they arrived the bases were "
                    "burnt. The waiter shrugged. Never again."
                ),
            ),
            (
                "negative",
                (
                    "The photos online must be ten years old. Peeling wallpaper, a kettle with "
                    "limescale floating in it, and the window wouldn't shut."
                ),
            ),
            (
                "negative",
                (
                    "Friendly receptionist and a nice view of the harbour, but the bathroom had "
                    "mould round the shower and the bed sagged in the middle. We checked out a "
                    "night early."
                ),
            ),
            (
                "negative",
                (
                    "Booked the tasting menu for our anniversary. Seven courses, three of which "
                    "were cold, and a bill of £240 with a service charge we were never told about."
                ),
            ),
            (
                "negative",
                (
                    "Noise from the nightclub next door until 4am every night. Reception said there"
                    " was nothing they could do. Would not stay here again."
                ),
            ),
            (
                "negative",
                (
                    "The location is great, I'll give it that. Everything else was a letdown: "
                    "stained carpets, a broken lift and breakfast that ran out by half eight."
                ),
            ),
            (
                "negative",
                (
                    "My steak came well done when I'd asked for rare, and when I sent it back the "
                    "replacement took another half hour. By then my friends had finished."
                ),
            ),
            (
                "negative",
                (
                    "Two stars only because the bar staff were kind. The room was tiny, the air "
                    "conditioning rattled all night and the Wi-Fi didn't work once."
                ),
            ),
            (
                "negative",
                (
                    "Found a hair in the soup. The manager offered a free dessert, which hardly "
                    "makes up for it."
                ),
            ),
            (
                "negative",
                (
                    "Overpriced and underwhelming. £18 for a burger that tasted like it came out of"
                    " a freezer bag."
                ),
            ),
            (
                "negative",
                (
                    "The spa was closed for refurbishment, which nobody mentioned when we booked a "
                    "spa break. No refund, no discount, just an apology."
                ),
            ),
            (
                "negative",
                (
                    "Check-in took over an hour and our room wasn't ready until six. Not the start "
                    "you want to a weekend away."
                ),
            ),
            (
                "negative",
                (
                    "Looked lovely from the street. Inside the tables were sticky, the music was "
                    "deafening and our order was wrong twice."
                ),
            ),
            (
                "negative",
                (
                    "We were put in a room above the kitchen and woke to the smell of frying at "
                    "5am. Asked to move and were told the hotel was full."
                ),
            ),
            (
                "negative",
                (
                    "Honestly the worst curry I've had in years, bland and swimming in oil. Shame, "
                    "as the place itself is charming."
                ),
            ),
            (
                "negative",
                (
                    "Dirty towels, hair in the sink, and a cleaner who walked in while I was still "
                    "in bed. Avoid."
                ),
            ),
            (
                "negative",
                (
                    "The pool was freezing, half the sunbeds had been taken by 7am with towels, and"
                    " staff did nothing about it."
                ),
            ),
            (
                "negative",
                (
                    "They lost our booking, sat us by the toilets and then charged us for the "
                    "bottle of water we never ordered."
                ),
            ),
            (
                "negative",
                (
                    "Breakfast was the only good thing. For what we paid I expected a room that "
                    "didn't smell of cigarettes."
                ),
            ),
            (
                "negative",
                (
                    "Disappointing. The menu promised local seafood and the mussels were gritty and"
                    " half of them hadn't opened."
                ),
            ),
            (
                "neutral",
                (
                    "It was fine. Clean room, average breakfast, nothing special. Fine for one "
                    "night if you're passing through."
                ),
            ),
            (
                "neutral",
                (
                    "Decent food, slow service. The lamb was good but the sides were forgettable. "
                    "Probably wouldn't go out of our way to come back."
                ),
            ),
            (
                "neutral",
                (
                    "Okay for the price. The room was small and a bit dated but clean, and the "
                    "staff were polite enough."
                ),
            ),
            ("neutral", "Average chain hotel. You get exactly what you expect, no more, no less."),
            (
                "neutral",
                (
                    "Some dishes were excellent, others were bland. The dessert was the highlight; "
                    "the main courses let it down a little."
                ),
            ),
            (
                "neutral",
                (
                    "Good location near the station. The room was noisy from the road but the bed "
                    "was comfortable. Mixed feelings overall."
                ),
            ),
            ("neutral", "Three stars. Nothing wrong with it, but nothing memorable either."),
            (
                "neutral",
                (
                    "The pizza was alright, the pasta less so. Friendly staff. It's a reasonable "
                    "option if you're in the area."
                ),
            ),
            (
                "neutral",
                (
                    "We stayed two nights for a wedding nearby. The hotel has a car park, a small "
                    "gym and a restaurant that closes at nine."
                ),
            ),
            (
                "neutral",
                (
                    "Breakfast is served from 7 to 10 in the conservatory. Rooms on the top floor "
                    "have sloping ceilings, so tall guests might want to ask for the first floor."
                ),
            ),
            (
                "neutral",
                (
                    "A middle-of-the-road Italian. Portions are generous, the flavours are a bit "
                    "safe, and the prices are about what you'd pay anywhere else."
                ),
            ),
            (
                "neutral",
                (
                    "Pleasant enough stay. The pool was smaller than it looked in the pictures, but"
                    " the kids didn't mind."
                ),
            ),
            (
                "neutral",
                (
                    "The service was good but the food was average, so it evens out. Not bad, not "
                    "great."
                ),
            ),
            ("neutral", "Clean and basic. Don't expect luxury and you won't be disappointed."),
            (
                "neutral",
                (
                    "It's a standard business hotel: desk, kettle, decent shower. The bar is a bit "
                    "soulless in the evenings."
                ),
            ),
            (
                "neutral",
                (
                    "Visited on a Tuesday lunchtime. Set menu of two courses for £15, three for "
                    "£19. We had the soup and the fish."
                ),
            ),
            (
                "neutral",
                (
                    "The curry was tasty but too mild for my liking, and the naan was a bit dry. OK"
                    " overall."
                ),
            ),
            (
                "neutral",
                (
                    "Nice enough hotel but a bit far from the centre, so you'll need a taxi. The "
                    "staff were helpful with directions."
                ),
            ),
            (
                "neutral",
                (
                    "Food was fine, nothing to complain about but nothing to rave about either. The"
                    " view over the river is the main draw."
                ),
            ),
            (
                "neutral",
                (
                    "Hit and miss. The starters were lovely but my main was overcooked; my "
                    "husband's was perfect."
                ),
            ),
            (
                "positive",
                (
                    "From the welcome drink to the late checkout, everything was thought of. We're "
                    "already planning to come back in the spring."
                ),
            ),
            (
                "positive",
                (
                    "Best fish and chips on the coast. Crispy batter, proper chips and a cheerful "
                    "team behind the counter."
                ),
            ),
            (
                "positive",
                (
                    "The room was on the small side, but spotless, quiet and the bed was like "
                    "sleeping on a cloud. Would happily stay again."
                ),
            ),
            (
                "positive",
                (
                    "We went for my dad's 70th and they put a candle in his pudding and sang. "
                    "Lovely food, lovely people."
                ),
            ),
            (
                "positive",
                (
                    "A little gem. Tiny place, only eight tables, but every plate was beautifully "
                    "done."
                ),
            ),
            (
                "positive",
                (
                    "Staff went above and beyond when our daughter was ill, bringing soup to the "
                    "room and calling a doctor. Can't thank them enough."
                ),
            ),
            (
                "positive",
                (
                    "Parking was a pain, but the food more than made up for it. The duck was the "
                    "best I've had."
                ),
            ),
            (
                "positive",
                (
                    "Five stars without hesitation. Gorgeous rooms, huge breakfast, and a view of "
                    "the lake from the bath."
                ),
            ),
            (
                "positive",
                (
                    "Reasonable prices, quick service and the kids' menu is actually good. Our new "
                    "Sunday lunch spot."
                ),
            ),
            (
                "positive",
                (
                    "Stayed four nights and the room was cleaned beautifully every day. "
                    "Housekeeping even folded the kids' pyjamas."
                ),
            ),
            (
                "positive",
                (
                    "We arrived soaked after a storm and they found us an upgrade and dried our "
                    "coats. Brilliant hotel."
                ),
            ),
            (
                "positive",
                (
                    "Really enjoyed our meal. The waiter knew the wine list inside out and his "
                    "recommendation was spot on."
                ),
            ),
            (
                "positive",
                "Excellent value. Clean, comfortable, friendly and a short walk to the beach.",
            ),
            (
                "positive",
                (
                    "The ramen here is the real thing. Rich broth, perfect noodles. I'll be back "
                    "next week."
                ),
            ),
            (
                "positive",
                (
                    "I was nervous about the gluten-free options but the chef came out to talk me "
                    "through the menu. Felt completely looked after."
                ),
            ),
            (
                "positive",
                "Not cheap, but worth every penny. One of those meals you remember for years.",
            ),
            (
                "positive",
                (
                    "The hotel is old and a bit quirky, which is part of its charm. Warm staff, "
                    "roaring fire in the lounge, and the best scones I've had."
                ),
            ),
            (
                "positive",
                (
                    "Would definitely recommend to anyone visiting the city. Great base for "
                    "exploring and the concierge was a star."
                ),
            ),
            (
                "positive",
                (
                    "Our second visit and it was even better than the first. The new terrace is "
                    "lovely in the evening."
                ),
            ),
            (
                "positive",
                "Quiet, clean and the breakfast had everything you could want. Couldn't fault it.",
            ),
        ],
    ),
}


# The blind blocks of the rounds before this one, from the sixth.
EARLIER_ROUNDS = (*BEFORE_FRESH12, FRESH12_BLOCKS)


def test_the_blind_lines_are_in_no_corpus_and_no_other_check() -> None:
    check_unseen_after(BLOCKS, *EARLIER_ROUNDS)


@pytest.mark.parametrize("name", list(BLOCKS))
def test_sentiment_holds_up_on_the_blind_blocks(name: str) -> None:
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A plain praise word measured out with "enough" is a middling verdict ...
        ("A pleasant enough stay, all told.", 1),
        ("The waiters were polite enough.", 1),
        # ... but not praise of an act, nor a complaint that something fell short.
        ("She was kind enough to wait while I found my ticket.", 0),
        ("The room was not clean enough for the price.", 0),
        # An opening "okay" is an acknowledgement unless "for" measures it.
        ("Okay for the price, I suppose.", 1),
        ("OK, thanks, that's all I needed.", 0),
    ],
)
def test_middling_verdicts_measured_out(text: str, count: int) -> None:
    assert lukewarm(turn_words(text)) == count


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A short review's middling headline or close is its verdict.
        ("Okay for the price. The room was small but clean.", "neutral"),
        ("Hit and miss. The starters were lovely but my main was overcooked.", "neutral"),
        (
            "Fine for a night. Thin walls and a tiny shower, but the bed was comfy and the "
            "staff were friendly.",
            "neutral",
        ),
        # A headline that leans ("Not great.") is a complaint, and a question asks.
        ("Not great. The flight was delayed four hours and nobody told us.", "negative"),
        # Leaving a stay early complains; a delivery a day early praises.
        ("The heating never worked, so we left two days early.", "negative"),
        ("The parcel arrived a day early.", "positive"),
        # Coming back praises; being back somewhere on a date is a plan.
        ("We'll definitely be back.", "positive"),
        ("Found our new favourite curry house, the lamb was gorgeous.", "positive"),
        ("I'll be back in Leeds on Monday, can you deliver then?", "neutral"),
        ("We won't be back.", "negative"),
        # What makes up for a flaw is no complaint; a remedy that hardly does is one.
        ("The view makes up for the tiny room.", "neutral"),
        ("They sent a voucher, which hardly makes up for a ruined weekend.", "negative"),
        # Thanks that cannot be given enough, to whoever it is owed.
        ("The nurses were wonderful with my mum. Can't thank them enough.", "positive"),
    ],
)
def test_how_a_short_review_places_its_verdict(text: str, label: Label) -> None:
    assert classify(text) == label
