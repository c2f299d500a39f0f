"""Customer sentiment on the thirteenth round's third blind block (24 November 2026,
seventeenth session), written after the second change (`test_sentiment_fresh17.py`) to
measure it: tweets to a telecom, service chats, e-mails, hotel, restaurant and product
reviews, support forums and an emotional-support chat; complaints put as questions and
plain, plain questions that name a fault, praise beside a request and told plainly. 20
lines of each class; every label was written into this file before the engine read it.

- `F`, first read after commit b317096: 49 of 60 (macro-F1 0.820: 0.780, 0.791,
  0.889); the session-start rules (32dd22e) 48 (0.803). By kind: three questions that
  despair in forms the patterns lacked ("How do you lose ...?", "Is it too much to
  expect ...?", "Any chance of an actual human?") read as plain; three plain questions
  that name a fault, a damaged box or a payment read as complaints; praise beside a
  request ("Would it be cheeky to ask for the recipe? That curry was unreal.") read
  plain; thanks after a hard day ("You made a horrible day a bit easier") and a question
  that marvels ("Is there anything this shampoo can't do?") read as complaints.

Mended by kind, in the rhetorical question patterns of fresh17: a question that despairs
also asks "is it too much to ask/expect", "how do/did you (manage to) lose/break/forget
...", or for "an actual human/person/answer"; one that marvels also asks "is there
anything it can't do?" (the shampoo line still reads plain: its "never been so soft"
reads as a negation). The model refitted on the same corpus. After: 52 of 60 (0.867);
fresh16 52 and fresh17 45 unchanged; dev `customer_sentiment` 0.7589 unchanged (tweets
0.7428, TripAdvisor 0.7120); the held-out set 149 of 152 unchanged; the 2,930 earlier
blind lines 2,628 unchanged. Left: plain questions that name a fault, praise beside a
request, thanks over a hard day, a lack put as "where are the X I paid for?".

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh17 import BLOCKS as FRESH17_BLOCKS
from .test_sentiment_fresh17 import EARLIER_ROUNDS as BEFORE_FRESH17

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "F": (
        50,
        [
            (
                "negative",
                ("Why is it that every time I ring, I get a different answer about the same bill?"),
            ),
            (
                "negative",
                (
                    "@TalkNet so is anyone going to fix the broadband on Elm Road or are we just "
                    "paying for nothing now?"
                ),
            ),
            (
                "negative",
                (
                    "Could someone please call me back today. Your app has taken my rent payment "
                    "twice and I have nothing left for food."
                ),
            ),
            (
                "negative",
                (
                    "Really disappointed. The cot we requested wasn't in the room and reception "
                    "shrugged."
                ),
            ),
            ("negative", "How do you lose a wedding dress between two branches of the same shop?"),
            (
                "negative",
                "I was promised a callback within the hour. That was yesterday lunchtime.",
            ),
            ("negative", "Is it too much to expect the bin men to actually empty the bin?"),
            (
                "negative",
                (
                    "Ordered the large, got the small, and the refund form just errors out. Any "
                    "ideas, or do I dispute it with my bank?"
                ),
            ),
            (
                "negative",
                ("The soup arrived cold and when we mentioned it the waiter rolled his eyes."),
            ),
            (
                "negative",
                ("Please don't tell me to restart the router again. I've done it eleven times."),
            ),
            (
                "negative",
                (
                    "Honestly feel like I'm talking to a wall. I have explained my situation four"
                    " times now."
                ),
            ),
            (
                "negative",
                (
                    "Where are the seat reservations I paid extra for? We're standing in the "
                    "vestibule."
                ),
            ),
            (
                "negative",
                (
                    "Can anyone from billing explain why my direct debit went up by £20 without a"
                    " letter?"
                ),
            ),
            ("negative", "Stopped charging after six weeks. For £90 I expected better than this."),
            (
                "negative",
                ("Any chance of an actual human? The bot keeps sending me the same article."),
            ),
            (
                "negative",
                (
                    "I'd rather not be kept waiting another forty minutes just to be told the "
                    "system is down."
                ),
            ),
            (
                "negative",
                (
                    "What is the point of tracking if it says delivered and there's nothing on my"
                    " doorstep?"
                ),
            ),
            (
                "negative",
                (
                    "After the way your staff spoke to my father today, we won't be shopping here"
                    " again."
                ),
            ),
            (
                "negative",
                (
                    "Hi, my account has been locked for a week now and no one will tell me why. I"
                    " need my wages."
                ),
            ),
            (
                "negative",
                ("You sent a bailiff letter for a bill I paid in January. Do you even check?"),
            ),
            (
                "neutral",
                (
                    "@TalkNet is there planned work on Elm Road tonight? My connection dropped a "
                    "minute ago."
                ),
            ),
            ("neutral", "Could you tell me whether the flight to Faro has a meal included?"),
            (
                "neutral",
                ("Hi, I moved house last month. What do I need to send you to update my address?"),
            ),
            (
                "neutral",
                ("The soup of the day is mushroom, right? I'll have that with a side of bread."),
            ),
            (
                "neutral",
                ("My direct debit date is the 3rd. Can I move it to the 28th to match payday?"),
            ),
            ("neutral", "Is the hotel pool heated, or is it outdoor only?"),
            (
                "neutral",
                ("I'd like to report a streetlight that's out on Cedar Avenue, outside number 12."),
            ),
            ("neutral", "Quick question: does the blender jug go in the dishwasher?"),
            ("neutral", "The tracking says 'held at depot'. Does that mean I need to collect it?"),
            (
                "neutral",
                "Please add a note that I'll be arriving after midnight. Booking ref HX22.",
            ),
            (
                "neutral",
                (
                    "We spoke on Monday about the boiler. I'm free any afternoon next week for "
                    "the engineer."
                ),
            ),
            (
                "neutral",
                ("Does anyone know if the 2019 model takes the same filters as the 2021 one?"),
            ),
            (
                "neutral",
                ("I think my card might have expired. How do I add the new one to my account?"),
            ),
            ("neutral", "Can I bring the dog into the beer garden?"),
            (
                "neutral",
                ("Sorry I missed our chat last week. Is the same time on Thursday still okay?"),
            ),
            ("neutral", "The printer shows error E-04. Is there a reset procedure in the manual?"),
            ("neutral", "Hi, which documents do I need to bring to open a joint account?"),
            ("neutral", "I was asked to send a photo of the damaged box. Where should I email it?"),
            ("neutral", "Is there a charge for changing the name on a ticket?"),
            ("neutral", "Just confirming I've paid the balance today by bank transfer."),
            (
                "positive",
                (
                    "Whoever answered the phone this morning, thank you. You made a horrible day "
                    "a bit easier."
                ),
            ),
            (
                "positive",
                (
                    "Can't believe how quickly you sorted the leak. Plumber was here within two "
                    "hours of my call."
                ),
            ),
            (
                "positive",
                (
                    "Genuinely the nicest hotel staff we've ever met. Already planning our next "
                    "stay."
                ),
            ),
            (
                "positive",
                (
                    "@TalkNet fair play, the engineer was here at 8 sharp and the speeds are "
                    "double what I had."
                ),
            ),
            ("positive", "Would it be cheeky to ask for the recipe? That curry was unreal."),
            (
                "positive",
                (
                    "The replacement arrived next day, no questions asked. That's why I keep "
                    "coming back."
                ),
            ),
            (
                "positive",
                ("Just want to say the lady at the returns desk was so patient with my mum."),
            ),
            (
                "positive",
                ("Four years with this vacuum and it still picks up like new. Worth every penny."),
            ),
            (
                "positive",
                (
                    "Thanks to the forum for the tip about the hinge screw. Door closes perfectly"
                    " now!"
                ),
            ),
            (
                "positive",
                ("Talking here tonight really helped. I don't feel so alone with it any more."),
            ),
            (
                "positive",
                ("How did you get my order here so fast? Arrived before I'd finished my coffee."),
            ),
            (
                "positive",
                ("Ten minutes on the phone and my whole contract was sorted. Brilliant service."),
            ),
            (
                "positive",
                ("I've recommended you to everyone at work. Best decision I made this year."),
            ),
            (
                "positive",
                (
                    "Honestly impressed. The app told me my train was delayed before the station "
                    "did."
                ),
            ),
            (
                "positive",
                (
                    "Could you let the kitchen know the gluten-free pizza was the best I've had? "
                    "My daughter was thrilled."
                ),
            ),
            (
                "positive",
                "Brilliant little cafe, the staff remembered my order on my second visit.",
            ),
            (
                "positive",
                (
                    "The bank spotted the fraud before I did and had the money back in a day. So "
                    "relieved."
                ),
            ),
            (
                "positive",
                "Is there anything this shampoo can't do? My hair has never been so soft.",
            ),
            (
                "positive",
                (
                    "Came for one night, stayed three. Lovely owners and the best breakfast on "
                    "the coast."
                ),
            ),
            (
                "positive",
                ("Really pleased with the new sofa. The delivery team even took the old one away."),
            ),
        ],
    ),
}

EARLIER_ROUNDS = (*BEFORE_FRESH17, FRESH17_BLOCKS)  # every blind round before this one


@pytest.mark.parametrize("name", list(BLOCKS))
def test_the_third_asking_block_is_new_and_read_well_enough(name: str) -> None:
    # Unseen by the corpus and by every earlier round, then read right often enough.
    check_unseen_after({name: BLOCKS[name]}, *EARLIER_ROUNDS)
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # More questions that despair ...
        ("How did you manage to forget our booking twice?", "negative"),
        ("Is it too much to ask for a window seat?", "negative"),
        ("Can I speak to an actual person please?", "negative"),
        # ... and the same words asking plainly.
        ("Is there an actual store in Leeds or is it online only?", "neutral"),
        ("Is there anything you can do about the noise from the next room?", "neutral"),
    ],
)
def test_more_questions_that_despair(text: str, label: Label) -> None:
    assert classify(text) == label
