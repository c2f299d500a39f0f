"""A ninth fresh check for `acknowledges_feelings`, written in the fourteenth round
(24 November 2026, session 19): service agents on chat and e-mail, helpline listeners
and coaches, each reply with the customer's, caller's or client's turn before it.

Rows written for this test and labelled before the detector read any of them; not taken
from any labelled corpus. Labels follow `test_feelings_fresh8.py`: a reply acknowledges
feelings when it names or meets a feeling the other person showed or lives through,
including an idiom for it said back ("running on fumes", "pulling your hair out"),
validation ("anyone would be fed up"), a reassurance that names their feeling to ease
it ("nothing to be nervous about"), and sympathy aimed at the person. The 35
look-alikes share the words or the moment but meet no feeling of theirs: the agent's
own feelings, a third party's feelings, feeling words inside an instruction or a
description ("if you're unhappy with the item, return it"), "I understand" about a
fact, and replies that acknowledge only the problem, however upset the customer is.

First read (24 November 2026, before any change of this round; the session's starting
rules, commit 98b6c6d): precision 0.97, recall 0.86, F1 0.91 (30 / 1 / 5). Missed: a
feeling named back after "it sounds like you're…" ("…really frightened right now":
`@felt` was read after "I can tell you're", not after "sounds like you're"), patience
running out ("running out of patience") and wear ("must be wearing you both down") said
back as idioms, a blow to their confidence validated ("would knock anyone's
confidence"), and a reassurance naming back their fear ("nothing to be nervous about",
the miss `test_feelings_fresh8.py` left). Taken: "Don't worry about the red error
message; just refresh the page", a reassurance about a thing on screen.

Mended by kind (`KINDS` below, each failing on the starting rules): "sounds / seems /
looks like you're <feeling>"; the patience idioms in `affect`'s idioms; "wearing /
grinding you down", "wearing you out" (not "putting you down for 3pm"); "would knock /
dent / shake anyone's (your) confidence"; and a reassurance that names a fear or a shame
(feelings.json `reassurance`) counts when the feeling is the word the customer used
("I'm nervous…" - "nothing to be nervous about"). The development raters leave
unticked the one reassurance in the split, which names a feeling the seeker did not use
("nothing to be afraid of" after "terrified"); hence the echo. The reassurance about
the error message is left: the development raters tick "don't worry" in 5 of its 7
rows (and the one "don't worry about the…"), so no kind of it was cut this round.

Mended the same evening, after a review: a feeling the customer names only to deny it
("I'm not nervous, just curious…") is none to name back (feelings.json
`reassurance_denied`); and a service failure told with no service word ("Got charged
twice this month.", "the sofa never came": feelings.json `service_failures`) is no
hardship of their own, so a bare "I'm so sorry." after it is the company's apology.

After: precision 0.97, recall 1.00, F1 0.99 (35 / 1 / 0). Development F1 0.842
unchanged (the same 906 verdicts).
"""

from __future__ import annotations

import pytest

from .test_feelings_fresh2 import Case, acknowledged, feelings_scores

BLOCK: list[Case] = [
    # Acknowledgements: service chat.
    (
        "chat",
        "Third time I've had to explain this to someone today.",
        "I can tell you're running out of patience, and after three goes that's fair enough.",
        True,
    ),
    (
        "chat",
        "My order was meant for my son's birthday yesterday and it still hasn't come.",
        "Oh no, that's heartbreaking when it was meant for his big day.",
        True,
    ),
    (
        "chat",
        "I've been trying to log in since 7am.",
        "You must be pulling your hair out by now.",
        True,
    ),
    (
        "chat",
        "I'm honestly scared I've been scammed, there's £400 gone.",
        "That's a frightening thing to see on your statement, and it's good you came "
        "straight to us.",
        True,
    ),
    (
        "chat",
        "I'm running on fumes here, the baby hasn't slept and now the washer's flooded.",
        "Sounds like you're running on fumes, with a new baby and a flooded kitchen on top.",
        True,
    ),
    (
        "chat",
        "Is the upgrade going to wipe my photos? I'm nervous about pressing the button.",
        "There's nothing to be nervous about; your photos stay where they are.",
        True,
    ),
    (
        "chat",
        "This is the fourth delivery slot you've missed.",
        "Anyone would be fed up after four missed slots.",
        True,
    ),
    (
        "chat",
        "I'm so annoyed, the discount code didn't apply.",
        "I'd be annoyed too if my code didn't go through at checkout.",
        True,
    ),
    (
        "chat",
        "Finally got my refund, thank you!",
        "That's wonderful, I'm so pleased for you after all the waiting.",
        True,
    ),
    # Acknowledgements: service e-mail.
    (
        "email",
        "I am deeply disappointed with how my complaint has been handled.",
        "I can see how let down you feel by the way we've handled this.",
        True,
    ),
    (
        "email",
        "The engineer left mud through my whole hallway.",
        "I can only imagine how upsetting it was to come home to that.",
        True,
    ),
    (
        "email",
        "We've waited six weeks for the kitchen worktop.",
        "Six weeks without a worktop must be wearing you both down.",
        True,
    ),
    (
        "email",
        "I'm worried my credit score will be hurt by your error.",
        "Your worry is completely understandable, and I want to put your mind at rest.",
        True,
    ),
    (
        "email",
        "My late mother's account is still getting letters addressed to her.",
        "Receiving those letters must be so painful while you're grieving.",
        True,
    ),
    (
        "email",
        "I felt humiliated when the card was refused in the shop.",
        "Nobody should be made to feel humiliated like that, and I'm sorry it happened.",
        True,
    ),
    (
        "email",
        "I'm at the end of my rope with this broadband.",
        "You're at the end of your rope, and I don't blame you one bit.",
        True,
    ),
    (
        "email",
        "Just wanted to say the new sofa is perfect and we love it.",
        "How lovely to hear you're so happy with it!",
        True,
    ),
    # Acknowledgements: helpline.
    (
        "helpline",
        "I haven't told anyone this before.",
        "It sounds like that's been weighing on you for a long time.",
        True,
    ),
    (
        "helpline",
        "I just feel so alone since the divorce.",
        "Feeling that alone is so hard, and I'm glad you called tonight.",
        True,
    ),
    (
        "helpline",
        "I can't stop shaking.",
        "It sounds like you're really frightened right now.",
        True,
    ),
    (
        "helpline",
        "Everyone keeps telling me to just get over it.",
        "Your grief makes sense; there's no timetable for it.",
        True,
    ),
    (
        "helpline",
        "I feel stupid for falling for it.",
        "It's so understandable to feel ashamed, but these scams fool careful people every day.",
        True,
    ),
    (
        "helpline",
        "I've been crying all afternoon.",
        "That sounds like a really painful afternoon for you.",
        True,
    ),
    (
        "helpline",
        "My son won't speak to me anymore.",
        "That must hurt so much, as his mum.",
        True,
    ),
    (
        "helpline",
        "I'm so tired of fighting for a benefits decision.",
        "You sound exhausted by it all, and no wonder.",
        True,
    ),
    (
        "helpline",
        "I'm angry at myself for not seeing the signs.",
        "I can hear how angry you are with yourself.",
        True,
    ),
    # Acknowledgements: coaching.
    (
        "coaching",
        "I got the job!",
        "That's brilliant news, you must be over the moon!",
        True,
    ),
    (
        "coaching",
        "I keep thinking I'll be found out as a fraud.",
        "Lots of new managers feel that way; it's a really common fear and it doesn't "
        "mean you're a fraud.",
        True,
    ),
    (
        "coaching",
        "My team missed the target again and I feel like I've let them down.",
        "It sounds like you're carrying a lot of guilt about this quarter.",
        True,
    ),
    (
        "coaching",
        "I spoke up in the meeting for the first time.",
        "You must feel so proud, that took nerve.",
        True,
    ),
    (
        "coaching",
        "I've had three rejections this month.",
        "Three rejections in a month would knock anyone's confidence.",
        True,
    ),
    (
        "coaching",
        "I'm dreading the conversation with my team about the restructure.",
        "Of course you're dreading it; it's a hard message to give people you care about.",
        True,
    ),
    (
        "coaching",
        "I'm just burnt out, to be honest.",
        "Burnout is real, and it's okay to admit you're running on empty.",
        True,
    ),
    (
        "coaching",
        "I was passed over again.",
        "That must be so frustrating, to be overlooked a second time.",
        True,
    ),
    (
        "coaching",
        "I finally took a whole week off.",
        "I'm really glad you did, you sound so much lighter for it.",
        True,
    ),
    # Look-alikes: the agent's own feelings.
    (
        "chat",
        "Can you check where my parcel is?",
        "I'm so excited to tell you it's out for delivery today!",
        False,
    ),
    (
        "chat",
        "Hi, are you still there?",
        "Yes, I was nervous I'd lost the connection for a moment!",
        False,
    ),
    (
        "email",
        "Please confirm my subscription change.",
        "I'm delighted to confirm your plan is now Premium.",
        False,
    ),
    (
        "coaching",
        "What did you think of my presentation?",
        "Honestly I felt a bit lost in the middle section; the numbers came too fast.",
        False,
    ),
    (
        "helpline",
        "Is this call recorded?",
        "It is, and I'm happy to answer any other questions about that.",
        False,
    ),
    (
        "coaching",
        "How was your weekend?",
        "Lovely, thanks, I was thrilled to finally see the sea.",
        False,
    ),
    # Look-alikes: a third party's feelings.
    (
        "chat",
        "My husband says the delivery man was rude to him.",
        "Our drivers get frustrated too when an address has no house number.",
        False,
    ),
    (
        "email",
        "Why was my application refused?",
        "The underwriters were worried about the gap in your address history.",
        False,
    ),
    (
        "coaching",
        "My manager never gives feedback.",
        "Perhaps your manager feels anxious about giving feedback in person.",
        False,
    ),
    (
        "helpline",
        "My daughter hasn't been eating.",
        "Teenagers often feel very self-conscious at that age; has she seen her GP?",
        False,
    ),
    (
        "chat",
        "The other customer in the shop was shouting at the staff.",
        "Our team were quite shaken by that, and we've reported it.",
        False,
    ),
    (
        "coaching",
        "I need to give my team bad news.",
        "Think about how your team will feel when they hear it, and what they'll need from you.",
        False,
    ),
    # Look-alikes: feeling words in an instruction or a description.
    (
        "chat",
        "How do I change the alarm tone?",
        "Go to Settings, then Sounds, and pick 'Calm' or 'Happy' from the list.",
        False,
    ),
    (
        "email",
        "What should I do if the package arrives damaged?",
        "If you're unhappy with the item, return it within 30 days using the label provided.",
        False,
    ),
    (
        "helpline",
        "What happens on the call back?",
        "Our counsellor will ask how you've been feeling over the last two weeks.",
        False,
    ),
    (
        "coaching",
        "What should I write in my journal?",
        "Write down one moment each day when you felt proud, and what led to it.",
        False,
    ),
    (
        "chat",
        "Where do I leave feedback?",
        "Tap the smiley faces at the end of the chat to tell us how satisfied you were.",
        False,
    ),
    (
        "email",
        "The form keeps saying error.",
        "Don't worry about the red error message; just refresh the page and it will clear.",
        False,
    ),
    (
        "helpline",
        "Can I call again tomorrow?",
        "Yes, call any time you feel you need to talk.",
        False,
    ),
    # Look-alikes: "I understand" about a fact.
    (
        "chat",
        "I need the invoice in my company's name, not mine.",
        "I understand, I'll reissue it to the company.",
        False,
    ),
    (
        "email",
        "I moved house in March so the old address is wrong.",
        "I understand you moved in March; I've updated the address on file.",
        False,
    ),
    (
        "helpline",
        "I'm calling from a friend's phone.",
        "I understand, that's no problem at all.",
        False,
    ),
    (
        "chat",
        "The order number starts with 88, not 38.",
        "Understood, thanks for clarifying the number.",
        False,
    ),
    (
        "coaching",
        "I'll be away for the next two sessions.",
        "I understand, let's pick it up on the 14th.",
        False,
    ),
    (
        "email",
        "I'm on a pay-as-you-go plan, not a contract.",
        "I see, I understand that changes which offers you can use.",
        False,
    ),
    # Look-alikes: the problem acknowledged, the feeling not.
    (
        "chat",
        "This is ridiculous, the app has logged me out five times!",
        "That's definitely not how the app should behave; let me look at your session logs.",
        False,
    ),
    (
        "email",
        "I'm furious that the boiler still isn't fixed.",
        "I can see the boiler repair was booked for the 3rd and the part hasn't arrived.",
        False,
    ),
    (
        "chat",
        "I'm really stressed, my flight's in two hours and I can't check in.",
        "Check-in is failing because the passport number has a missing digit.",
        False,
    ),
    (
        "helpline",
        "I'm scared I'll lose the flat.",
        "Your landlord needs a court order before he can evict you.",
        False,
    ),
    (
        "email",
        "Honestly disgusted that my meter reading was ignored again.",
        "You're right that the reading wasn't applied; the bill has been recalculated.",
        False,
    ),
    (
        "chat",
        "I'm gutted, the concert tickets sold out while I was stuck in your queue.",
        "The queue system had a fault between 9 and 9:20 this morning.",
        False,
    ),
    (
        "coaching",
        "I'm overwhelmed with everything on my plate.",
        "Let's list your projects and rank them by deadline.",
        False,
    ),
    (
        "email",
        "This is the worst service I've ever had.",
        "I've noted your complaint and passed it to the team leader.",
        False,
    ),
    (
        "helpline",
        "I'm so confused by all these forms.",
        "The blue form is for housing, the green one for council tax.",
        False,
    ),
    (
        "chat",
        "I'm worried the charge will go through twice.",
        "The second charge is a pending authorisation and will drop off within 3 days.",
        False,
    ),
]

# (precision, recall, F1), a little under the read after the mend.
FLOORS = (0.95, 0.97, 0.96)


def test_the_block_is_half_acknowledgements_across_four_settings() -> None:
    assert len(BLOCK) == 70
    assert sum(expected for *_, expected in BLOCK) == 35
    assert {setting for setting, *_ in BLOCK} == {"chat", "email", "helpline", "coaching"}
    assert len({text for _, _, text, _ in BLOCK}) == len(BLOCK)


def test_the_block_holds_its_floor() -> None:
    scores = feelings_scores(BLOCK)
    read = (scores.precision, scores.recall, scores.f1)
    assert all(got >= floor for got, floor in zip(read, FLOORS, strict=True)), scores.summary()


#: Kinds mended after the first read: (the other person's turn, the reply, does the
#: reply acknowledge feelings?).
KINDS: list[tuple[str, str, bool]] = [
    # A feeling named back after "it sounds like you're…".
    ("My mum's been taken into hospital.", "It sounds like you're terrified for her.", True),
    ("Nobody has called me back.", "It seems like you're really let down by us.", True),
    ("Can I pay by card?", "It looks like you're all set to pay by card.", False),
    # Idioms of patience running out and of wear.
    ("Fifth email about this!", "I can tell you're losing your patience with us.", True),
    ("Still no engineer.", "All this waiting must be grinding you down.", True),
    ("The move is next week.", "Packing a whole house is wearing you out, I bet.", True),
    ("Can I book the 3pm slot?", "I'm putting you down for 3pm on Friday.", False),
    # A blow to their confidence, validated.
    ("I failed the exam again.", "A second fail would dent anyone's confidence.", True),
    ("How do I reset my score?", "Resetting will clear your confidence score.", False),
    # A reassurance that names back the fear or shame they voiced.
    (
        "I'm so embarrassed, I sent it to the wrong person.",
        "Honestly, nothing to be embarrassed about; it happens.",
        True,
    ),
    ("I'm worried I broke it.", "There's no need to be worried, it's just updating.", True),
    ("This is outrageous.", "There's no need to be worried, it's just updating.", False),
    ("Where's my refund?", "There's nothing to be afraid of in the new app.", False),
    # ... not a feeling they said to deny it (mended after a review, the same evening).
    (
        "I'm not nervous, just curious what the reset does.",
        "There's nothing to be nervous about.",
        False,
    ),
    (
        "Honestly I'm not at all worried, I only want the date.",
        "There's no need to be worried, it's on the 4th.",
        False,
    ),
    (
        "I can't help feeling nervous about the upgrade.",
        "There's nothing to be nervous about, it takes two minutes.",
        True,
    ),
    # A bare sorry after a service failure told with no service word is an apology.
    ("Got charged twice this month.", "I'm so sorry.", False),
    ("Waited in all day and the sofa never came.", "I'm so sorry.", False),
    ("My dog died this morning.", "I'm so sorry.", True),
]


@pytest.mark.parametrize(("context", "text", "expected"), KINDS)
def test_each_mended_kind_reads_as_labelled(context: str, text: str, expected: bool) -> None:
    assert acknowledged(context, text) is expected, (context, text)
