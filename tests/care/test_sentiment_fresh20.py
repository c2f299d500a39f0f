"""Customer sentiment on the fourteenth round's second blind block (24 November 2026,
eighteenth session), written after the changes of `test_sentiment_fresh19.py` to
measure them: the same kind, a problem or a verdict told as plain fact beside a question
or a request, in service chats, e-mails, tweets to utilities, support forums, restaurant
and hotel reviews, a helpline and an emotional-support chat: complaints whose facts are
the service's failure, plain requests about the customer's own mishap, and praise beside
a request or told as a problem put right. 20 lines of each class; every label was
written before the engine read a line.

- `H`, first read after commit 51722f5: 42 of 60 (macro-F1 0.694: 0.800, 0.636,
  0.645); the session-start rules (e887796) 41 (0.674): the one line between them is
  praise with "much quicker" beside a question, the kind fresh19 mended. By kind, as in
  fresh19's G: complaints beside a question read well (18 of 20; the two missed tell a
  seat moved or broken on a flight and ask for money back); 6 plain requests about the
  customer's own mishap or hardship (tea on a passport, locked out, a father's fall,
  sleepless after losing a job) read as complaints and one ("happy to keep it") as
  praise; 11 praise lines read as plain or as complaints: praise told as a problem put
  right ("the missing suitcase was at my door the next morning", "your agent spotted I
  was paying twice and cancelled one") and praise the rules weigh faintly ("out of this
  world", "changed my life", "made my night").

Tried after the read, by kind: a complaint beside a question taken as plain when its
statements name no one to blame (no "you"/"your"): on the development tweets it made
plain about five complaints for every plain turn it mended, so it was dropped; the
learned layer given 48 corpus lines of our own of these kinds (plain requests about the
customer's own mishap, praise told beside a request or as a problem put right,
complaints beside a request): earlier blind lines 2,777 -> 2,780 and G 42 -> 43, but
dev 0.7592 -> 0.7585, so it was left out as the brief asks (keep only if both gain).
Kept: a thing named lost or missing that then arrives ("the lost parcel turned up") is
found, a problem put right like "the refund came through" (`found_things`); no block,
development or earlier blind line moved (the block's lines add a chase or a "was at my
door"). The model refitted. After: 42 of 60; fresh19's G 42; dev 0.7592; the held-out
set 149 of 152 and the 3,110 earlier blind lines 2,777 unchanged.

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh19 import BLOCKS as FRESH19_BLOCKS
from .test_sentiment_fresh19 import EARLIER_ROUNDS as BEFORE_FRESH19

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "H": (
        40,
        [
            (
                "negative",
                (
                    "Booked a window seat months ago and got put in the middle by the toilets. "
                    "Can that be refunded?"
                ),
            ),
            (
                "negative",
                (
                    "The delivery slot was 7-9am, I waited in all day and the van never came. "
                    "When can you actually deliver?"
                ),
            ),
            (
                "negative",
                (
                    "@ClearWater brown water from every tap since yesterday and no update on your "
                    "site. Is it safe to drink?"
                ),
            ),
            (
                "negative",
                (
                    "I've been on hold 55 minutes and the line just went dead. Is anyone "
                    "answering today?"
                ),
            ),
            (
                "negative",
                (
                    "Ordered a large and got a small, and the chips were soggy by the time they "
                    "came. Can I get a refund?"
                ),
            ),
            (
                "negative",
                (
                    "Hi, the replacement card you sent has the wrong name on it, the second time "
                    "this has happened. Can you fix it properly this time?"
                ),
            ),
            (
                "negative",
                (
                    "The hotel charged us for a minibar we never opened. Could you remove it from "
                    "the bill?"
                ),
            ),
            (
                "negative",
                (
                    "My direct debit was taken twice this month and now I'm overdrawn. What are "
                    "you going to do about the bank charges?"
                ),
            ),
            (
                "negative",
                (
                    "Submitted a bug report in January and it's still marked as new. Does anyone "
                    "triage these?"
                ),
            ),
            (
                "negative",
                (
                    "The cleaner we booked left after an hour and half the flat wasn't done. Can "
                    "we have part of the money back?"
                ),
            ),
            (
                "negative",
                (
                    "You sent me a final demand for a bill I paid on time, with proof. Why is "
                    "this still happening?"
                ),
            ),
            (
                "negative",
                (
                    "My prescription was ready on the app but the pharmacy said they'd never "
                    "received it. Who do I chase?"
                ),
            ),
            (
                "negative",
                (
                    "The washing machine leaked all over the floor on its first wash. Can someone "
                    "come and take it away?"
                ),
            ),
            (
                "negative",
                (
                    "I came to the helpline in a bad way last night and got a recorded message "
                    "for an hour. Is it always like that?"
                ),
            ),
            (
                "negative",
                (
                    "My seat wouldn't recline and the screen didn't work for a ten-hour flight. "
                    "Is there any compensation?"
                ),
            ),
            (
                "negative",
                (
                    "The course materials were promised for Monday and it's Thursday with "
                    "nothing. When will they be sent?"
                ),
            ),
            (
                "negative",
                (
                    "Paid for next-day delivery and it took five days. Can I at least have the "
                    "delivery charge back?"
                ),
            ),
            (
                "negative",
                (
                    "Nobody told us the pool was closed for the whole week we stayed. Could we "
                    "have a partial refund?"
                ),
            ),
            (
                "negative",
                (
                    "Your technician drilled through a pipe and left us with a soaked ceiling. "
                    "Who pays for the damage?"
                ),
            ),
            (
                "negative",
                (
                    "The lock you fitted jammed and I was stuck outside for two hours in the "
                    "rain. Can you send someone today?"
                ),
            ),
            (
                "neutral",
                (
                    "I spilt tea on my passport at home and a page is stained. Will it still be "
                    "accepted at the border?"
                ),
            ),
            (
                "neutral",
                "How do I report a pothole on the road outside my house?",
            ),
            (
                "neutral",
                (
                    "My car got a flat on the motorway. Does my breakdown cover include a tyre "
                    "change?"
                ),
            ),
            (
                "neutral",
                "I accidentally bought two tickets for the same show. Can I get one refunded?",
            ),
            (
                "neutral",
                "If my bag goes missing on the connection, who do I claim from?",
            ),
            (
                "neutral",
                (
                    "I've had the flu all week so I missed the deadline for the form. Is there "
                    "any way to extend it?"
                ),
            ),
            (
                "neutral",
                "What's the safest way to clean mould off a bathroom ceiling?",
            ),
            (
                "neutral",
                (
                    "Forum newbie here: my sourdough comes out flat every time. What am I doing "
                    "wrong?"
                ),
            ),
            (
                "neutral",
                (
                    "I locked myself out of the online account after too many tries. How long "
                    "until I can try again?"
                ),
            ),
            (
                "neutral",
                (
                    "Can you tell me what happens to my booking if the venue has to close for bad "
                    "weather?"
                ),
            ),
            (
                "neutral",
                (
                    "My dad has had a fall and can't get to the phone. Can I speak to you on his "
                    "behalf?"
                ),
            ),
            (
                "neutral",
                (
                    "There's a tiny dent on the fridge door but I'm happy to keep it. Is there "
                    "any discount for that?"
                ),
            ),
            (
                "neutral",
                "Is there a fee for replacing a lost key fob?",
            ),
            (
                "neutral",
                (
                    "We're moving house on the 3rd. Can you switch the broadband to the new "
                    "address from then?"
                ),
            ),
            (
                "neutral",
                (
                    "I sat on my glasses and bent the frame. Can they be adjusted or do I need "
                    "new ones?"
                ),
            ),
            (
                "neutral",
                "What should I do if the carbon monoxide alarm goes off?",
            ),
            (
                "neutral",
                (
                    "I've been struggling to sleep since I lost my job and I don't know where to "
                    "turn. Is this the right place to ask?"
                ),
            ),
            (
                "neutral",
                (
                    "The clocks went back last night. Do I need to change the time on the "
                    "thermostat myself?"
                ),
            ),
            (
                "neutral",
                "Can I exchange a dress I wore once if the tags are still on?",
            ),
            (
                "neutral",
                "My little one tore the library book. What's the charge for a damaged one?",
            ),
            (
                "positive",
                (
                    "Our fridge gave up on Thursday and your team had a new one in by Friday "
                    "teatime. Is there a feedback form?"
                ),
            ),
            (
                "positive",
                (
                    "My refund showed up the same day, much quicker than other shops. Do I need "
                    "to send the tags back too?"
                ),
            ),
            (
                "positive",
                (
                    "The new app is so much easier to use than the old one. Any chance of adding "
                    "a widget?"
                ),
            ),
            (
                "positive",
                (
                    "Your delivery guy set the bed up for us without being asked. Can I leave him "
                    "a tip online?"
                ),
            ),
            (
                "positive",
                (
                    "One call and the whole mess with my pension was sorted, after months of "
                    "worrying. Can you thank Tom for me?"
                ),
            ),
            (
                "positive",
                "That lemon tart was out of this world. Do you sell them to take away?",
            ),
            (
                "positive",
                (
                    "I was dreading the appointment but the dentist was so gentle I barely "
                    "noticed. Can I book my daughter in with him?"
                ),
            ),
            (
                "positive",
                (
                    "The missing suitcase was at my door the next morning, all intact. Do I need "
                    "to close the report?"
                ),
            ),
            (
                "positive",
                (
                    "Followed your video and the dishwasher works perfectly again. Have you got "
                    "one for the washing machine?"
                ),
            ),
            (
                "positive",
                (
                    "The chef came out to check my gluten-free meal was okay, which made my "
                    "night. Can we book for my birthday?"
                ),
            ),
            (
                "positive",
                (
                    "We got a free upgrade to a suite and the view was breathtaking. Can we ask "
                    "for the same room next time?"
                ),
            ),
            (
                "positive",
                (
                    "The hearing aid you fitted has changed my life, I can hear the grandkids "
                    "again. Does it need servicing?"
                ),
            ),
            (
                "positive",
                (
                    "@ClearWater pressure is finally back to normal after the works, great job. "
                    "Is the road reopening today?"
                ),
            ),
            (
                "positive",
                (
                    "The moderator solved my problem in ten minutes flat. How do I give him kudos "
                    "on here?"
                ),
            ),
            (
                "positive",
                (
                    "Easily the smoothest house move I've ever had. Could you email the final "
                    "meter readings?"
                ),
            ),
            (
                "positive",
                (
                    "The flowers were beautiful and my mum was thrilled. Do you deliver on "
                    "Mother's Day?"
                ),
            ),
            (
                "positive",
                (
                    "Your agent spotted I was paying for two policies and cancelled one for me. "
                    "Can I get that in writing?"
                ),
            ),
            (
                "positive",
                (
                    "The new charger came before I'd even posted the faulty one back. Where do I "
                    "send the old one?"
                ),
            ),
            (
                "positive",
                (
                    "I feel so much lighter after talking to you last night, I really needed it. "
                    "Are you on again this week?"
                ),
            ),
            (
                "positive",
                (
                    "The kids had the best time at the party and the staff were amazing with "
                    "them. Do you do adult parties too?"
                ),
            ),
        ],
    ),
}

EARLIER_ROUNDS = (*BEFORE_FRESH19, FRESH19_BLOCKS)  # every blind round before this one


@pytest.mark.parametrize("name", list(BLOCKS))
def test_the_second_block_of_problems_beside_a_question_is_new_and_read_well_enough(
    name: str,
) -> None:
    # Unseen by the corpus and by every earlier round, then read right often enough.
    check_unseen_after({name: BLOCKS[name]}, *EARLIER_ROUNDS)
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A thing lost that then arrived was found: the loss is put right ...
        ("The lost parcel turned up this morning.", "neutral"),
        ("The missing suitcase turned up the next day, all intact.", "positive"),
        # ... but not while it has still not come.
        ("My lost case still hasn't turned up.", "negative"),
    ],
)
def test_a_lost_thing_that_arrived_was_found(text: str, label: Label) -> None:
    assert classify(text) == label
