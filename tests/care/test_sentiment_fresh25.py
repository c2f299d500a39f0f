"""Customer sentiment on the seventeenth round's blind block (25 November 2026,
twenty-first session): customers of kinds the two development sources hold none of.
Restaurant and cafe reviews, online shop and product reviews and app-store reviews, each
with its stars beside it (1-2 negative, 3 neutral, 4-5 positive, as the development
reviews map them); bank, telecom and parcel-delivery customers on social media; chat and
e-mail to a water or energy company or a council. The hard kinds in each: mixed
three-star reviews, polite two-star reviews, four-star reviews with small faults,
sarcasm, a complaint put as a question, a plain question with a grumble word in it,
emoji and slang. 8 lines of each class in each of the five kinds, 40 a class; every
label was written into this file before the engine read a line.

- `M`, first read at the session-start rules and model (2d42740): 105 of 120 (macro-F1
  0.875: negative 0.867, neutral 0.861, positive 0.897). Confusion (rows the label,
  columns the reading negative / neutral / positive): negative 36 / 3 / 1, neutral
  4 / 34 / 2, positive 3 / 2 / 35. Wrong by kind: seven short reviews that set a merit
  against a flaw ("Sturdy enough, but assembly took two hours ...", "Handy for tracking
  spending, though syncing ... fails now and then") read by the side that weighed more
  (four three-star reviews as complaints, two as praise, a four-star one as middling),
  and a four-star "Not the cheapest, but the quality shows. Very pleased." read as
  middling (its conceded "not the cheapest" taken as the verdict); three lines of
  praise for speed or ease read as complaints ("took me two minutes", "in and out in
  20 mins and the wifi's never been faster", "expected a nightmare switching over but
  it was painless"); two complaints put as a question after a harm or as a jibe ("Is it
  too much to ask for a table that isn't sticky?", "... burst two of my tyres. When
  will someone fix it?") read as plain, and "taking the mick" as middling; slang
  "absolute trash app lol" read as praise.

Mended by kind (`lexicons/service_sentiment.json`, `sentiment._conceded`; no refit: the
model's `train_sentiment --check` matches the corpus after each): a short duration after
"took / takes" is speed with the one served between them too ("took me two minutes",
"took us five minutes": the speed pattern allowed no word there); a praise comparative
after "never" + been, felt, looked, run, worked ... ("the wifi's never been faster",
"never felt more relaxed") is praise, a pattern read whole, while "never been worse /
longer" still complains; the honesty fillers "not gonna lie", "not going to lie", "won't
lie" are `plain` (they read as a denial and a lie, -4.5); a middling word capped by "at
best" ("ok at best", "mediocre at best") is a complaint, a cue of its own and no middling
verdict; a middling verdict conceded before a "but" whose clause is no middling verdict
itself ("Not the cheapest, but ...") is not the sentence's verdict, so a short review
that goes on "Very pleased." is read whole. After: 109 of 120 (macro-F1 0.908: negative
0.914, neutral 0.872, positive 0.938; confusion negative 37 / 2 / 1, neutral 4 / 34 / 2,
positive 0 / 2 / 38). Dev `customer_sentiment` unchanged at 0.7610 (airline tweets
0.7453, TripAdvisor 0.7150: no dev line reads differently); the 3,560 lines of the
earlier blind blocks read line for line as before (3,155 right). (The commit, df515e4,
says 10 guards pass: the named tests below hold 11 that failed before and 9 guards.)
Made fair later the same session on a reviewer's sentences (`test_sentiment_fair_s21`):
time spent finding out is no speed ("took me five minutes to realise ..."), "never been
happier to leave / cancel / get off" is relief, not praise, "at best" weighs only where
it caps a verdict (not "next week at best", not "at Best Western"), and a concession
hands a one-sentence text's verdict to the praise or question after "but".

Tried and dropped: an expectation that "but" overturns ("I expected a nightmare ...
but it was painless", "we were dreading the queues but ...") read as a condition is,
its trouble hypothetical. With "dreading" among the expectation words it
changed the reading of five corpus lines of praise, and the refit it needs took
fresh18's "Do you even check?" complaint to plain (one earlier blind line gained, one
lost; dev unchanged); with "expected / expecting / feared / braced" alone it needed no
refit but turned one of seven such sentences of ours and no line of this block, so it
was left out. A question that chases the service's act ("when will someone / anyone
fix / reply / call me / turn up ...") as a rhetorical complaint: this block 109 -> 110
and dev unchanged, but two corpus lines hold it and the refit took fresh2's "... Worth
it on sale." three-star line to praise. A verdict held back ("too early to tell",
"haven't used it enough", "time will tell", "will update my review") as a middling
verdict: this block 109 -> 110 and dev unchanged, but one corpus line holds it and the
refit took the same fresh2 line to praise and fresh18's "Do you even check?" to plain.
Left: three-star reviews of one or two sentences that weigh a merit
against a flaw (seven of the eleven lines still wrong; fresh22 showed a rule for them
costs dev), a complaint put as a question after a harm ("When will someone fix it?"),
an idiom of overcharging ("taking the mick"), slang scorn ("absolute trash app lol"),
and praise after an expectation overturned behind a handle.

Retried in the twenty-first session (`test_sentiment_edges_s21`), once fresh18's and
fresh2's edge lines were decided by rules of their kind: the chase "when will someone /
anyone fix ...?" took this block's pothole line right but dev down, 0.7614 -> 0.7608 as
a rhetorical complaint (airline tweets 0.7454 -> 0.7448: four complaints, three of them
questions, read plain) and 0.7611 as a plain cue, so it stays out; the held-back
verdict took the "Haven't used it enough" line right with dev unchanged to six decimals
and no other blind line moved (fresh2's "Worth it on sale." now held by its price
rule), left out as it did not raise dev; the expectation overturned by "but", with
"dreading", moved no dev line and no blind line after its refit, left out.

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh24 import BLOCKS as FRESH24_BLOCKS
from .test_sentiment_fresh24 import EARLIER_ROUNDS as BEFORE_FRESH24

# The block: its floor (lines read right) and its lines, 40 a class.
# Reviews carry their stars beside them (1-2 negative, 3 neutral, 4-5 positive, as in dev).
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "M": (
        107,
        [
            # Restaurant and cafe reviews.
            (
                "negative",  # 1 star
                "Waited fifty minutes for two burgers and they came out lukewarm. The manager "
                "shrugged when we mentioned it.",
            ),
            (
                "negative",  # 2 stars
                "The staff were lovely, genuinely, but the curry was watery and the naan tasted "
                "reheated. Sorry, won't be back.",
            ),
            (
                "negative",  # 1 star
                "Found a hair in my soup and they still charged us full price. Unbelievable.",
            ),
            (
                "negative",  # 2 stars
                "Nice enough room and a friendly waiter, but eighteen pounds for a small bowl "
                "of pasta is taking the mick.",
            ),
            (
                "negative",  # 1 star
                "Oh lovely, a cold flat white served with a side of attitude. Just what I "
                "needed on a Monday.",
            ),
            (
                "negative",  # 2 stars
                "Is it too much to ask for a table that isn't sticky? Food was ok at best.",
            ),
            ("negative", "Booked for 7, sat down at 8, mains at 9:15. Never again."),  # 1 star
            (
                "negative",  # 2 stars
                "I wanted to like this place. The decor is gorgeous, but the brunch was bland "
                "and the eggs were rubbery.",
            ),
            (
                "neutral",  # 3 stars
                "Food was fine, nothing special. Service was quick enough. We'd come back if we "
                "were passing.",
            ),
            (
                "neutral",  # 3 stars
                "The pizza base was great but the toppings were sparse. Decent for a quick "
                "lunch, not worth a trip.",
            ),
            (
                "neutral",  # 3 stars
                "Lovely terrace and good coffee, but the cakes were dry and the prices are "
                "steep for what you get.",
            ),
            ("neutral", "Average. Portions were generous, flavour was a bit lacking."),  # 3 stars
            (
                "neutral",  # 3 stars
                "Nice spot for a drink, the food is hit and miss. The burger was good, the fish "
                "tacos less so.",
            ),
            (
                "neutral",  # 3 stars
                "Mixed bag really. Starters were excellent, mains were forgettable, dessert was "
                "fine.",
            ),
            (
                "neutral",
                "Do you take bookings for groups of ten on Saturday evenings, or is it walk-in "
                "only?",
            ),
            (
                "neutral",  # 3 stars
                "OK for breakfast. The bacon was crispy, the coffee weak, and the music a "
                "little loud.",
            ),
            (
                "positive",  # 5 stars
                "Best ramen I've had outside Japan. The broth was rich and the staff remembered "
                "us from last time.",
            ),
            (
                "positive",  # 4 stars
                "Really good Sunday roast, generous portions and proper gravy. Only a bit slow "
                "at the bar.",
            ),
            ("positive", "Tiny place, huge flavour. Get the lemon tart, trust me 😍"),  # 5 stars
            (
                "positive",  # 4 stars
                "Lovely cafe with friendly staff. Coffee was excellent; the only letdown was a "
                "slightly stale croissant.",
            ),
            (
                "positive",  # 5 stars
                "They made a separate gluten-free pizza for my daughter without any fuss. She "
                "was thrilled.",
            ),
            (
                "positive",  # 4 stars
                "A bit noisy on a Friday but the food more than made up for it. We'll be back.",
            ),
            ("positive", "Honestly faultless from start to finish."),  # 5 stars
            (
                "positive",  # 4 stars
                "Great tapas and the sangria was spot on. Wish they took bookings though.",
            ),
            # Online shop and product reviews.
            ("negative", "Zip broke the second time I used it. Cheap rubbish."),  # 1 star
            (
                "negative",  # 2 stars
                "Looks nice in the photos but the fabric is thin and see-through. Returned it.",
            ),
            (
                "negative",  # 1 star
                "Arrived with a cracked screen and the seller has ignored three messages.",
            ),
            (
                "negative",  # 2 stars
                "It does the job I suppose, but the lid leaks every single time and the handle "
                "gets hot.",
            ),
            ("negative", "Why does a sixty pound kettle stop working after five weeks?"),  # 1 star
            (
                "negative",  # 2 stars
                "Comfy for the first week, then the sole started peeling off. Disappointed tbh.",
            ),
            (
                "negative",  # 1 star
                "Ordered a size 10, got a size 14 and a returns label I have to pay for. "
                "Brilliant.",
            ),
            (
                "negative",  # 2 stars
                "Thank you for the quick delivery, but sadly the blender is far too loud to use "
                "before the kids wake up and it struggles with ice.",
            ),
            (
                "neutral",  # 3 stars
                "Does what it says. The battery isn't amazing but for the price I can't "
                "complain too much.",
            ),
            (
                "neutral",  # 3 stars
                "Colour is slightly different from the picture. Fits fine. Material feels a bit "
                "cheap.",
            ),
            (
                "neutral",  # 3 stars
                "Sturdy enough, but assembly took two hours and one screw was missing. I found "
                "a spare.",
            ),
            (
                "neutral",  # 3 stars
                "It's a phone case. It protects the phone. The grip could be better.",
            ),
            ("neutral", "Does this come in a larger size, and is the strap adjustable?"),
            (
                "neutral",  # 3 stars
                "Good sound for the money, but the bass is a bit muddy and the ear tips hurt "
                "after an hour.",
            ),
            (
                "neutral",  # 3 stars
                "Arrived a day late but well packed. Haven't used it enough to say more yet.",
            ),
            ("neutral", "Is the charger included or sold separately? The listing doesn't say."),
            (
                "positive",  # 5 stars
                "Fits perfectly and the colour is exactly as shown. Ordering another in blue.",
            ),
            (
                "positive",  # 4 stars
                "Solid little drill. Battery could last longer, but it's powerful for its size.",
            ),
            ("positive", "Arrived next day, beautifully wrapped. My mum loved it."),  # 5 stars
            (
                "positive",  # 4 stars
                "Comfortable from day one. Runs slightly small so go half a size up.",
            ),
            (
                "positive",  # 5 stars
                "Replaced my old vacuum with this and wow, the difference. Light, quiet and "
                "picks up everything.",
            ),
            (
                "positive",  # 4 stars
                "Good value. Instructions were vague, but it went together in half an hour.",
            ),
            (
                "positive",  # 5 stars
                "The seller sent a replacement the same day when the first one arrived dented. "
                "Brilliant service.",
            ),
            ("positive", "Not the cheapest, but the quality shows. Very pleased."),  # 4 stars
            # App-store reviews.
            (
                "negative",  # 1 star
                "Since the last update it crashes every time I open my basket. Useless.",
            ),
            ("negative", "Ads every 20 seconds 🙄 uninstalling"),  # 1 star
            (
                "negative",  # 2 stars
                "Used to love this app but now it logs me out constantly and I have to reset my "
                "password every week.",
            ),
            (
                "negative",  # 1 star
                "Why do I need to make an account just to check the bus times??",
            ),
            (
                "negative",  # 2 stars
                "Good idea, poor execution. Notifications arrive hours late, so what is the point.",
            ),
            (
                "negative",  # 1 star
                "Charged me for the premium plan after I cancelled the trial. Avoid.",
            ),
            (
                "negative",  # 2 stars
                "Decent layout but the dark mode is broken and half the buttons are unreadable. "
                "Please fix.",
            ),
            ("negative", "absolute trash app lol cant even log in"),  # 1 star
            (
                "neutral",  # 3 stars
                "Handy for tracking spending, though syncing with my bank fails now and then.",
            ),
            (
                "neutral",  # 3 stars
                "Works most of the time. Would be five stars if it had a widget.",
            ),
            (
                "neutral",  # 3 stars
                "The new design takes some getting used to. Some features are easier to find, "
                "others are buried.",
            ),
            (
                "neutral",  # 3 stars
                "Fine for basic edits. Anything more advanced and you need the paid version.",
            ),
            ("neutral", "Decent app, a bit slow on older phones."),  # 3 stars
            (
                "neutral",
                "How do I switch the app back to English? It changed to Spanish after the update.",
            ),
            ("neutral", "It's alright. Does what I need, nothing more, nothing less."),  # 3 stars
            ("neutral", "Good content, clunky navigation. 3 stars for now."),  # 3 stars
            (
                "positive",  # 5 stars
                "Finally an app that just works. Booking a GP appointment took me two minutes.",
            ),
            ("positive", "love this app sm, saved me so much money on groceries 🙌"),  # 5 stars
            (
                "positive",  # 4 stars
                "Really useful, the offline maps are a lifesaver. Occasional lag when searching.",
            ),
            ("positive", "Clean, simple, no ads. Worth every penny of the upgrade."),  # 5 stars
            ("positive", "Great app, would be perfect with a dark mode."),  # 4 stars
            (
                "positive",  # 5 stars
                "Support replied within an hour and fixed my sync issue. Top marks.",
            ),
            (
                "positive",  # 4 stars
                "Does everything I need for budgeting. Took a day to learn but now I use it daily.",
            ),
            ("positive", "no cap the best fitness app out there 💪"),  # 5 stars
            # Bank, telecom and parcel-delivery customers on social media.
            (
                "negative",
                "@QuickParcel driver marked it as 'delivered to resident' and I was literally "
                "standing at the door. where is it",
            ),
            (
                "negative",
                "@HarbourBank third time this month the app's been down on a Friday. Sort it out.",
            ),
            (
                "negative",
                "@TelcoOne been without broadband since Tuesday and all I get is a bot telling "
                "me to restart the router 😡",
            ),
            ("negative", "@SwiftDeliver how hard is it to ring a doorbell?"),
            (
                "negative",
                "@CityBank you closed my branch, now you've cut the phone line hours too. "
                "cheers for that",
            ),
            ("negative", "@FibreNow paying for 'superfast' and can't load a single email. joke"),
            (
                "negative",
                "@ParcelGo my parcel has been 'out for delivery' for four days now. any chance "
                "of an actual answer?",
            ),
            ("negative", "@MobiTel is anyone there? 2 hours on hold and still nothing"),
            ("neutral", "@HarbourBank what time do the branches open on bank holidays?"),
            (
                "neutral",
                "@TelcoOne if I upgrade my phone early do I have to pay off the old contract "
                "first?",
            ),
            (
                "neutral",
                "@QuickParcel the tracking says delayed, will it still come today or tomorrow?",
            ),
            ("neutral", "@CityBank just moved house, how do I change my address on the account?"),
            (
                "neutral",
                "@FibreNow is there an outage in the Leeds area right now or is it just my router?",
            ),
            (
                "neutral",
                "@ParcelGo can I redirect a parcel to a neighbour once it's already out for "
                "delivery?",
            ),
            ("neutral", "@MobiTel do your SIM-only deals include EU roaming?"),
            (
                "neutral",
                "@SwiftDeliver I'll be out from 2 to 4, can the driver leave it in the porch?",
            ),
            (
                "positive",
                "@HarbourBank shoutout to Priya on the fraud team, she got my money back within "
                "a day. legend",
            ),
            (
                "positive",
                "@QuickParcel driver went out of his way to find my flat in the rain. proper "
                "service 👏",
            ),
            (
                "positive",
                "@TelcoOne engineer was in and out in 20 mins and the wifi's never been faster. "
                "cheers",
            ),
            ("positive", "@CityBank the new app is miles better than the old one, well done"),
            (
                "positive",
                "@FibreNow not gonna lie I expected a nightmare switching over but it was painless",
            ),
            (
                "positive",
                "@ParcelGo the photo of where you left my parcel is such a good idea, thank you",
            ),
            ("positive", "@MobiTel got my unlocking code in minutes, really appreciate the help"),
            (
                "positive",
                "@SwiftDeliver you lot are so much quicker than the last courier I used 🙏",
            ),
            # Chat and e-mail to a water or energy company or a council.
            (
                "negative",
                "This is the fourth time I've reported the broken streetlight on Elm Road. "
                "Nobody has come out.",
            ),
            (
                "negative",
                "My bin hasn't been collected for three weeks and it's starting to smell. What "
                "exactly am I paying council tax for?",
            ),
            (
                "negative",
                "I was promised a callback on Monday about my water bill and I'm still waiting.",
            ),
            (
                "negative",
                "Your estimated reading is double what I actually use. I've sent photos of the "
                "meter twice.",
            ),
            (
                "negative",
                "Hi, I'm afraid I'm really not happy with how my complaint about the noise next "
                "door has been handled. Six weeks and no reply.",
            ),
            (
                "negative",
                "The pothole outside number 12 has now burst two of my tyres. When will someone "
                "fix it?",
            ),
            (
                "negative",
                "I've been cut off mid-chat three times now. Is anyone actually reading these?",
            ),
            (
                "negative",
                "Thanks for nothing. My gas was supposed to be reconnected yesterday and no "
                "engineer turned up.",
            ),
            (
                "neutral",
                "Hello, I'd like to book a collection for an old sofa. What are the charges?",
            ),
            ("neutral", "Can you tell me when the next green bin collection is for Mill Lane?"),
            (
                "neutral",
                "I'm moving out on the 14th. What do I need to do to close my water account?",
            ),
            ("neutral", "Hi, my meter reading today is 04512. Do you need anything else from me?"),
            (
                "neutral",
                "The leak on Park Street seems to have stopped. Do I still need to report it?",
            ),
            (
                "neutral",
                "Is there a parking permit for visitors, and how long does it take to arrive?",
            ),
            (
                "neutral",
                "Just checking whether the roadworks on the High Street will affect the bus stop.",
            ),
            ("neutral", "My direct debit is due on the 1st, can I move it to the 15th?"),
            (
                "positive",
                "Thank you so much for sending someone out so quickly, the burst pipe is all "
                "fixed.",
            ),
            (
                "positive",
                "Just wanted to say the new recycling bins are brilliant, much easier to use.",
            ),
            (
                "positive",
                "The lady I spoke to yesterday was really patient with my dad. Please pass on "
                "our thanks.",
            ),
            ("positive", "That's sorted it, thanks a lot for your help today!"),
            (
                "positive",
                "Really impressed that the pothole was filled within two days of me reporting it.",
            ),
            (
                "positive",
                "Great, the new tariff will save us a fair bit. Thanks for explaining it so "
                "clearly.",
            ),
            (
                "positive",
                "You've been more helpful in ten minutes than the last three calls put "
                "together. Thank you.",
            ),
            ("positive", "Brilliant, my refund has come through. Thanks for chasing it."),
        ],
    ),
}

EARLIER_ROUNDS = (*BEFORE_FRESH24, FRESH24_BLOCKS)  # every blind round before this one


def test_the_block_of_other_customers_is_new_and_read_well_enough() -> None:
    # Unseen by the corpus and by every earlier round, then read right often enough
    # (40 lines a class).
    check_unseen_after(BLOCKS, *EARLIER_ROUNDS)
    check_block(*BLOCKS["M"], each=40)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A short duration after "took" is speed with the one served between them
        # (read as a wait before) ...
        ("Renewing my railcard took us five minutes on the app.", "positive"),
        ("Booking the repair took me two minutes online.", "positive"),
        # ... and a praise comparative after "never been" praises (complaints before) ...
        ("My broadband has never been faster since the engineer came.", "positive"),
        ("Checking in has never been easier with the new app.", "positive"),
        ("I've never felt more relaxed after a massage.", "positive"),
        # ... while a long wait, and a complaint's comparative, still complain.
        ("It took me two hours to get through to anyone.", "negative"),
        ("The trains have never been worse.", "negative"),
        ("The queue has never been longer than it is today.", "negative"),
    ],
)
def test_speed_and_never_better_are_praise(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Honesty said with a negation denies no lie (complaints before) ...
        ("Not gonna lie, the new app is brilliant.", "positive"),
        ("I won't lie, the engineer was a star.", "positive"),
        # ... and leaves a complaint beside it a complaint.
        ("Not gonna lie, this is the worst service I've had.", "negative"),
        ("I won't lie, I'm fed up with the delays.", "negative"),
    ],
)
def test_not_gonna_lie_is_no_complaint(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A middling word capped by "at best" complains (middling or praise before) ...
        ("The coffee was lukewarm at best.", "negative"),
        ("Customer service was mediocre at best.", "negative"),
        ("The signal here is okay at best.", "negative"),
        # ... a middling verdict conceded before "but" is no verdict (middling before) ...
        ("Not the cheapest, but it's lasted years. Very pleased.", "positive"),
        # ... while a middling verdict, or one stressed into praise, reads as before.
        ("Nothing special, but okay. Does the job.", "neutral"),
        ("Not great, but fine. It works.", "neutral"),
        ("It was okay, nothing special.", "neutral"),
        ("Not bad at all, would go again.", "positive"),
    ],
)
def test_middling_verdicts_capped_or_conceded(text: str, label: Label) -> None:
    assert classify(text) == label
