"""Customer sentiment on the fourteenth round's first blind block (24 November 2026,
eighteenth session). The development errors by kind, measured again at the session's
start (e887796): airline tweets, complaints read as plain 378 (187 of them with a "?"),
plain turns read as complaints 197, praise read as plain 107; hotel reviews, three-star
reviews read as happy 38. The biggest kind is a complaint told beside a question or a
request, so block G puts a problem told as plain fact beside a question in every
register the engine meets held-out (service chats, e-mails, tweets, support forums,
restaurant and hotel reviews, an emotional-support chat): complaints whose facts are
the service's failure, plain requests about the customer's own mishap (a cracked screen,
a power cut, a lost card) and praise told beside a request or as a problem put right.
20 lines of each class; every label was written before the engine read a line.

- `G`, first read on the session-start rules (e887796), which were also the current
  ones: 41 of 60 (macro-F1 0.669: 0.783, 0.652, 0.571). By kind: the complaints beside
  a question were read well (18 of 20); 12 of the 20 praise lines read as plain or as
  complaints, 5 of them praise beside a request whose statements the rules and the
  learned layer both read as praise; 5 plain requests about the customer's own mishap
  read as complaints.

Mended by kind: "much" and "many" are thanks only as they lead one ("many thanks",
"much appreciated"); before praise they strengthen it ("much faster than I expected"),
which the rules had taken for thanks, and thanks beside a question is its manners, so
praise told beside a question with "much quicker/easier/faster" in it read as plain
(`gratitude_leads` in `service_sentiment.json`). The model refitted. After: 42 of 60;
dev `customer_sentiment` 0.7589 unchanged (no development line moved), the held-out
set 149 of 152 and the 3,110 earlier blind lines 2,777 unchanged. Then: praise told
beside a question with a thanks in its statements ("Thanks for sorting it, the app works
perfectly now. Is there ...?") had been left as manners; the statements are now read
without their clauses of thanks, and praise in what is left is praise (a bare thanks
beside a question stays plain). G unchanged at 42 (its thanks line, "so much calmer",
praises too faintly for the rules); dev 0.7589 -> 0.7592 (one praise tweet), the
earlier blind lines and the held-out set unchanged.

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh18 import BLOCKS as FRESH18_BLOCKS
from .test_sentiment_fresh18 import EARLIER_ROUNDS as BEFORE_FRESH18

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "G": (
        40,
        [
            (
                "negative",
                (
                    "The engineer was booked for 8-12 and it's now 3pm with no call. Is he still "
                    "coming?"
                ),
            ),
            (
                "negative",
                (
                    "I returned the blender three weeks ago and the refund still hasn't appeared. "
                    "Can you check?"
                ),
            ),
            (
                "negative",
                (
                    "My card was charged twice for the same order. Which one of you is going to "
                    "sort that out?"
                ),
            ),
            (
                "negative",
                (
                    "@FlyBrightway bag didn't make the connection in Dublin and nobody at the "
                    "desk knew anything. Where is it now?"
                ),
            ),
            (
                "negative",
                (
                    "Hi, the app logged me out mid-payment and took the money anyway. Can someone "
                    "look at this today please?"
                ),
            ),
            (
                "negative",
                (
                    "I rang on Monday, Wednesday and Friday and each time was promised a callback "
                    "that never came. What now?"
                ),
            ),
            (
                "negative",
                (
                    "The replacement charger stopped working after two days, same as the first "
                    "one. Do I have to send it back again?"
                ),
            ),
            (
                "negative",
                (
                    "We waited 50 minutes for our mains and the fish was cold when it came. Is "
                    "that normal for a Saturday?"
                ),
            ),
            (
                "negative",
                (
                    "Posted this in the forum a week ago and got zero replies from staff. Is "
                    "anyone from support actually reading these?"
                ),
            ),
            (
                "negative",
                (
                    "Dear team, the meter reader has estimated my bill again even though I sent a "
                    "photo of the meter. Please correct it."
                ),
            ),
            (
                "negative",
                (
                    "My order says delivered but there's nothing on the doorstep and the "
                    "neighbours haven't got it. What do I do?"
                ),
            ),
            (
                "negative",
                (
                    "The room we were given faced the bins and the window wouldn't shut. Could we "
                    "not have been moved?"
                ),
            ),
            (
                "negative",
                (
                    "Third time the router has dropped out during a work call this week. Can you "
                    "send someone out?"
                ),
            ),
            (
                "negative",
                (
                    "I was cut off twice while waiting to speak to an adviser. Is there another "
                    "number I can try?"
                ),
            ),
            (
                "negative",
                (
                    "The sofa arrived with a torn cushion and the driver left before I could show "
                    "him. How do I get this fixed?"
                ),
            ),
            (
                "negative",
                (
                    "Your website let me book a slot that doesn't exist and I drove 40 minutes "
                    "for nothing. Who do I speak to?"
                ),
            ),
            (
                "negative",
                (
                    "I keep getting reminder letters for a bill I paid in full in March. Can you "
                    "stop them please?"
                ),
            ),
            (
                "negative",
                (
                    "My counsellor cancelled on me again this morning, an hour before. Is there "
                    "someone else I can see?"
                ),
            ),
            (
                "negative",
                (
                    "The boiler you fitted in June is leaking already and the installer won't "
                    "answer his phone. Can you send someone?"
                ),
            ),
            (
                "negative",
                (
                    "Two of the four glasses in the set were broken inside the box. Can I get a "
                    "replacement for those?"
                ),
            ),
            (
                "neutral",
                "I think I've put the wrong postcode on my order. Can I still change it?",
            ),
            (
                "neutral",
                "How do I report a broken street light outside number 14?",
            ),
            (
                "neutral",
                "My phone screen cracked when I dropped it. Does my insurance cover that?",
            ),
            (
                "neutral",
                "I've lost my library card. Can I still borrow books with my account number?",
            ),
            (
                "neutral",
                "If the flight is delayed more than three hours, am I entitled to anything?",
            ),
            (
                "neutral",
                (
                    "Hi, my daughter is ill so we need to cancel Thursday's lesson. Is there a "
                    "fee for that?"
                ),
            ),
            (
                "neutral",
                "What's the best way to get red wine out of a wool rug?",
            ),
            (
                "neutral",
                (
                    "Forum question: my laptop fan gets loud when I'm gaming. Is that something "
                    "to worry about?"
                ),
            ),
            (
                "neutral",
                (
                    "I forgot my password and the reset e-mail went to an old address. Can you "
                    "update it to this one?"
                ),
            ),
            (
                "neutral",
                "Can you tell me what happens to my parcel if nobody is home when it arrives?",
            ),
            (
                "neutral",
                (
                    "My mum has dementia and can't manage the account any more. How do I get "
                    "power of attorney added?"
                ),
            ),
            (
                "neutral",
                (
                    "There's a small scratch on the table I bought but I'm keeping it. Do you "
                    "sell touch-up pens?"
                ),
            ),
            (
                "neutral",
                "Is there a charge for replacing a damaged bank card?",
            ),
            (
                "neutral",
                "I'll be away for a month. Can you pause my deliveries until the 20th?",
            ),
            (
                "neutral",
                (
                    "I spilled coffee on the keyboard. Is it worth trying to dry it out or should "
                    "I buy a new one?"
                ),
            ),
            (
                "neutral",
                "What should I do if the smoke alarm keeps beeping every few minutes?",
            ),
            (
                "neutral",
                (
                    "I've been feeling low since the move and I'm not sure who to talk to. Where "
                    "would you suggest I start?"
                ),
            ),
            (
                "neutral",
                "We had a power cut last night. Do I need to reset the boiler timer?",
            ),
            (
                "neutral",
                "Can I return a jumper that shrank in the wash if I still have the receipt?",
            ),
            (
                "neutral",
                "My train ticket got wet and the barcode won't scan. Can I print another one?",
            ),
            (
                "positive",
                (
                    "The heater broke on Friday night and your engineer had it going by Saturday "
                    "lunch. Can I leave him a review somewhere?"
                ),
            ),
            (
                "positive",
                (
                    "My refund came through in two days, much faster than I expected. Do I need "
                    "to do anything else with the old item?"
                ),
            ),
            (
                "positive",
                (
                    "Just wanted to say the new booking page takes seconds now. Any chance the "
                    "app gets the same treatment?"
                ),
            ),
            (
                "positive",
                (
                    "Your driver carried the washing machine up three flights without a word of "
                    "complaint. Is there somewhere I can tip him?"
                ),
            ),
            (
                "positive",
                (
                    "Sorted in one phone call, after years of dreading ringing my bank. Could you "
                    "pass my thanks to Priya?"
                ),
            ),
            (
                "positive",
                (
                    "The dessert was the best thing I've eaten all year. Do you ever share the "
                    "recipe?"
                ),
            ),
            (
                "positive",
                (
                    "I was nervous about the first session but she made it so easy to talk. Can I "
                    "book the same time next week?"
                ),
            ),
            (
                "positive",
                (
                    "The lost parcel turned up the next morning after your team chased the "
                    "courier. Shall I close the claim?"
                ),
            ),
            (
                "positive",
                (
                    "Fitted the new tap myself with your video, no leaks at all. Do you have one "
                    "for the shower mixer?"
                ),
            ),
            (
                "positive",
                (
                    "Our server remembered my son's allergy from last time without us saying a "
                    "thing. Could we book the same table for Sunday?"
                ),
            ),
            (
                "positive",
                (
                    "Got upgraded to a sea-view room for our anniversary and it was perfect. Is "
                    "it possible to request it again next year?"
                ),
            ),
            (
                "positive",
                (
                    "The phone you recommended has been brilliant for my dad. Does it work with "
                    "the hearing aid you mentioned?"
                ),
            ),
            (
                "positive",
                (
                    "@QuickCell signal at home is finally rock solid since the mast upgrade. Will "
                    "the same happen in the village next door?"
                ),
            ),
            (
                "positive",
                (
                    "The support forum mod fixed my sync issue within an hour of my post. How do "
                    "I mark the thread as solved?"
                ),
            ),
            (
                "positive",
                (
                    "Honestly the easiest mortgage switch I've ever done. Can you send me the "
                    "paperwork for my records?"
                ),
            ),
            (
                "positive",
                (
                    "The wedding cake was stunning and every guest asked where it came from. Can "
                    "I give your details out?"
                ),
            ),
            (
                "positive",
                (
                    "Your adviser waived the late fee without me even asking. Is there a way to "
                    "set up reminders so it doesn't happen again?"
                ),
            ),
            (
                "positive",
                (
                    "The replacement lens arrived before the old one even reached you. Do I just "
                    "keep the box for the return label?"
                ),
            ),
            (
                "positive",
                (
                    "I feel so much calmer after last night's chat, thank you for listening. Is "
                    "the line open again tonight?"
                ),
            ),
            (
                "positive",
                (
                    "Kids loved the soft play and the staff were lovely with them. Do you do "
                    "birthday parties?"
                ),
            ),
        ],
    ),
}

EARLIER_ROUNDS = (*BEFORE_FRESH18, FRESH18_BLOCKS)  # every blind round before this one


@pytest.mark.parametrize("name", list(BLOCKS))
def test_the_block_of_problems_beside_a_question_is_new_and_read_well_enough(name: str) -> None:
    # Unseen by the corpus and by every earlier round, then read right often enough.
    check_unseen_after({name: BLOCKS[name]}, *EARLIER_ROUNDS)
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "much" and "many" lead a thanks ("many thanks", "much appreciated"); before
        # praise they strengthen it, and the praise beside a question is no manners.
        (
            "Delivery came in two days, much quicker than the website said. Do you ship to Jersey?",
            "positive",
        ),
        (
            "The new tablet is much easier for my nan than the old one. Does it take a stylus?",
            "positive",
        ),
        # A thanks beside a question still is its manners.
        ("Many thanks. Could you send the invoice to accounts as well?", "neutral"),
    ],
)
def test_much_before_praise_is_no_thanks(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Praise said beside a question still praises when a thanks stands with it ...
        ("Thanks for sorting it, the app works perfectly now. Is there a dark mode?", "positive"),
        # ... but a thanks with nothing else said is the request's manners.
        ("Thanks for the quick reply. Can you also send a copy of the invoice?", "neutral"),
        ("Thanks, that's all fine. Do you need my reference number?", "neutral"),
    ],
)
def test_praise_beside_a_question_with_thanks(text: str, label: Label) -> None:
    assert classify(text) == label
