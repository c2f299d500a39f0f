"""Customer sentiment on blind blocks of the tenth round (24 November 2026, eighth
session), in registers the earlier rounds did not cover: tenants writing to landlords
and letting agents, energy bills and meter readings, food-delivery chats, SMS-style short
replies, travel-forum posts, vets, garages and gyms. Each block holds 20 lines of each
class; every label was written into this file before the engine read a line.

- `A`, on the session-start rules (942779b) before any change: 47 of 60 (macro-F1 0.787:
  0.723, 0.872, 0.765). One line ("ok will do") proved to be in an earlier check and was
  replaced, before any change, by a new one the start rules read wrong ("ok ill pop
  round..."). Its errors by kind: praise told as a problem put right or as a plain
  fact with a harm, a wait or a charge in it (a leak "reported at 8, plumber here by
  half 10"; a lost phone kept at the depot; "expecting a two hour wait ... out in 25
  minutes"; the wrong tariff spotted and backdated): seven of the 13, all read as
  complaints; plain-fact complaints read as plain (a delivery slot against the knock's
  clock time, mould "back for the third winter") or as praise (a deposit kept though
  the flat was "spotless"); a customer's own lateness ("Running 10 mins behind") and a
  forum tip read as complaints; and "ill", written by a text for "I'll", read as a
  sickness.

This round changed method, as the ninth round's finding asked: instead of phrases,
the choices that COMBINE the readings, each tried on the development file by source
and on every earlier blind line (fresh1 to fresh9 and the held-out set, 2,510 lines,
which the start rules read 2,257 right), the learned layer refitted where a feature
moved. None rose on both, and none moved `A` by more than a line:

- the praise margin (0.4) against neutral and against negative apart (0.3-0.6 and
  -0.2-0.6): dev 0.7545-0.7604, earlier 2,251-2,261, A 46-48;
- a multi-sentence short turn read with its last, first, strongest or every
  sentence added to the whole (a quarter or half of their evidence): dev
  0.7550-0.7620, earlier 2,238-2,253;
- the damping of a question's problem words (0.5 -> 0.75 or none): dev 0.7620 and
  0.7594, earlier 2,251 and 2,256;
- the rules' neutral band (-0.9 / 1.9 moved to -0.5, -1.5, 1.2, 2.6) and the cap of
  their blame and praise (3 -> 1.5 or 6): dev 0.7567-0.7599, earlier 2,253-2,257;
- the L2 penalty of the rules' signals (0.002 -> 0.006, 0.015: the words speak louder
  where the two disagree): TripAdvisor 0.696 and 0.690, earlier 2,247;
- the weights around "but" (0.5 / 1.5 -> 0.3 / 1.5, 0.5 / 2.0, 0.7 / 1.3; tried after
  `B`): dev 0.7584-0.7606, earlier 2,251-2,254;
- the long-text length (40 -> 30, 60) and the balance thresholds of a review: dev
  0.7571-0.7601 (60: earlier 2,262 but TripAdvisor 0.710);
- (tried after `B` was read, judged on the development file and the earlier lines
  only) the rules' signals scaled down where the words alone lean to praise by a margin
  and the rules to complaint (a problem put right told in plain words): earlier up to
  2,277 and A 49-50, but the development tweets down by 0.004-0.014 at every margin
  that moved the earlier lines by more than one: narrative complaints lean to praise
  by their function words as much as narrative praise does, so the words cannot arbitrate.

So the combination is at a local optimum for both the development file and the
earlier blind lines, and what `A` misses is not how the readings are weighed but what
the rules and words cannot see (an outcome told only by a time, a place or a result).
Kept: "ill" is "I'll" unless a linking verb or a degree word stands before it ("was
ill", "fell ill"); A 48, dev 0.7602 -> 0.7604, earlier 2,257 as before. And the
sign-off regex is tried only after a thanks (behaviour identical, about 3 µs a turn
less).

- `B`, after those changes (guests of holiday lets, marketplace buyers, pharmacies,
  removals, car hire, subscriptions, university admin, nurseries, WhatsApp and SMS
  replies): 45 of 60 (0.739: 0.800, 0.810, 0.606); the start rules 45 too, with the
  same 15 errors. Ten of them are praise, seven of those read as complaints for a harm
  or a duration in a happy story ("terrified of dentists ... didn't feel a thing",
  "missed my connection ... had already phoned ahead to hold the next one", "stayed
  an extra half hour to finish the job", "every day this week"); the rest are
  acknowledgements read as praise ("Yep got it", a thumbs-up) and plain-fact
  complaints read as plain ("The receipt says 3 coffees. We had 2."). Not mended.

Floors sit two under the final counts (A 46, B 43).
"""

from __future__ import annotations

import pytest

from legendary.care import sentiment_rules
from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import BLOCKS as FRESH6_BLOCKS
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh7 import BLOCKS as FRESH7_BLOCKS
from .test_sentiment_fresh8 import BLOCKS as FRESH8_BLOCKS
from .test_sentiment_fresh9 import BLOCKS as FRESH9_BLOCKS

signed_off = sentiment_rules._signed_off

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "A": (
        46,
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
    "B": (
        43,
        [
            (
                "negative",
                (
                    "We arrived at 4 as agreed and the lockbox code you sent doesn't work. Been "
                    "sat on the step for 40 minutes with two tired kids."
                ),
            ),
            (
                "negative",
                (
                    "Item arrived in a carrier bag with no padding and the screen is cracked "
                    "across one corner. The listing said mint condition."
                ),
            ),
            (
                "negative",
                (
                    "Third trip to the chemist this week to collect my prescription and it's still "
                    "not ready."
                ),
            ),
            (
                "negative",
                (
                    "Your team was booked for 8am. The first van turned up at 12:40 and the second "
                    "never came, so half our furniture is still at the old house."
                ),
            ),
            (
                "negative",
                (
                    "They've charged my card £300 for a dent that is clearly in the photos I took"
                    " at pickup."
                ),
            ),
            (
                "negative",
                "Cancelled in January, and you've taken £10.99 in February and March as well.",
            ),
            (
                "negative",
                (
                    "My transcript request went in six weeks ago. The portal still shows it as "
                    "received, nothing more, and nobody answers the phone."
                ),
            ),
            ("negative", "hello?? anyone there"),
            ("negative", "thats the 2nd time the driver has left it at the wrong house"),
            (
                "negative",
                "Booked a double room. Got two singles pushed together with a gap down the middle.",
            ),
            ("negative", "The receipt says 3 coffees. We had 2."),
            (
                "negative",
                "So I'm supposed to print a boarding pass at an airport with no printers.",
            ),
            (
                "negative",
                (
                    "I was told it would be £60 and the bill was £240. Nobody mentioned the x-rays "
                    "were extra."
                ),
            ),
            ("negative", "Crashes every time I open the camera. Useless."),
            (
                "negative",
                (
                    "Ella came home in someone else's nappy with her own clothes soaked in a bag,"
                    " and nobody said a word at pickup."
                ),
            ),
            (
                "negative",
                (
                    "The 17:45 was cancelled, the 18:15 was cancelled, and I finally got on the "
                    "18:45 at 19:20."
                ),
            ),
            ("negative", "I've emailed about the broken extractor fan four times since August."),
            (
                "negative",
                (
                    "The locker code expired before I could get there and now the parcel has gone "
                    "back to the depot."
                ),
            ),
            ("negative", "Just stop sending me texts. I've unsubscribed three times."),
            (
                "negative",
                (
                    "To cancel I have to come in person, in opening hours, which are the hours "
                    "I'm at work. Convenient."
                ),
            ),
            (
                "neutral",
                (
                    "Hi, we're on the 9pm flight so we'll probably get to the flat around 11. Is a "
                    "late check-in okay?"
                ),
            ),
            ("neutral", "Is this still available? I could collect on Saturday."),
            ("neutral", "Can someone else pick up my prescription if they bring my card?"),
            ("neutral", "How many boxes do you think a two bed flat needs?"),
            ("neutral", "Do I need to bring my paper licence or is the photocard enough?"),
            (
                "neutral",
                "What's the difference between the standard and the premium plan, apart from 4K?",
            ),
            (
                "neutral",
                "My student number is 2291847, I need a council tax exemption letter please.",
            ),
            ("neutral", "👍"),
            ("neutral", "Yep got it"),
            ("neutral", "Sent the deposit over just now, ref SMITH12."),
            (
                "neutral",
                "Three stars. Nice enough, a bit noisy, wouldn't go out of my way to come back.",
            ),
            ("neutral", "Works most of the time. Sync is slow. Fine for what I need."),
            ("neutral", "I need to move my appointment on Thursday, I'm away that week."),
            ("neutral", "Our flight lands at 14:35, what time is the first shuttle after that?"),
            ("neutral", "Ella will be collected by her grandad today, he's on the list."),
            ("neutral", "I'll be home from 1, can the driver come after then?"),
            (
                "neutral",
                (
                    "Has anyone taken the night ferry with a dog? Wondering what the kennels on "
                    "board are like."
                ),
            ),
            (
                "neutral",
                (
                    "The parcel was signed for by my neighbour at number 12, just so you have it "
                    "on file."
                ),
            ),
            ("neutral", "What's your returns address for things bought in store?"),
            ("neutral", "Please cancel order 55821, I ordered the wrong size."),
            (
                "positive",
                (
                    "The heating wasn't coming on and you talked me through the boiler over the "
                    "phone at 10pm. All toasty now, thank you."
                ),
            ),
            (
                "positive",
                "Arrived next day, double boxed, exactly as described. Would buy from again.",
            ),
            (
                "positive",
                (
                    "The pharmacist noticed my two prescriptions clashed and rang my GP to change "
                    "one. Could have been nasty."
                ),
            ),
            (
                "positive",
                (
                    "Three lads, not a scratch on anything, and they put the beds back together "
                    "for us."
                ),
            ),
            (
                "positive",
                (
                    "The car had a flat on day two and they brought a replacement to the hotel "
                    "within the hour."
                ),
            ),
            (
                "positive",
                (
                    "Forgot to cancel my free trial and they refunded the first month when I "
                    "asked, no questions."
                ),
            ),
            (
                "positive",
                "The disability office had my exam arrangements sorted a week before the deadline.",
            ),
            ("positive", "legend 🙌"),
            ("positive", "yes!! got the flat 🎉"),
            (
                "positive",
                "Terrified of dentists and she talked me through every step. Didn't feel a thing.",
            ),
            ("positive", "Ella has come home singing every day this week."),
            (
                "positive",
                (
                    "Missed my connection because the first train was late, but the guard had "
                    "already phoned ahead to hold the next one."
                ),
            ),
            ("positive", "Ordered at 7:10, doorbell at 7:32."),
            ("positive", "4 stars, only because parking was a pain. Food was spot on."),
            ("positive", "Bill came down by a third after the new boiler went in."),
            ("positive", "The lost property office posted my glasses back to me free of charge."),
            (
                "positive",
                "Been coming for six months and the 6am class starts on the dot every single time.",
            ),
            ("positive", "Never thought I'd say this about a phone company but they were great."),
            ("positive", "Honestly the easiest house move I've ever done."),
            (
                "positive",
                "He stayed an extra half hour to finish the job rather than come back tomorrow.",
            ),
        ],
    ),
}


def test_the_blind_lines_are_in_no_corpus_and_no_other_check() -> None:
    check_unseen_after(BLOCKS, FRESH6_BLOCKS, FRESH7_BLOCKS, FRESH8_BLOCKS, FRESH9_BLOCKS)


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
