"""Customer sentiment on the sixteenth round's blind block (24 November 2026, twentieth
session): the HARD part of the two development sources, written as their writers write.
Tweets to US airlines with the handle first: a complaint put as a question ("is there a
reason my bag went to Phoenix?"), a plain question with a grumble word in it ("shows a
delay, will the connection wait?"), short praise after a complaint in the past ("flight
was late but the crew kept us laughing"), sarcasm ("cool cool", "oh good, another ..."),
"thanks" that is no gratitude ("thanks for nothing"), all-caps and hashtags. Hotel
reviews as TripAdvisor writers write them: long three-star reviews that weigh good and
bad (neutral), polite two-star reviews that grant a point or two (negative), and
four-star reviews that list small faults (positive). 20 tweets and 10 reviews a class;
every label was written into this file before the engine read a line.

- `L`, first read at the session-start rules and model (2775494): 76 of 90 (macro-F1
  0.844: negative 0.828, neutral 0.800, positive 0.903). Wrong by kind: four complaints
  put as a question or a jibe read as plain ("is there a reason my bag went to Phoenix
  ...?", "do you guys ever answer the phone or is that just decoration", "...? or no",
  "so we're just supposed to sleep in the airport? cool cool"); two polite two-star
  reviews read as middling or happy (one closes "For the price we expected much better",
  which the rules read as praise); five of the ten three-star reviews read as happy (3)
  or as a complaint (2); a plain question that names the customer's own injury ("with a
  broken arm, can I request a wheelchair?") read as a complaint; loyalty said with a
  negation ("never flying anyone else") read as a complaint; "I could get used to this"
  after a question read as plain.

The development errors at the same rules, by kind. Airline tweets (macro-F1 0.7443):
complaints read as plain 378, 187 of them with a "?" (only 28 of those name a harm such
as a delay, a loss or a cancellation: the rest complain by a question that asks for
nothing, by advice to the airline, by a plea, or by a bare fact); plain read as
complaints 196 (plain questions and reports that name a problem, reactions under a
quoted tweet of the airline's, and lines the raters took as plain that scold); praise
read as plain 106 (short thanks beside an acknowledgement such as "DM sent", which the
rules take as a request's manners, excitement about a trip to come, news and retweets)
and plain read as praise 106. Hotel reviews (0.7150): three stars read as four or five
35, four or five read as three 25, one or two read as three 20, three read as one or two
11, one or two read as four or five 10, four or five read as one or two 6. The verdict
in a misread three-star review is its headline clause: on the reviews read as happy it
leans +0.38 on average (+0.61 on the four- and five-star reviews read right, -0.03 on
the three-star reviews read right), and it often sets a middling word beside praise; but
a headline holding both splits about evenly between the three-star and the happy reviews
of the development file, so no rule was made of it.

Mended by kind (`lexicons/service_sentiment.json`, no code): advice to the service on
how to do its job is a complaint told as a suggestion, a `patterns` entry (-3.0) for
"you / your staff / the front desk ... could / should / need to ... train / invest in /
fix / be a little more ...", "I wish your app had a better ...", "would be quicker if
you ...", but not inside a condition, a request or a question that puts the modal first
("if you could send me the form", "would it be easier if you just emailed it?", "do you
have to upgrade the app?"); loyalty said with a negation ("never
flying anyone else", "will never stay anywhere else", "won't use anyone else") and "I
could get used to this" are praise, among the `idioms`. The advice pattern matches no
line of the corpus; one corpus line holds a loyalty idiom, so the model was refitted on
the project's own corpus (`python -m legendary.care.train_sentiment`, no new lines).
After: 78 of 90 (macro-F1 0.864: 0.842, 0.814, 0.938). Dev `customer_sentiment` 0.7602
-> 0.7610 (airline tweets 0.7443 -> 0.7453: five complaints of advice read right, no
other line moved; TripAdvisor 0.7150 unchanged); every earlier blind block reads line
for line as before (3,896 lines right of the earlier checks, before and after).

Tried and dropped (each refitted, since each changes the reading of corpus lines):
"expected (much) better / more", "hoped for more", "deserve better" as a complaint: dev
0.7602 -> 0.7616 (TripAdvisor 0.7150 -> 0.7181) and this block's polite review off
praise, but the refit took a line of fresh18's block (a "Do you even check?" complaint
on a knife edge, 0.976 against 0.979) to plain. Scornful questions ("what kind of
airline ...", "what idiot ...", "who thought that was a good idea", "do you even check /
read / care ...?") as rhetorical complaints: tweets 0.7453 -> 0.7457, but the refit took
fresh18's line to plain (without "do you even ...") or fresh10's (with it, fresh17
gaining one). A plea ("is there anything you can do?", "there must be something you can
do") as a complaint: tweets 0.7453 -> 0.7454 as a damped cue, 0.7458 as a rhetorical
one, but fresh18 holds "Is there anything you can do about the noise from the next
room?" as plain, and the plea is that line's kind. "What am I supposed to do?", "so
we're just supposed to ...?" as rhetorical complaints: this block +1, no dev line
gained, and the refit took a line of the block fresh2-4 share and fresh18's line
(fresh17 gained one). A long text's short closing clause weighed like its headline:
TripAdvisor 0.7150 -> 0.6998 at 1.5, 0.6828 at 2.0. Left: complaints put as a question
that asks for nothing ("is there a reason ...?", "...? or no"), sarcasm closing a
question ("cool cool"), a customer's own injury named in a plain request, and three-star
reviews whose merits and flaws the learned layer weighs unevenly.

Made fair later the same session (`test_sentiment_fair_s20`): a reviewer's sentences
showed the advice pattern reading praise that recommends ("Your company should hire more
people like Sarah, she was brilliant."), plain reports of an obligation ("So they have
to upgrade the app first before it will pair?"), advice to another reader ("You might
want to hire a car ...") and requests for the customer's own case ("It would be quicker
if you called me ...") as complaints, and the 28 loyalty idioms missing the same loyalty
in other words ("We will never stay anyplace else in Rome.") while hiding a negation or
a complaint beside them ("Ten years I would never fly anyone else, and this is how you
treat me?" read plain). Now "have to / has to" is no advice, "upgrade to ..." and "hire
a car ..." recommend, "would be quicker if you <verb> ... me / us" asks, and advice
beside praise in another clause does not count (`unless_gainsaid`); the idioms gave way
to two patterns read by structure and read whole (never / won't + a verb of flying,
staying, booking, using ... + anyone / anywhere else or another / any other provider;
"could (<one word>) get used to this / that"), not after a negation in their clause nor
beside a complaint. This block still 78 of 90, the lines below unchanged; dev
`customer_sentiment` unchanged at 0.7610 (tweets 0.7453, TripAdvisor 0.7150), no refit
(`train_sentiment --check` matches).

Retried in the twenty-first session (`test_sentiment_edges_s21`), after fresh18's "Do you
even check?" line was given a rule of its kind ("do you even check / read / care ...?"
complains) and so no longer sat 0.00004 from the boundary: "expected (much) better /
more", "hoped for better", "deserve better" as a complaint, refitted, dev 0.7609 ->
0.7614 (airline tweets 0.7452 -> 0.7454, TripAdvisor 0.7150 -> 0.7181), no earlier blind
line lost; this block's polite review ("we expected much better") moves from praise to
plain, still not the complaint it is. Kept.

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh23 import BLOCKS as FRESH23_BLOCKS
from .test_sentiment_fresh23 import EARLIER_ROUNDS as BEFORE_FRESH23

# The block: its floor (lines read right) and its lines, 30 a class.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "L": (
        76,
        [
            (
                "negative",
                "@united why does it take 45 minutes to get a gate agent to print one boarding "
                "pass?",
            ),
            (
                "negative",
                "@AmericanAir is there a reason my bag went to Phoenix when I flew to Tampa?",
            ),
            (
                "negative",
                "@SouthwestAir thanks for the 3 hour delay and zero updates. really appreciate it",
            ),
            (
                "negative",
                "@JetBlue great job losing my car seat. traveling with a toddler is so fun "
                "without one #fail",
            ),
            ("negative", "@Delta WHY IS YOUR APP LOGGING ME OUT EVERY TIME I TRY TO CHECK IN"),
            ("negative", "@USAirways been on hold since 6am. is anyone actually working today?"),
            ("negative", "@united love how the wifi I paid for worked for exactly 4 minutes"),
            (
                "negative",
                "@AmericanAir how do you cancel a flight and not tell the passengers until "
                "they're at the gate?",
            ),
            (
                "negative",
                "@VirginAmerica seat 14C is broken and the FA just shrugged. $400 for this?",
            ),
            (
                "negative",
                "@SouthwestAir can someone explain why my refund still hasn't posted after 6 "
                "weeks??",
            ),
            (
                "negative",
                "@JetBlue thanks for nothing. rebooked me on a flight that leaves tomorrow night",
            ),
            (
                "negative",
                "@Delta third time this month my flight out of ATL is late. starting to see a "
                "pattern #delayed",
            ),
            ("negative", "@united your agent in Denver hung up on me. twice."),
            ("negative", "@USAirways do you guys ever answer the phone or is that just decoration"),
            (
                "negative",
                "@AmericanAir stuck on the tarmac for 2 hrs with no AC and no water. unacceptable",
            ),
            (
                "negative",
                "@SouthwestAir used to love you guys but this boarding mess today was ridiculous",
            ),
            ("negative", "@JetBlue any chance someone will respond to my DM from Tuesday? or no"),
            ("negative", "@Delta so we're just supposed to sleep in the airport? cool cool"),
            ("negative", '@united oh good, another "mechanical issue". my 4th this year'),
            (
                "negative",
                "@VirginAmerica flight cancelled and no hotel voucher. what am I supposed to do "
                "at midnight in Dallas?",
            ),
            (
                "negative",
                "We chose this hotel for its location and that part was fine. Unfortunately the "
                "room smelled of damp, the bathroom fan did not work, and the breakfast was a "
                "tired buffet of cold eggs. The staff were pleasant enough when we raised it "
                "but nothing changed. We will look elsewhere next time.",
            ),
            (
                "negative",
                "I don't like writing bad reviews, and the front desk team were kind. But the "
                "walls are paper thin, we heard every word from next door until 2am, and the "
                "mattress sagged in the middle. For the price we expected much better.",
            ),
            (
                "negative",
                "Nice lobby, and that is about where it ends. Our room was dated, the carpet "
                "was stained and the air conditioning rattled all night. Asked for a move and "
                "were told the hotel was full.",
            ),
            (
                "negative",
                "Booked two nights for a family wedding. Check-in took 40 minutes, the room was "
                "not ready at 4pm and the pool was closed for repairs without any notice on the "
                "website. Staff apologised, which was nice, but no offer of anything.",
            ),
            (
                "negative",
                "The photos online must be from years ago. Peeling paint, a shower that went "
                "from freezing to scalding, and a hair on the pillow. Location is handy for the "
                "convention centre, but I would not stay again.",
            ),
            (
                "negative",
                "Disappointing. We had stayed here before and loved it, but it has gone "
                "downhill since the new management. Housekeeping skipped our room twice and the "
                "restaurant ran out of half the menu.",
            ),
            (
                "negative",
                "Parking cost $45 a night on top of the room, which nobody mentioned at "
                "booking, and the wifi dropped every few minutes. The bed was comfortable, I "
                "will give it that.",
            ),
            (
                "negative",
                "Sorry to say this was the worst part of our trip. Noisy street, no blackout "
                "curtains, and the 'continental breakfast' was a toaster and some packaged "
                "muffins.",
            ),
            (
                "negative",
                "Staff were friendly but the hotel itself needs a serious renovation. Rust in "
                "the tub, a window that would not close, and the elevator was out of order for "
                "our whole stay on the 9th floor.",
            ),
            (
                "negative",
                "Not what we paid for. Asked for a king and got two doubles pushed together, "
                "the minibar charges were wrong at checkout and it took three calls to get them "
                "removed.",
            ),
            (
                "neutral",
                "@united do I need to pay for a carry on if I'm on basic economy? trying to "
                "avoid surprises",
            ),
            (
                "neutral",
                "@AmericanAir if my flight is delayed over 3 hrs can I still change it without "
                "a fee?",
            ),
            ("neutral", "@SouthwestAir what time does check in open for a 7am flight?"),
            ("neutral", "@JetBlue is Mint available on the JFK-LAX route in March?"),
            ("neutral", "@Delta flying with my cat next month, does she count as my carry on?"),
            (
                "neutral",
                "@USAirways my connection in CLT is 40 min, is that enough time or should I "
                "rebook?",
            ),
            (
                "neutral",
                "@united just landed in SFO, where do I pick up a bag that was checked through "
                "from Frankfurt?",
            ),
            ("neutral", "@VirginAmerica do you guys fly to Austin from Newark or only JFK?"),
            (
                "neutral",
                "@AmericanAir traveling with a broken arm, can I request a wheelchair at the gate?",
            ),
            ("neutral", "@SouthwestAir how long does a travel fund last after a cancellation?"),
            (
                "neutral",
                "@JetBlue heading to Boston tomorrow, any word on the snow and whether flights "
                "will go?",
            ),
            (
                "neutral",
                "@Delta my boarding pass says zone 4 but I have medallion status, is that right?",
            ),
            ("neutral", "@united is there a way to add my known traveler number after booking?"),
            (
                "neutral",
                "@AmericanAir can I use miles to upgrade on a flight I booked through Expedia?",
            ),
            (
                "neutral",
                "@USAirways what's the weight limit on checked bags for international flights?",
            ),
            (
                "neutral",
                "@SouthwestAir will you be adding more flights out of Love Field this summer?",
            ),
            (
                "neutral",
                "@JetBlue flight 1422 shows a delay, will the connection in FLL wait for us?",
            ),
            ("neutral", "@Delta is the Sky Club in terminal B open during the renovation?"),
            (
                "neutral",
                "@united boarding pass vanished from the app after the update, can I just show "
                "my ID at security?",
            ),
            (
                "neutral",
                "@SouthwestAir is wifi free on all flights yet or still $8? #flyingtomorrow",
            ),
            (
                "neutral",
                "Mixed stay. The room was spacious and clean and the bed was comfortable, but "
                "the bathroom was tiny and the shower pressure weak. Breakfast was fine, "
                "nothing special. Staff were helpful at the desk but slow at the bar. Good for "
                "a night or two if the price is right.",
            ),
            (
                "neutral",
                "Location is the selling point: five minutes from the beach and plenty of "
                "restaurants nearby. The hotel itself is showing its age, with worn furniture "
                "and a noisy fridge. Pool area was nice but crowded. An okay base, just don't "
                "expect luxury.",
            ),
            (
                "neutral",
                "Average hotel. Check-in was quick and the staff polite. Our room overlooked "
                "the car park and the traffic woke us early, though the bed was good. The "
                "restaurant prices were steep for what you get. Would consider it again only "
                "for the location.",
            ),
            (
                "neutral",
                "Some things were great, others not so much. The rooftop bar had amazing views "
                "and the cocktails were excellent. The room though was small, the wifi weak and "
                "housekeeping missed a day. It balances out to a decent but forgettable stay.",
            ),
            (
                "neutral",
                "Fine for a business trip. Clean, quiet, close to the office park. The gym is "
                "just two treadmills and the breakfast is the same every day. Nothing wrong "
                "exactly, nothing memorable either.",
            ),
            (
                "neutral",
                "We had a lovely welcome and the room was ready early, which was great. "
                "However, the air con was loud and the walls thin. The included breakfast was "
                "good but the coffee was awful. Three stars feels fair.",
            ),
            (
                "neutral",
                "The staff could not have been nicer and the lobby is beautiful. Sadly the "
                "rooms have not kept up: ours had a stained chair, a wobbly desk and one "
                "working lamp. Great people, tired rooms.",
            ),
            (
                "neutral",
                "It did the job. We needed somewhere near the airport for an early flight and "
                "it was that. Shuttle ran on time. Room was basic and the pillows were flat. "
                "Price was reasonable.",
            ),
            (
                "neutral",
                "Nice hotel in a great spot, but you pay for it. $30 for breakfast, $25 a day "
                "for wifi, and the resort fee on top. The room and service were good. Just be "
                "ready for the extras.",
            ),
            (
                "neutral",
                "Our second time here. The renovated rooms are very nice, the old wing less so "
                "and that's where we ended up. Staff sorted a few small issues quickly. Ok "
                "overall, would ask for the new wing next time.",
            ),
            (
                "positive",
                "@SouthwestAir flight was late but the crew kept us laughing the whole way. you "
                "guys are the best",
            ),
            (
                "positive",
                "@JetBlue missed my connection but the agent at the desk had me on the next "
                "flight in 5 minutes. thank you!",
            ),
            (
                "positive",
                "@Delta shoutout to the gate agent in MSP who found my daughter's stuffed "
                "bunny. you made her week",
            ),
            (
                "positive",
                "@united rough start this morning but the crew on 889 turned it around. thank you",
            ),
            (
                "positive",
                "@AmericanAir THANK YOU for holding the plane for us in Charlotte!!! made it "
                "with 2 minutes to spare",
            ),
            (
                "positive",
                "@VirginAmerica mood lighting, good snacks, landed early. never flying anyone "
                "else #spoiled",
            ),
            (
                "positive",
                "@USAirways my bag was lost for a day but it showed up at my hotel this "
                "morning. appreciate the quick turnaround",
            ),
            ("positive", "@SouthwestAir free wifi AND free snacks? I could get used to this"),
            (
                "positive",
                "@JetBlue your crew on the 6am to Orlando deserves a raise. so kind to my grandma",
            ),
            (
                "positive",
                "@Delta upgraded to comfort plus out of nowhere. best birthday surprise "
                "#happytraveler",
            ),
            (
                "positive",
                "@united I was ready to be mad about the delay but you gave us meal vouchers "
                "and kept us updated. well handled",
            ),
            (
                "positive",
                "@AmericanAir the pilot walked through the cabin to explain the weather hold. "
                "never seen that before, loved it",
            ),
            (
                "positive",
                "@SouthwestAir changed my flight online in 30 seconds, no fee. this is why I "
                "keep coming back",
            ),
            (
                "positive",
                "@JetBlue thanks for the help yesterday, refund came through this morning",
            ),
            (
                "positive",
                "@VirginAmerica best flight attendant ever on VX 23 today, sang us the safety "
                "video. amazing",
            ),
            (
                "positive",
                "@USAirways long day but the agent in PHL was a rockstar and got all 5 of us on "
                "together",
            ),
            (
                "positive",
                "@Delta app told me my gate changed before the airport screens did. small thing "
                "but really helpful",
            ),
            (
                "positive",
                "@united after last month's mess I was nervous but today was smooth from check "
                "in to landing. nice work",
            ),
            (
                "positive",
                "@AmericanAir you found my wallet on the plane and mailed it back. I can't "
                "thank you enough",
            ),
            ("positive", "@SouthwestAir LOVE LOVE LOVE the new seats, so much more legroom"),
            (
                "positive",
                "Lovely stay overall. Room was spotless, the bed was one of the best I've slept "
                "in, and the staff remembered our names by day two. Only niggles: the shower "
                "took a while to warm up and the bar closed a bit early. Would happily return.",
            ),
            (
                "positive",
                "Great location right by the river, friendly staff and a breakfast with real "
                "variety. Our room was on the small side and the view was of a wall, but it was "
                "quiet and comfortable. Good value for the city.",
            ),
            (
                "positive",
                "Four stars from us. Check-in was smooth, the room was modern and clean, and "
                "the pool was a hit with the kids. Parking is expensive and the elevators are "
                "slow at peak times, but we would stay again.",
            ),
            (
                "positive",
                "We really enjoyed our three nights here. The concierge booked us a great "
                "dinner and the rooftop views are stunning. The wifi was patchy in the room, "
                "which was a small annoyance. Recommended.",
            ),
            (
                "positive",
                "Excellent service from start to finish. A small mix-up with our room type was "
                "fixed within minutes and they sent up a bottle of wine to apologise. Room was "
                "comfortable, if a little dated in the bathroom.",
            ),
            (
                "positive",
                "Comfortable, clean and well run. The breakfast buffet was excellent and the "
                "staff went out of their way to help with our luggage. Street noise at night "
                "was noticeable, so ask for a room at the back.",
            ),
            (
                "positive",
                "Very pleasant hotel. The decor is a bit old fashioned, but everything works, "
                "the beds are comfy and the housekeeping is excellent. Friendly front desk, "
                "easy walk to the old town. We'd book again.",
            ),
            (
                "positive",
                "Perfect for our anniversary weekend. The spa was wonderful and the room had a "
                "balcony overlooking the bay. Dinner in the restaurant was pricey but worth it.",
            ),
            (
                "positive",
                "Great little hotel. Not fancy, but spotless and the owners couldn't do enough "
                "for us. Breakfast was homemade and delicious. Only downside was a steep set of "
                "stairs and no lift.",
            ),
            (
                "positive",
                "Second stay and it did not disappoint. The upgrade to a suite was a lovely "
                "surprise, the staff are warm and the location is ideal. Coffee in the room "
                "could be better, but that is nitpicking.",
            ),
        ],
    ),
}

EARLIER_ROUNDS = (*BEFORE_FRESH23, FRESH23_BLOCKS)  # every blind round before this one


def test_the_block_of_airline_tweets_and_hotel_reviews_is_new_and_read_well_enough() -> None:
    # Unseen by the corpus and by every earlier round, then read right often enough
    # (30 lines a class).
    check_unseen_after(BLOCKS, *EARLIER_ROUNDS)
    check_block(*BLOCKS["L"], each=30)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Advice to the service on how to do its job is a complaint told as a suggestion
        # (each read as praise or plain before) ...
        ("@NorthRail you could train your guards to smile once in a while", "negative"),
        ("Perhaps the front desk could be a little more welcoming to late arrivals.", "negative"),
        ("I wish your app had a better search, it never finds my station.", "negative"),
        (
            "Boarding would be so much quicker if you let people with seats at the back on first.",
            "negative",
        ),
        ("The hotel really needs to invest in new mattresses.", "negative"),
        # ... but not inside a condition or a request, nor a rule passed on.
        ("If you could send me the form, that would be great.", "neutral"),
        ("Could you be more specific about which fee applies?", "neutral"),
        ("Would it be easier if you just emailed me the form?", "neutral"),
        ("They said I need to fill in a form, where do I find it?", "neutral"),
        # A question that puts the modal first asks what must be done.
        ("Do you have to upgrade the app to book seats?", "neutral"),
        ("Will they have to fix the boiler before the inspection?", "neutral"),
        ("The crew could not have been more helpful.", "positive"),
    ],
)
def test_advice_to_the_service_is_a_complaint(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Loyalty said with a negation praises (read as complaints before) ...
        (
            "We found this place three years ago and will never stay anywhere else in Bath.",
            "positive",
        ),
        (
            "@GreenGrocer delivered in the hour and everything fresh. I won't use anyone else now",
            "positive",
        ),
        # ... and so does a treat the customer could get used to (plain or a complaint
        # before) ...
        ("Breakfast in bed and a view of the lake? I could get used to this.", "positive"),
        ("Free upgrade to a suite, I could really get used to this", "positive"),
        # ... while leaving for good is still a complaint.
        ("@SkyhopAir never flying with you again", "negative"),
        ("Never again. We'll stay anywhere else next time.", "negative"),
    ],
)
def test_loyalty_said_with_a_negation_is_praise(text: str, label: Label) -> None:
    assert classify(text) == label
