"""Customer sentiment on the fourteenth round's third blind block (24 November 2026,
eighteenth session), written after the last change of `test_sentiment_fresh20.py` to
measure the round: a problem or a verdict told as plain fact beside a question or a
request, in restaurant and hotel reviews, tweets to a railway, service chats, e-mails,
support and gardening forums, a counselling chat and a helpline: complaints whose facts
are the service's failure, plain requests about the customer's own mishap or hardship,
and praise beside a request or told as a problem put right. 20 lines of each class;
every label was written before the engine read a line.

- `I`, first read after commit 8ee4ba1: 46 of 60 (macro-F1 0.760: 0.878, 0.735,
  0.667); the session-start rules (e887796) 46, the same lines wrong: nothing of the
  round carried to it. By kind, as in G and H: complaints beside a question read well
  (18 of 20; the two missed say a room or a session fell short and ask plainly); 2 plain
  requests about the customer's own mishap or hardship read as complaints; 10 praise
  lines read as plain or as complaints, praise told as plain fact beside a request
  ("the driver waited while my gran found her glasses"), as a problem put right ("our
  boiler died on Christmas Eve and your engineer came out that same evening") or in
  words the rules barely weigh ("slept properly for the first time in weeks").

Mended by kind: praise beside a question also counts when the rules find no complaint
in the statements and the learned layer alone leans to praise by 0.7 or more (the rules'
bar, more praise than one plain word, kept the reason of a request plain, but praise told
as plain fact has no such word; 0.6 took a line of the held-out set to praise). After:
47 of 60 (0.779); G 42 and H 42 unchanged; dev 0.7592 unchanged, the held-out set 149 of
152 and the 3,110 earlier blind lines 2,777 unchanged.

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh20 import BLOCKS as FRESH20_BLOCKS
from .test_sentiment_fresh20 import EARLIER_ROUNDS as BEFORE_FRESH20

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "I": (
        45,
        [
            (
                "negative",
                (
                    "Our table was booked for eight and we were still standing at the bar at "
                    "quarter to nine. Is that normal here?"
                ),
            ),
            (
                "negative",
                (
                    "The tracking has said 'out for delivery' for four days now. Where is my "
                    "parcel actually?"
                ),
            ),
            (
                "negative",
                (
                    "@MetroRail the 17:40 was cancelled again with no announcement, third time "
                    "this week. Any plans to fix this?"
                ),
            ),
            (
                "negative",
                (
                    "I asked twice for the allergy info and the dish still came with nuts in it. "
                    "Who do I complain to?"
                ),
            ),
            (
                "negative",
                (
                    "Your system has logged me out every day this week and wiped my basket each "
                    "time. Can this be fixed?"
                ),
            ),
            (
                "negative",
                (
                    "Hi, I cancelled the gym membership in May and you've taken two more payments "
                    "since. Can I have them back please?"
                ),
            ),
            (
                "negative",
                (
                    "The heating in our room didn't work and reception just handed us an extra "
                    "blanket. Can we get a discount?"
                ),
            ),
            (
                "negative",
                (
                    "I paid for the premium plan and half the features don't load. What am I "
                    "paying for exactly?"
                ),
            ),
            (
                "negative",
                (
                    "Been waiting since 9am for the engineer who was meant to come in the "
                    "morning. Is he coming at all?"
                ),
            ),
            (
                "negative",
                (
                    "The bike arrived with a bent wheel and a missing pedal. How am I supposed to "
                    "ride it?"
                ),
            ),
            (
                "negative",
                (
                    "Your adviser told me one thing on the phone and the letter says the "
                    "opposite. Which one is right?"
                ),
            ),
            (
                "negative",
                (
                    "My online order was cancelled without any warning after I'd paid. Why was "
                    "nobody told?"
                ),
            ),
            (
                "negative",
                (
                    "The forum search has been broken for a month and every thread I open errors. "
                    "Is anyone fixing it?"
                ),
            ),
            (
                "negative",
                (
                    "I've emailed the complaints team three times and had nothing but an "
                    "automatic reply. Is there a real person there?"
                ),
            ),
            (
                "negative",
                (
                    "The taxi you booked for us never showed and we missed our flight. Who covers "
                    "the new tickets?"
                ),
            ),
            (
                "negative",
                "The listing said sea view and we got a wall. Can we be moved?",
            ),
            (
                "negative",
                (
                    "The last session was cut short twenty minutes early without explanation. Is "
                    "that going to happen again?"
                ),
            ),
            (
                "negative",
                "My new laptop won't hold a charge for more than an hour. Can I send it back?",
            ),
            (
                "negative",
                (
                    "We were promised a cot in the room and there wasn't one when we arrived at "
                    "midnight. Where were we meant to put the baby?"
                ),
            ),
            (
                "negative",
                (
                    "The meter was fitted wrong and I've been billed double since March. How soon "
                    "can this be corrected?"
                ),
            ),
            (
                "neutral",
                ("I dropped my phone in the sea on holiday. Do you do repairs for water damage?"),
            ),
            (
                "neutral",
                "How do I report a fallen tree blocking the footpath?",
            ),
            (
                "neutral",
                (
                    "My toddler flushed a toy down the loo. Is that something your plumbers deal "
                    "with?"
                ),
            ),
            (
                "neutral",
                "I booked the wrong date by mistake. Can I move it without paying again?",
            ),
            (
                "neutral",
                "If the storm knocks out the power, will my freezer food be covered?",
            ),
            (
                "neutral",
                (
                    "I've been in hospital so I missed two payments. Can I set up a plan to catch "
                    "up?"
                ),
            ),
            (
                "neutral",
                "What's the best way to get chewing gum out of carpet?",
            ),
            (
                "neutral",
                (
                    "Quick one for the forum: my tomato leaves are going yellow. Too much water "
                    "or too little?"
                ),
            ),
            (
                "neutral",
                (
                    "I can't remember which email I used for the account. Can you look it up by "
                    "my phone number?"
                ),
            ),
            (
                "neutral",
                "What happens to my order if the courier can't find the address?",
            ),
            (
                "neutral",
                (
                    "My mum's eyesight is going and she can't read the letters any more. Can you "
                    "send them in large print?"
                ),
            ),
            (
                "neutral",
                (
                    "I scuffed the new boots on the first walk but I'm keeping them. Do you sell "
                    "a polish that matches?"
                ),
            ),
            (
                "neutral",
                "Do you charge for a replacement parking permit if mine gets stolen?",
            ),
            (
                "neutral",
                (
                    "I'm having an operation next month. Can I put the lessons on hold until I'm "
                    "back on my feet?"
                ),
            ),
            (
                "neutral",
                (
                    "I shrank my favourite wool jumper in the dryer. Is there any way to stretch "
                    "it back?"
                ),
            ),
            (
                "neutral",
                "What should I do if my flight gets diverted?",
            ),
            (
                "neutral",
                (
                    "It's been a rough few months since the divorce and I don't really know how "
                    "to start talking about it. Is that okay?"
                ),
            ),
            (
                "neutral",
                (
                    "The snow's blocked our drive. Is it all right to leave the bins at the end "
                    "of the road?"
                ),
            ),
            (
                "neutral",
                "Can I get a refund on a ticket if I'm too ill to travel?",
            ),
            (
                "neutral",
                (
                    "My cat knocked the router off the shelf and now only one light comes on. "
                    "What should I try first?"
                ),
            ),
            (
                "positive",
                (
                    "Our boiler died on Christmas Eve and your engineer came out that same "
                    "evening. Can I nominate him for something?"
                ),
            ),
            (
                "positive",
                (
                    "The refund landed in my account within the hour. Do I need to keep the "
                    "return receipt?"
                ),
            ),
            (
                "positive",
                (
                    "Honestly your new checkout is miles better, took me seconds. Will it come to "
                    "the app as well?"
                ),
            ),
            (
                "positive",
                (
                    "The driver waited while my gran found her glasses and helped her with the "
                    "bags. Can you pass on our thanks?"
                ),
            ),
            (
                "positive",
                (
                    "Sorted my whole tax muddle in one appointment, I could have cried with "
                    "relief. Do you do the same for small businesses?"
                ),
            ),
            (
                "positive",
                "Best curry I've had outside my nan's kitchen. Do you deliver to Harrow?",
            ),
            (
                "positive",
                (
                    "I was terrified of the scan but the nurse talked me through every step. Can "
                    "I request her next time?"
                ),
            ),
            (
                "positive",
                (
                    "The ring I lost in your hotel was posted back to me with a lovely note. Who "
                    "should I write to?"
                ),
            ),
            (
                "positive",
                (
                    "Your troubleshooting guide got the printer going in two minutes. Is there "
                    "one for the scanner?"
                ),
            ),
            (
                "positive",
                (
                    "The waiter noticed my daughter's birthday badge and the whole staff sang. "
                    "Can we book again for next year?"
                ),
            ),
            (
                "positive",
                (
                    "They upgraded us to the family suite for free and the kids thought it was a "
                    "palace. Is it bookable directly?"
                ),
            ),
            (
                "positive",
                (
                    "The walking frame you recommended has given my dad his independence back. Do "
                    "you do a folding one?"
                ),
            ),
            (
                "positive",
                (
                    "@MetroRail trains have been bang on time all month since the new timetable, "
                    "well done. Any chance of more carriages?"
                ),
            ),
            (
                "positive",
                (
                    "The admin fixed my account in ten minutes and explained everything. How do I "
                    "mark the post as solved?"
                ),
            ),
            (
                "positive",
                (
                    "Painless switch, took five minutes start to finish. Can you send the "
                    "confirmation to my work email?"
                ),
            ),
            (
                "positive",
                (
                    "The cake was gorgeous and tasted even better than it looked. Do you do "
                    "gluten-free versions?"
                ),
            ),
            (
                "positive",
                (
                    "Your adviser found me a cheaper tariff without me even asking. Can I get the "
                    "details in writing?"
                ),
            ),
            (
                "positive",
                (
                    "The new part arrived the next morning, before I'd even filled in the form. "
                    "Do I still need to send it?"
                ),
            ),
            (
                "positive",
                (
                    "I slept properly for the first time in weeks after our talk. Can we speak "
                    "again on Thursday?"
                ),
            ),
            (
                "positive",
                (
                    "The children's workshop was brilliant and the staff were so patient. Do you "
                    "run them in the summer holidays?"
                ),
            ),
        ],
    ),
}

EARLIER_ROUNDS = (*BEFORE_FRESH20, FRESH20_BLOCKS)  # every blind round before this one


@pytest.mark.parametrize("name", list(BLOCKS))
def test_the_third_block_of_problems_beside_a_question_is_new_and_read_well_enough(
    name: str,
) -> None:
    # Unseen by the corpus and by every earlier round, then read right often enough.
    check_unseen_after({name: BLOCKS[name]}, *EARLIER_ROUNDS)
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Praise told as plain fact beside a request, which only the words lean to ...
        (
            "The admin fixed my login in five minutes and explained what went wrong. "
            "How do I close the ticket?",
            "positive",
        ),
        # ... but the reason for a request, or its details, are no praise.
        ("I've found a date that suits me better. Can we move the booking?", "neutral"),
        (
            "The delivery is for my sister's new flat. Can the driver call her when he's close?",
            "neutral",
        ),
    ],
)
def test_praise_told_plainly_beside_a_request(text: str, label: Label) -> None:
    assert classify(text) == label
