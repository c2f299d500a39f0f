"""A third fresh check for `asks_open_question`, written for this test and labelled before
the detector was run on it (2026-11-23, third round).

The first two rounds were mostly tidy service questions and a few counselling lines. This
set leans on what they lacked: chat typed fast (lower case, no "?", "u", "ur", "whats",
"how come", "can u tell me…") and counselling talk in the style of motivational
interviewing (scales, "what would it take…", a reflection before the question, cut-off
starts, questions that are really reflections with a "?").

Labels follow the project's notion (the public dialogue-act data's): a wh-question or an
invitation to tell is open, even when it asks for a plain fact ("when do you usually
take them?"); a yes/no question, a choice offered, a reflection said with a "?", a
request for an identifier ("whats the order number") or for a detail again ("what did u
say the ref was") and an exclamation are closed.

First reads, before any rule was changed for the block: the first block (141 rows) P 0.949,
R 0.974, F1 0.961 (chat 0.927: "can you tell me what's wrong" refused by the word boundary
after "what", "could u explain", "whats ur email", "what did u say the ref was", "how
annoying, sorry about that"; counselling 1.000); the second block (52 rows, written after
the first block's fixes) P 1.000, R 0.920, F1 0.958 (chat 0.941, e-mail 0.857: "hmm any
idea when it started", "We'd love to hear what…"); the third block (46 rows, written after
the second block's fixes, to measure the end of the round) P 0.957, R 0.880, F1 0.917
(chat 0.875: "hiya, what seems to be up…" after a greeting and a comma, "whats the model
on the sticker"; e-mail 0.857: "could you share a few details about how…"; counselling
0.941: "I'm interested in how you got through…"). Not taken from any labelled corpus.
The floors hold the whole set to a standard.
"""

from __future__ import annotations

import pytest

from .test_open_questions_fresh import Question, open_question_scores

# Each row: (where it was said, the agent's or counsellor's words, is it an open question?)

FIRST_BLOCK: list[Question] = [
    ("chat", "whats going on with the app today", True),
    ("chat", "which one did u get in the end", True),
    ("chat", "how come it failed?", True),
    ("chat", "can u tell me what happened", True),
    ("chat", "can you tell me what's wrong with it", True),
    ("chat", "what did the error say", True),
    ("chat", "hows the new router treating you", True),
    ("chat", "what happens when u tap pay", True),
    ("chat", "where did u buy it from", True),
    ("chat", "how long has it been doing that", True),
    ("chat", "why do u think it got cancelled", True),
    ("chat", "what were u trying to do when it froze", True),
    ("chat", "ok so whats the issue exactly", True),
    ("chat", "could u explain what u mean by it keeps bouncing", True),
    ("chat", "tell me what u see on the screen rn", True),
    ("chat", "what have u tried so far", True),
    ("chat", "how did u pay for it", True),
    ("chat", "when did u first notice the charge", True),
    ("chat", "who did u speak to on the phone", True),
    ("chat", "whats happening when u try to log in", True),
    ("chat", "and what did the courier say", True),
    ("chat", "how can i help today", True),
    ("chat", "what can i do to sort this for u", True),
    ("chat", "hmm how come the code didnt work", True),
    ("chat", "ok what went wrong at checkout", True),
    ("chat", "which page were u on when it crashed", True),
    ("chat", "what kind of phone is it", True),
    ("chat", "whats the problem with the bill", True),
    ("chat", "how are u getting on with the new card", True),
    ("chat", "where are u seeing the old price", True),
    ("chat", "can u walk me through what u did", True),
    ("chat", "pls describe the damage", True),
    ("chat", "what would u like us to do", True),
    ("chat", "so how does it look now", True),
    ("chat", "what do u mean it vanished", True),
    ("chat", "how many times has it happened", True),
    ("chat", "what exactly did the email say", True),
    ("chat", "whats up with the delivery", True),
    ("chat", "what made u decide to switch", True),
    ("chat", "could you let me know what the message says", True),
    ("chat", "whats the order number", False),
    ("chat", "whats ur email on the account", False),
    ("chat", "did u get the confirmation email", False),
    ("chat", "is it still showing the error", False),
    ("chat", "can u send a screenshot pls", False),
    ("chat", "have u tried turning it off and on", False),
    ("chat", "r u still there", False),
    ("chat", "u still there?", False),
    ("chat", "do u want a refund or a replacement", False),
    ("chat", "is that ok", False),
    ("chat", "can i put u on hold for a sec", False),
    ("chat", "was it the blue one or the black one", False),
    ("chat", "so it worked yesterday yeah", False),
    ("chat", "did that fix it", False),
    ("chat", "anything else i can help with", False),
    ("chat", "u said tuesday right", False),
    ("chat", "whats the postcode", False),
    ("chat", "could u confirm ur date of birth pls", False),
    ("chat", "shall i cancel it for u", False),
    ("chat", "is the light green now", False),
    ("chat", "do u have the receipt", False),
    ("chat", "which one, the large or the small?", False),
    ("chat", "ok thanks for waiting", False),
    ("chat", "i'll check what happened with the order", False),
    ("chat", "let me see what i can do", False),
    ("chat", "sorry whats ur name again", False),
    ("chat", "what did u say the ref was", False),
    ("chat", "no worries, i know how annoying that is", False),
    ("chat", "when the engineer arrives he'll ring u first", False),
    ("chat", "how annoying, sorry about that", False),
    ("chat", "would friday suit u", False),
    ("chat", "did it come with a charger", False),
    ("chat", "it's the premium plan u're on, isn't it", False),
    ("chat", "can u see the button at the bottom", False),
    ("chat", "whats ur account number pls", False),
    ("counselling", "What would it take for you to feel ready to try?", True),
    ("counselling", "Tell me more about the evenings when it's hardest.", True),
    ("counselling", "How do you feel about the amount you're drinking these days?", True),
    ("counselling", "What do you like about gambling, if anything?", True),
    ("counselling", "Mm-hmm. And what happens after the second glass?", True),
    ("counselling", "So the weekends are the tricky bit. What usually sets it off?", True),
    ("counselling", "How would you know that things had got better?", True),
    ("counselling", "What are your hopes for our time together?", True),
    ("counselling", "What did your daughter say when she saw the bottles?", True),
    ("counselling", "Okay. So where does exercise fit into your week right now?", True),
    ("counselling", "What have you already tried to cut back?", True),
    ("counselling", "When you picture yourself a year from now, what do you see?", True),
    ("counselling", "What's the worst thing that could happen if nothing changes?", True),
    ("counselling", "How important is it to you, on a scale of zero to ten?", True),
    ("counselling", "You said a four. Why a four and not a two?", True),
    ("counselling", "What would make it a five?", True),
    ("counselling", "Help me understand what a good week looks like for you.", True),
    ("counselling", "I'm curious how you managed to stay off it for so long.", True),
    ("counselling", "Can you tell me what happened the last time you tried to stop?", True),
    ("counselling", "Could you say a little more about that?", True),
    ("counselling", "How has your sleep been since you started the tablets?", True),
    ("counselling", "What do you think your doctor is worried about?", True),
    ("counselling", "What's your sense of where this is heading?", True),
    ("counselling", "Uh, what-what did you notice about your mood that week?", True),
    ("counselling", "How do you spend the money you save?", True),
    ("counselling", "What would be different at home if you cut down?", True),
    ("counselling", "Where do you get the strength from?", True),
    ("counselling", "Who else in your life could support you with this?", True),
    ("counselling", "What are the good things about vaping for you?", True),
    ("counselling", "And the less good things, what are they?", True),
    ("counselling", "So it's been a rough month. How are you coping with it all?", True),
    ("counselling", "I wonder what you'd like to get out of today.", True),
    ("counselling", "What do you make of what the nurse told you?", True),
    ("counselling", "How did it feel to say no to him?", True),
    ("counselling", "What do you want to do next?", True),
    ("counselling", "Talk me through a normal evening, from when you get home.", True),
    ("counselling", "Do you drink every night?", False),
    ("counselling", "Would it be okay if I gave you some information about that?", False),
    ("counselling", "So you're thinking about cutting down but not stopping.", False),
    ("counselling", "It sounds like your kids really matter to you.", False),
    ("counselling", "Have you ever tried nicotine patches?", False),
    ("counselling", "Is that something you'd consider?", False),
    ("counselling", "So you feel like your partner is nagging you?", False),
    ("counselling", "You've been feeling really low since the summer?", False),
    ("counselling", "Did the doctor mention your liver?", False),
    ("counselling", "Are you taking the tablets every day?", False),
    ("counselling", "Mm-hmm.", False),
    ("counselling", "Okay.", False),
    ("counselling", "Is it more in the mornings or at night?", False),
    ("counselling", "Would you like to set a date today?", False),
    (
        "counselling",
        "So on one hand you enjoy it, and on the other it's costing you a lot.",
        False,
    ),
    ("counselling", "Any questions before we finish?", False),
    ("counselling", "Shall we meet again in two weeks?", False),
    ("counselling", "That's a big step, well done.", False),
    ("counselling", "Do you think you could manage three days without it?", False),
    ("counselling", "Can I share what other people have found useful?", False),
    ("counselling", "So you were hoping I'd just sign the form?", False),
    ("counselling", "I'm wondering if you'd be open to keeping a diary.", False),
    ("counselling", "You know what, I think that's a really honest answer.", False),
    ("counselling", "And that was after the party?", False),
    ("counselling", "Is there anything else you'd like to add?", False),
    ("counselling", "What you're describing sounds exhausting.", False),
    ("counselling", "How hard that must have been.", False),
    (
        "counselling",
        "So the plan is to swap the evening drink for a walk, is that right?",
        False,
    ),
    ("counselling", "Have you spoken to anyone else about it?", False),
    ("counselling", "Did you want to talk about the money side today?", False),
]


SECOND_BLOCK: list[Question] = [
    ("chat", "ok so what happened after u reset it", True),
    ("chat", "wait, which card did u use", True),
    ("chat", "how come the refund hasnt shown up", True),
    ("chat", "can u tell me a bit about what ur trying to set up", True),
    ("chat", "wat does the message say exactly", True),
    ("chat", "hmm any idea when it started", True),
    ("chat", "could u describe the sound it makes", True),
    ("chat", "so what did the store say when u took it back", True),
    ("chat", "how's the signal been since", True),
    ("chat", "whats ur order ref pls", False),
    ("chat", "r u using the app or the website", False),
    ("chat", "did u get a text from us", False),
    ("chat", "is it ok if i close this chat", False),
    ("chat", "can u try clearing the cache", False),
    ("chat", "sorry what was the email again", False),
    ("chat", "u tried another browser?", False),
    ("chat", "how frustrating, i'm sorry", False),
    ("chat", "we'll sort it, don't worry", False),
    ("chat", "whats ur postcode", False),
    ("chat", "shall i book the engineer for monday", False),
    ("chat", "which do u prefer, email or text?", False),
    ("chat", "so the box was already open when it arrived?", False),
    (
        "email",
        "Thank you for your message. Could you tell us a little more about what happened "
        "when the technician arrived?",
        True,
    ),
    (
        "email",
        "Before we go ahead, can you let us know how you would like the refund paid?",
        True,
    ),
    ("email", "We'd love to hear what we could have done better.", True),
    (
        "email",
        "Could you please reply with your booking reference so we can find the reservation?",
        False,
    ),
    ("email", "Would you like us to arrange a collection?", False),
    ("email", "Please let us know if there's anything else we can do.", False),
    (
        "email",
        "I'm sorry the parcel went missing. When did you last see a tracking update?",
        True,
    ),
    ("email", "Can you confirm whether the charge is still pending?", False),
    ("counselling", "What would a good first step look like for you?", True),
    ("counselling", "And when you've stopped before, what helped?", True),
    ("counselling", "So, um, how are things at home at the moment?", True),
    ("counselling", "You mentioned your sister. What role does she play in all this?", True),
    ("counselling", "Tell me about the last time you felt really well.", True),
    ("counselling", "Where does that worry come from, do you think?", True),
    ("counselling", "How ready are you, from zero to ten?", True),
    ("counselling", "Mm. What else might help?", True),
    ("counselling", "So you're not sure you want to stop completely?", False),
    ("counselling", "Would it help to write down the reasons?", False),
    ("counselling", "Have you noticed any changes since you cut back?", False),
    ("counselling", "It sounds like part of you is ready and part of you isn't.", False),
    ("counselling", "Is it okay if we come back to that next week?", False),
    ("counselling", "You've done really well to get here today.", False),
    ("counselling", "And that's been going on since the new job?", False),
    ("counselling", "I'd like to understand what a bad night looks like for you.", True),
    ("phone", "so what do you do for a living", True),
    ("phone", "uh how long have you been there", True),
    ("phone", "do you get out much", False),
    ("phone", "and that was in the spring", False),
    ("phone", "you know what i mean", False),
    ("phone", "where'd you grow up", True),
]


THIRD_BLOCK: list[Question] = [
    ("chat", "hiya, what seems to be up with the login", True),
    ("chat", "k so which address did it go to", True),
    ("chat", "gotcha. how did the charge show up on ur statement", True),
    ("chat", "what makes u think it was sent twice", True),
    ("chat", "where abouts did the leak start", True),
    ("chat", "how long ago did u place it roughly", True),
    ("chat", "whats the model on the sticker", False),
    ("chat", "can u check if the light is blinking", False),
    ("chat", "did they give u a reference", False),
    ("chat", "so u want it cancelled, not paused?", False),
    ("chat", "any joy with the reset?", False),
    ("chat", "can i grab ur number in case we get cut off", False),
    ("chat", "ok, and when u say it's broken, what does it do", True),
    ("chat", "do u mind telling me what the engineer said", True),
    ("chat", "just to check, is it the 2nd or the 3rd", False),
    ("chat", "that's so annoying, i'd be fuming too", False),
    ("email", "Thanks for flagging this. What were you expecting to see on the invoice?", True),
    (
        "email",
        "Could you share a few details about how the item was packed when it reached you?",
        True,
    ),
    ("email", "We've issued the credit. Is there anything else you need from us?", False),
    ("email", "Please reply with a photo of the label and we'll take it from there.", False),
    (
        "email",
        "I'm sorry for the mix-up. How would you like us to handle the second order?",
        True,
    ),
    ("email", "Can you confirm the delivery address is still 4 Mill Lane?", False),
    ("email", "If it helps, could you describe what happens when you switch it on?", True),
    ("email", "What a frustrating start to your holiday, and I'm sorry.", False),
    ("counselling", "So where would you like to start today?", True),
    ("counselling", "What does a drink do for you at the end of the day?", True),
    ("counselling", "Okay, and what gets in the way of walking more?", True),
    (
        "counselling",
        "You said your mum used to smoke. How was that for you growing up?",
        True,
    ),
    ("counselling", "If you picked one thing to change this month, what might it be?", True),
    ("counselling", "What do you think would happen if you told him?", True),
    ("counselling", "I'm interested in how you got through last Christmas without it.", True),
    ("counselling", "Can you think of a time when you said no and felt good about it?", False),
    ("counselling", "Do you want to keep going with this or talk about something else?", False),
    ("counselling", "So it's less about the money and more about feeling in control.", False),
    ("counselling", "Did your GP say anything about your blood pressure?", False),
    ("counselling", "You're wondering whether it's worth the effort.", False),
    ("counselling", "Is it fair to say you're feeling a bit stuck?", False),
    ("counselling", "Right. And that happened twice last week?", False),
    ("counselling", "How confident are you that you could do that, say out of ten?", True),
    ("counselling", "Where do you see yourself with this in six months?", True),
    ("phone", "so what got you interested in gardening", True),
    ("phone", "yeah how many of them are there", True),
    ("phone", "oh do you like it there", False),
    ("phone", "is that right", False),
    ("phone", "what'd you think of the ending", True),
    ("phone", "and who does the cooking at your house", True),
]


def test_the_blocks_are_large_and_mix_chat_counselling_email_and_phone_talk() -> None:
    assert len(FIRST_BLOCK) >= 120
    assert len(SECOND_BLOCK) >= 40
    assert len(THIRD_BLOCK) >= 40
    assert {q[0] for q in FIRST_BLOCK} == {"chat", "counselling"}
    assert {q[0] for q in SECOND_BLOCK} == {"chat", "email", "counselling", "phone"}
    assert {q[0] for q in THIRD_BLOCK} == {"chat", "email", "counselling", "phone"}
    assert sum(q[2] for q in FIRST_BLOCK) >= 60
    assert sum(not q[2] for q in FIRST_BLOCK) >= 60


@pytest.mark.parametrize(
    ("block", "floor"),
    [(FIRST_BLOCK, 0.97), (SECOND_BLOCK, 0.95), (THIRD_BLOCK, 0.95)],
    ids=["first", "second", "third"],
)
def test_each_block_holds_its_floor(block: list[Question], floor: float) -> None:
    scores = open_question_scores(block)
    assert scores.precision >= floor, scores.summary()
    assert scores.recall >= floor, scores.summary()


def test_typed_chat_holds_its_floor_in_every_block() -> None:
    chat = [q for q in FIRST_BLOCK + SECOND_BLOCK + THIRD_BLOCK if q[0] == "chat"]
    scores = open_question_scores(chat)
    assert scores.f1 >= 0.95, scores.summary()
