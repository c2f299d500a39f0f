"""A fourteenth fresh check for `asks_open_question`: half counsellor and coach turns in
the motivational-interviewing style (long spoken turns that reflect and then ask, "tell
me more", "how would that look", "what else", a question ending a long turn, closed
questions with "what" or "how" inside them, "I wonder…" statements, tag questions,
choice questions), half service agents' questions (chat, phone, helpline), each with the
client's or customer's turn before it. Written in session 19 (24 November 2026). Every
row was written and labelled before the detector read it. Not taken from any labelled
corpus.

Labels follow `test_open_questions_fresh13.py`, and: a yes/no question whose object is
a wh-clause ("Did the courier say what time…?", "Do you know how long…?", "Have you
thought about what…?", "Are you happy with how…?") asks yes/no and is closed; a
statement with "what" inside ("What I'd like to do is…", "So what I'm hearing is…") asks
nothing; "I'd love to hear how…" invites, as "tell me" does.

First read (F1), against the engine as it stood at the session's start (98b6c6d; this
behaviour's rules unchanged since 92259c1):

- block (80 rows): 0.988 (P 0.98, R 1.00). Every open row was read, the long turns
  that reflect and then ask, "tell me more", "how would that look", "what else", "I'd
  love to hear how…" and the wonderings among them; every closed question with "what" or
  "how" inside it, every tag, choice, "I wonder if…" and "anything else" was read closed.
  One closed row read as open: a point asked for on a scale given as a range after
  "from" ("Where would you put yourself on a scale from one to ten, ten being totally
  ready?"): the rule that tells the reason for a number ("where does that six come
  from?") took any "from" in the question. Mended by kind: a "from" that opens the
  scale's range ("from one to ten", "from 0 to 10") asks no reason. Then 1.000. Dev
  asks_open_question 0.9470 unchanged (AnnoMI 0.8626, Switchboard 0.9547; no row
  changed).

The AnnoMI development rows still wrong (39 missed, 26 taken) were read by kind: the
misses are closed by form and labelled open by the coders (a reflection said with a "?"
or a tag, "any questions?", "anything else…?", "do you mind if we…?", "I wonder if…",
fragments cut off), the false alarms wh-questions the coders call closed ("when do you
usually take your medications?", "how much does it cost you a week?", "who's…?") and
invitations ("can you tell me a little about…"): the standing labels decide both
against the coders on purpose, so neither was mended. Left: one turn asking "how
confident…?", then defining the scale's ends and asking "where would you be?"
(labelled closed there), a single row.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .fresh_check import FreshScores, fresh_scores

#: Each row: (where it was said, the other's turn before it, the words, open question?).
Row = tuple[str, str, str, bool]

ROWS: list[Row] = [
    # counselling and coaching: open
    (
        "counselling",
        "I just don't see the point of the meetings anymore.",
        "So the meetings have started to feel like a waste of your evening, and I'm "
        "curious, what did they give you back when you first went?",
        True,
    ),
    ("counselling", "It's complicated with my brother.", "Mm. Tell me more about that.", True),
    (
        "counselling",
        "My wife wants me to cut down.",
        "Okay, so she's worried and you're, you're not so sure it's that bad. If you did "
        "cut down, how would that look on a normal weekday?",
        True,
    ),
    (
        "counselling",
        "Things have been different since I moved back in with my dad.",
        "What else has changed since you moved in with him?",
        True,
    ),
    (
        "counselling",
        "We argue about money every single month.",
        "You've said a few times that you're tired of fighting with him about money, that "
        "it's the same argument every month, and you can't see a way out of it, and so I "
        "guess what I'm wondering is, what would need to happen for that argument to stop?",
        True,
    ),
    (
        "counselling",
        "I was so sure of myself at eighteen.",
        "I wonder what your younger self would make of where you are now.",
        True,
    ),
    (
        "counselling",
        "The cravings are worst at night.",
        "And when the craving hits at night, what do you usually do?",
        True,
    ),
    (
        "counselling",
        "Work's been relentless and the baby's teething.",
        "Yeah, it sounds exhausting. How have you been getting through the weeks?",
        True,
    ),
    (
        "coaching",
        "I want the promotion but not all the travel.",
        "So you want the promotion but you're not sure you want the travel that comes with "
        "it. Which parts of the role excite you?",
        True,
    ),
    (
        "coaching",
        "I finally spoke to my team lead.",
        "Talk me through how the conversation with your team lead went.",
        True,
    ),
    (
        "counselling",
        "I've smoked since I was fifteen.",
        "How would your life be different a year from now if you stopped smoking?",
        True,
    ),
    (
        "coaching",
        "I'm always too hard on myself.",
        "What would you tell a friend who was in your shoes?",
        True,
    ),
    (
        "counselling",
        "I love the nights out but Sundays are awful.",
        "Okay, so on the one hand you enjoy the nights out, and on the other you hate how "
        "you feel on Sundays. How do those two fit together for you?",
        True,
    ),
    (
        "coaching",
        "I'm not sure about this career any more.",
        "Where do you see yourself going with this, in the long run?",
        True,
    ),
    ("counselling", "So I left the party early.", "Mm-hmm, and then what happened?", True),
    (
        "coaching",
        "I never seem to find time for the course.",
        "What's one small thing you could try before we next meet?",
        True,
    ),
    (
        "counselling",
        "I was off it for three months last year.",
        "I'd love to hear how you managed to stay off it for those three months.",
        True,
    ),
    (
        "counselling",
        "The kids are usually in bed by then.",
        "What do you think your kids notice when you've been drinking?",
        True,
    ),
    (
        "counselling",
        "My gran raised me, really.",
        "You mentioned your gran earlier. What was she like?",
        True,
    ),
    (
        "counselling",
        "Between work and the baby I don't stop.",
        "So, um, with all that going on at work and the baby not sleeping, uh, where does "
        "looking after yourself fit in, if at all?",
        True,
    ),
    # counselling and coaching: closed
    (
        "counselling",
        "Six weeks tomorrow.",
        "So you've been clean for six weeks now, right?",
        False,
    ),
    (
        "counselling",
        "Nobody turned up for me when it mattered.",
        "It sounds like you're feeling pretty let down by the people around you.",
        False,
    ),
    (
        "counselling",
        "I don't really know how much I drink.",
        "Would you be willing to try keeping a drink diary this week?",
        False,
    ),
    (
        "counselling",
        "I've been thinking about quitting.",
        "Is it more the cost or the health side that worries you?",
        False,
    ),
    (
        "counselling",
        "I need to talk to my sister about Mum.",
        "Did you manage to decide what you're going to say to her?",
        False,
    ),
    (
        "counselling",
        "I smoke when I'm stressed, mostly.",
        "Do you know how many you smoke on a typical day?",
        False,
    ),
    (
        "counselling",
        "He doesn't understand what it's like.",
        "I wonder if it might help to bring your partner next time.",
        False,
    ),
    (
        "counselling",
        "I'm fine as I am, honestly.",
        "You're not sure you want to change anything just now, is that fair?",
        False,
    ),
    (
        "counselling",
        "Fridays are the hardest.",
        "Have you thought about what you'd do instead on a Friday night?",
        False,
    ),
    (
        "coaching",
        "That's the first month in the new role done.",
        "Are you happy with how the first month has gone?",
        False,
    ),
    (
        "counselling",
        "I want to go back to work, I just can't face failing again.",
        "So what I'm hearing is that you'd like to get back to work but you're scared of "
        "failing again.",
        False,
    ),
    (
        "counselling",
        "I told my boss about the drinking.",
        "That took a lot of courage.",
        False,
    ),
    (
        "counselling",
        "I've run out of ideas.",
        "Can I share what some other people have found helpful?",
        False,
    ),
    (
        "counselling",
        "It happened again at work on Thursday.",
        "So that's the third time this month the panic has come on at work?",
        False,
    ),
    (
        "counselling",
        "I think I'm ready to try.",
        "Okay. Where would you put yourself on a scale from one to ten, ten being totally ready?",
        False,
    ),
    (
        "coaching",
        "There's also the thing with the rota.",
        "Is this something you want to work on, or shall we park it for now?",
        False,
    ),
    (
        "counselling",
        "I can't decide whether to stop.",
        "What I'd like to do, if it's okay with you, is look at the pros and cons together.",
        False,
    ),
    (
        "counselling",
        "I've been really low lately.",
        "Okay. And you, you've talked to your doctor about how you're feeling?",
        False,
    ),
    ("counselling", "And that's where it all went wrong.", "Mm-hmm. Right.", False),
    (
        "counselling",
        "I think that's everything.",
        "Anything else you'd like to add before we wrap up?",
        False,
    ),
    # service: open
    (
        "service",
        "The app keeps freezing.",
        "Sorry about that! What happens on the screen right before it freezes?",
        True,
    ),
    ("service", "Hi there.", "How can I help you today?", True),
    (
        "service",
        "The payment didn't go through again.",
        "Could you walk me through the steps you took before the payment failed?",
        True,
    ),
    (
        "service",
        "Two of the plates came smashed.",
        "What would you like us to do with the damaged items?",
        True,
    ),
    (
        "service",
        "Yes, the engineer came out on Tuesday.",
        "Thanks for waiting. How did the engineer's visit go on Tuesday?",
        True,
    ),
    (
        "helpline",
        "I don't really know why I rang.",
        "You've been carrying a lot on your own tonight. What's on your mind right now?",
        True,
    ),
    (
        "service",
        "I upgraded and it's no better.",
        "Tell me a little about what you were hoping the upgrade would fix.",
        True,
    ),
    (
        "service",
        "It ended up at the house two doors down.",
        "Why do you think the parcel was left at the wrong door?",
        True,
    ),
    (
        "service",
        "This has been going on for a month.",
        "What's been the most frustrating part of all this for you?",
        True,
    ),
    (
        "service",
        "Nobody ever called me back.",
        "I understand. How would you prefer we get in touch with you from now on?",
        True,
    ),
    (
        "service",
        "I want to cancel my membership.",
        "What made you decide to cancel, if you don't mind me asking?",
        True,
    ),
    (
        "service",
        "I use the dashboard every morning.",
        "Which features do you use most in the dashboard?",
        True,
    ),
    (
        "service",
        "Thanks, that's the address fixed.",
        "What else can I look into for you while I've got your account open?",
        True,
    ),
    (
        "service",
        "The new router came last week.",
        "How is the new router working out for you so far?",
        True,
    ),
    (
        "service",
        "The boiler is making a weird noise.",
        "Can you describe the noise the boiler is making?",
        True,
    ),
    (
        "service",
        "It's about the jacket I ordered.",
        "Okay, I see the order. What seems to be wrong with the jacket?",
        True,
    ),
    (
        "helpline",
        "I spoke to the bank this afternoon.",
        "How are you feeling about everything after the call with the bank?",
        True,
    ),
    (
        "service",
        "I've been waiting ten days for my refund.",
        "So the refund still hasn't shown up, and you've already waited ten days, which I "
        "completely get is frustrating. What would a good outcome look like for you here?",
        True,
    ),
    (
        "service",
        "There's water coming through the kitchen ceiling.",
        "When did you first notice the leak?",
        True,
    ),
    (
        "service",
        "My card's been stolen.",
        "Where were you when you realised the card was gone?",
        True,
    ),
    # service: closed
    (
        "service",
        "I can't get into my account.",
        "Could you confirm the email address on the account?",
        False,
    ),
    (
        "service",
        "The internet's down again.",
        "Is the router showing a red light or a green one?",
        False,
    ),
    (
        "service",
        "The app crashes every time I open it.",
        "Have you tried restarting the app since the update?",
        False,
    ),
    ("service", "My order hasn't come.", "What's your order number, please?", False),
    (
        "service",
        "The lamp arrived broken.",
        "Would you like me to send a replacement?",
        False,
    ),
    (
        "service",
        "I missed the delivery this morning.",
        "Did the courier say what time they'd come back?",
        False,
    ),
    (
        "service",
        "The food in the hamper had gone off.",
        "Do you know how long the item was in the box before you opened it?",
        False,
    ),
    (
        "service",
        "Great, thanks for sorting that.",
        "Is there anything else I can help you with today?",
        False,
    ),
    (
        "service",
        "I need to change the name on my account.",
        "Can you tell me your date of birth to verify the account?",
        False,
    ),
    (
        "service",
        "There are two payments for the same thing on my statement.",
        "So the charge appeared twice on your statement, is that right?",
        False,
    ),
    (
        "service",
        "I'd like the refund please.",
        "Which card would you like the refund to go back to, the Visa or the Mastercard?",
        False,
    ),
    (
        "service",
        "The parcel still says in transit.",
        "I'll pass this on to the delivery team and they'll be in touch within 48 hours.",
        False,
    ),
    (
        "service",
        "I reset my password yesterday.",
        "Are you still having trouble logging in?",
        False,
    ),
    (
        "service",
        "Hi, it's about last week's parcel.",
        "You're calling about the missing parcel from last week?",
        False,
    ),
    (
        "service",
        "Any time Thursday is fine.",
        "Shall I book the engineer for Thursday morning?",
        False,
    ),
    (
        "service",
        "The kettle I got is the wrong colour.",
        "Was it the blue one or the grey one you ordered?",
        False,
    ),
    ("service", "Okay, it's working now.", "Great, that's all sorted for you now.", False),
    (
        "service",
        "I want to send it back.",
        "Did you get the email with the returns label?",
        False,
    ),
    (
        "service",
        "Some of the order was missing.",
        "How many items were missing, just the one?",
        False,
    ),
    (
        "service",
        "The screen is cracked right across.",
        "I wonder if you could send us a photo of the damage.",
        False,
    ),
]


def asks_openly_after(context: str, text: str) -> bool:
    """Whether `asks_open_question` reads `text`, said after `context`, as open."""
    return bool(detect(text, context, behaviours=["asks_open_question"]))


def block_scores(rows: list[Row]) -> FreshScores:
    """How `asks_open_question` does on `rows`."""
    return fresh_scores(
        (f"[{where}] {text!r}", expected, asks_openly_after(context, text))
        for where, context, text, expected in rows
    )


def test_the_block_is_balanced_unique_and_half_service() -> None:
    assert len(ROWS) == 80
    assert sum(expected for *_, expected in ROWS) == 40
    assert len({text for _, _, text, _ in ROWS}) == len(ROWS)
    service = [row for row in ROWS if row[0] in {"service", "helpline"}]
    assert len(service) == 40
    assert sum(expected for *_, expected in service) == 20


FLOOR = 0.98


def test_the_block_holds_its_floor() -> None:
    scores = block_scores(ROWS)
    assert scores.f1 >= FLOOR, scores.summary()


#: The kind the block mended and its neighbours, in new sentences: (the words, open?).
KINDS: dict[str, tuple[str, bool]] = {
    "a point on a scale given from one end to the other": (
        "Where would you put yourself on a scale from one to ten?",
        False,
    ),
    "a point on a scale from figures to figures": (
        "Where would you be, on a scale from 1 to 10, with 10 the most ready?",
        False,
    ),
    "the scale's range before the question": (
        "From zero to ten, where would you place your confidence right now?",
        False,
    ),
    "the reason for the number": ("You said a six. Where does that six come from?", True),
    "where a feeling comes from": ("Where did that feeling come from, do you think?", True),
    "where they come from, no scale": ("Where are you travelling from?", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, expected = KINDS[kind]
    assert asks_openly_after("", text) is expected
