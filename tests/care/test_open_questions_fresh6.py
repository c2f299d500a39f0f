"""A sixth fresh check for `asks_open_question`, written in the ninth round (24 November
2026, seventh session): half counselling sessions and peer-support chat, half pharmacy
and clinic chats, gaming-support forums, app-store review replies and e-mail. Every row
was written and labelled before the detector read it; each block after the previous
block's misses were mended. Not taken from any labelled corpus.

Labels follow the earlier checks' notion (`test_open_questions_fresh5.py`): a
wh-question or an invitation to tell is open even when it asks for a plain fact; a
yes/no question, a reflection with a tag ("…, is that right?", "…, yeah?"), a choice
offered, a request for an identifier and a proposal are closed. Kinds this round aimed
at: "I wonder what…", "tell me about", "how come", "what else", a closed question
followed by an open one in one turn ("Did you manage the walks, and how did…?"), and a
statement with the "?" left off in chat.

First reads (F1) and the read of the session's starting rules (commit 942779b) of the
same block:

- block 1 (60 rows): 0.983 (P 1.00, R 0.97), the same by the starting rules: "could you
  walk us through…" (the invitations "walk / take / talk me through", "fill me in" now
  take "us" too); then 1.000. Dev 0.946 (AnnoMI 0.857) unchanged.
- block 2 (60 rows), written after that: 0.967 (P 0.97, R 0.97), the same by the
  starting rules: "we'd be keen to understand what…" (the keen / curious / interested
  frames now take "I'd / we'd be") and "what's your Discord tag?" (online identities,
  "tag", "gamertag", "handle", "IGN", "UID", are identifiers); then 1.000. Dev
  unchanged.
- block 3 (60 rows), written after that and read once for the estimate: 0.949 (P 0.97,
  R 0.93), the same by the starting rules. Then mended by kind: "curious what…" with the
  subject left off, as chat writes it ("they're curious what…" stays closed): 0.967.
  Left: a wh-question followed by a guess at its answer ("How did the progress get
  lost, were you playing offline?", labelled open) and a guess after a wh-question
  ("Which server were you on, EU West?", labelled closed), the shapes the fifth check
  left open too.

The counselling kinds the round aimed at ("I wonder what…", "tell me about", "how
come", "what else", a closed question followed by an open one, reflections with a tag)
were read right on first sight in all three blocks: the misses were service phrasings.
Dev 0.946 (AnnoMI 0.857) unchanged: AnnoMI's errors are rows whose labels disagree with
the form-based notion, as the fifth check found.
"""

from __future__ import annotations

import pytest

from .test_open_questions_fresh import Question, asks_openly, block_questions, open_question_scores

# Each row: (block, where it was said, the words, open question?).
ROWS: list[tuple[int, str, str, bool]] = [
    (
        1,
        "counselling",
        "I wonder what it would look like if the drinking weren't part of your weekends.",
        True,
    ),
    (
        1,
        "counselling",
        "Tell me about the last time you felt really in control of your eating.",
        True,
    ),
    (1, "counselling", "How come you decided to come in now rather than last year?", True),
    (1, "counselling", "What else gets in the way when you try to go for a run?", True),
    (
        1,
        "counselling",
        "So you've been skipping the tablets, and what's that been like for you?",
        True,
    ),
    (
        1,
        "counselling",
        "Did you manage the walks this week, and how did your body feel afterwards?",
        True,
    ),
    (
        1,
        "counselling",
        "Mm. And when you say you're 'done with it', what do you mean by that?",
        True,
    ),
    (1, "peer", "hey, how are you holding up since the funeral?", True),
    (1, "peer", "what's been the hardest bit of the night shifts for you", True),
    (1, "peer", "do you want to talk about it? what happened at work?", True),
    (1, "peer", "I'm curious how your sister reacted when you told her", True),
    (1, "counselling", "Where do you see yourself with the gambling a year from now?", True),
    (1, "counselling", "How might things be different if you did cut back?", True),
    (1, "counselling", "What would your best friend say about the way you've been coping?", True),
    (1, "peer", "how did the appointment go in the end??", True),
    (1, "pharmacy", "How have you been getting on with the new inhaler?", True),
    (1, "pharmacy", "What symptoms have you noticed since starting the tablets?", True),
    (1, "clinic", "Can you describe the pain for me, where it starts and how it spreads?", True),
    (1, "clinic", "What brings you to the clinic today?", True),
    (1, "gaming", "What were you doing in the match right before the game crashed?", True),
    (1, "gaming", "How often does the disconnect happen, and on which maps?", True),
    (1, "gaming", "Could you walk us through the steps that lead to the glitch?", True),
    (
        1,
        "app",
        "Hi Dee, sorry the sync let you down. What device are you using, and what happens"
        " when you tap Refresh?",
        True,
    ),
    (
        1,
        "email",
        "Could you let us know a little more about what went wrong with the delivery?",
        True,
    ),
    (1, "email", "We'd love to hear what would make the app more useful for you.", True),
    (1, "clinic", "How is your mum managing at home since the discharge?", True),
    (1, "pharmacy", "What other medicines are you taking at the moment?", True),
    (1, "gaming", "what's happening on your end when you try to join the party", True),
    (1, "app", "Thanks for the review, Sam! What features would you like to see next?", True),
    (1, "email", "Please describe what you see on screen when the error appears.", True),
    (1, "counselling", "So it sounds like the evenings are the hardest, is that right?", False),
    (
        1,
        "counselling",
        "You're feeling stuck between wanting to quit and enjoying it, yeah?",
        False,
    ),
    (1, "counselling", "You've tried this before and it didn't last, right?", False),
    (
        1,
        "counselling",
        "Would it be okay if I shared some information about alcohol and sleep?",
        False,
    ),
    (1, "counselling", "On a scale of one to ten, is it more like a three or a seven?", False),
    (1, "counselling", "So part of you wants to stop, and part of you isn't ready yet.", False),
    (1, "counselling", "Have you spoken to your GP about the cravings?", False),
    (1, "peer", "are you safe right now?", False),
    (1, "peer", "did you manage to eat anything today", False),
    (1, "peer", "you know?", False),
    (1, "peer", "That sounds so lonely. I'm here if you need me.", False),
    (1, "peer", "is it okay if I check in tomorrow?", False),
    (1, "counselling", "And you'd like to keep the job, you said?", False),
    (1, "counselling", "Is that something you'd be willing to try before next week?", False),
    (1, "peer", "oh no, was it the same manager again?", False),
    (1, "pharmacy", "Can I have your date of birth, please?", False),
    (1, "pharmacy", "Is it the 50mg or the 100mg tablets you need?", False),
    (1, "clinic", "Are you allergic to penicillin?", False),
    (1, "clinic", "Would Thursday at 10:15 suit you?", False),
    (1, "gaming", "What's your player ID?", False),
    (1, "gaming", "Have you tried verifying the game files?", False),
    (1, "gaming", "Which platform are you on, PC or console?", False),
    (1, "app", "Did the latest update fix the crash for you?", False),
    (1, "email", "Could you confirm the email address on the account?", False),
    (1, "email", "Please reply with your order number and we'll take a look.", False),
    (1, "clinic", "Your results are normal, so no follow-up is needed.", False),
    (1, "pharmacy", "Do you want us to text you when it's ready?", False),
    (1, "gaming", "Is your NAT type open or strict?", False),
    (
        1,
        "app",
        "Sorry about that, Lee! Could you update to version 4.2 and let us know if it helps?",
        False,
    ),
    (1, "email", "What's the best phone number to reach you on?", False),
    (2, "counselling", "How come the mornings are easier for you than the evenings?", True),
    (2, "counselling", "What else have you noticed about the times you don't drink?", True),
    (2, "counselling", "I'm wondering what your daughter would notice first if you stopped.", True),
    (2, "counselling", "Tell me about a day last week when the cravings were quieter.", True),
    (2, "counselling", "You said work's been hard. What's been going on there?", True),
    (2, "counselling", "Are you still going to the gym, and what's changed since January?", True),
    (2, "counselling", "So what would need to happen for you to feel ready?", True),
    (2, "counselling", "Um, and what did you, what did you tell him then?", True),
    (2, "counselling", "Where does the worry sit in your body when it comes?", True),
    (2, "counselling", "How would you like things to be with your brother by summer?", True),
    (2, "peer", "what helps you when it gets this bad at night", True),
    (2, "peer", "omg that's so much. how are you feeling about it all right now?", True),
    (2, "peer", "is it the same thing as last time or something new? what's going on", True),
    (2, "peer", "I'd really like to hear how the first day went", True),
    (2, "peer", "how come you didn't tell her?", True),
    (2, "pharmacy", "What time of day do you normally take the blood pressure tablets?", True),
    (2, "pharmacy", "How did you get on with the trial pack?", True),
    (2, "clinic", "What's been worrying you most since the scan?", True),
    (2, "clinic", "Tell me what happened when you stood up too quickly.", True),
    (2, "clinic", "How does the rash look compared with yesterday?", True),
    (2, "gaming", "What happens when you press Start after the intro video?", True),
    (2, "gaming", "What changed on your PC just before the crashes began?", True),
    (2, "gaming", "Why do you think the party invite keeps failing?", True),
    (
        2,
        "app",
        "Hi Mira, we're sorry to see two stars. What could we do to earn the other three?",
        True,
    ),
    (2, "app", "Thanks for the feedback, Jules! How are you using the shared lists feature?", True),
    (2, "email", "Could you describe how the package looked when it arrived?", True),
    (2, "email", "Let us know how you'd like us to proceed.", True),
    (2, "email", "We'd be keen to understand what led you to cancel.", True),
    (2, "clinic", "How are you sleeping with the new mattress?", True),
    (2, "pharmacy", "Which side effects have bothered you the most?", True),
    (2, "counselling", "It's been a tough month, hasn't it?", False),
    (2, "counselling", "So you'd rather cut down than stop completely, yeah?", False),
    (2, "counselling", "You're worried that if you stop, you'll lose your friends.", False),
    (2, "counselling", "Did the diary help at all?", False),
    (2, "counselling", "Would you like to set a date today or leave it for now?", False),
    (2, "counselling", "Is it alright if we come back to that next time?", False),
    (2, "counselling", "And that was after the argument with your dad?", False),
    (2, "counselling", "Sounds like you've already made up your mind, right?", False),
    (2, "peer", "have you told anyone else?", False),
    (2, "peer", "u still there?", False),
    (2, "peer", "sending love. I'm around all evening if you want to chat", False),
    (2, "peer", "did the meds help at all or not really", False),
    (2, "peer", "so you're thinking of leaving him?", False),
    (2, "counselling", "Mm-hmm.", False),
    (2, "peer", "want me to call?", False),
    (2, "pharmacy", "Is this for you or for someone else?", False),
    (2, "pharmacy", "What's the name on the prescription?", False),
    (2, "clinic", "Can you come in at 3 or would 4 be better?", False),
    (2, "clinic", "Have you had any fever?", False),
    (2, "gaming", "What's your Discord tag so we can add you?", False),
    (2, "gaming", "Are you running the game in DirectX 12?", False),
    (2, "gaming", "Did reinstalling fix it?", False),
    (2, "app", "Could you update to the latest version and tell us if the issue persists?", False),
    (2, "app", "We've fixed the bug in 3.1. Mind giving it another try?", False),
    (2, "email", "Please send us a photo of the damage.", False),
    (2, "email", "Would you like a replacement sent out?", False),
    (2, "clinic", "What was your date of birth again?", False),
    (2, "pharmacy", "Shall I put the rest aside for you?", False),
    (2, "gaming", "Which server region, EU or NA?", False),
    (2, "email", "Are you still having trouble signing in?", False),
    (3, "counselling", "What's it like for you when the house goes quiet at night?", True),
    (3, "counselling", "How come it's this year you've decided to tackle it?", True),
    (3, "counselling", "Tell me more about what your mum said.", True),
    (3, "counselling", "What else might help on the days you feel low?", True),
    (3, "counselling", "I wonder how your life might look if you weren't smoking.", True),
    (
        3,
        "counselling",
        "Do you remember the last time you felt calm, and what was different then?",
        True,
    ),
    (3, "counselling", "So the drinking helps you unwind. What does unwinding give you?", True),
    (3, "counselling", "Um, how, how did that feel when she said no?", True),
    (3, "counselling", "What are some of the good things about cannabis for you?", True),
    (3, "counselling", "If things went well over the next month, what would you notice?", True),
    (3, "peer", "what's on your mind tonight", True),
    (3, "peer", "that sounds rough. how did you cope with it?", True),
    (3, "peer", "you okay? what's been happening", True),
    (3, "peer", "curious what made you decide to post today", True),
    (3, "peer", "how's the new job treating you so far", True),
    (3, "pharmacy", "How are you finding the new patches?", True),
    (3, "pharmacy", "What did the doctor say the tablets were for?", True),
    (3, "clinic", "What's made you decide to come in today rather than wait?", True),
    (3, "clinic", "Describe the dizziness for me, when does it tend to come on?", True),
    (3, "clinic", "How has your appetite been since the operation?", True),
    (3, "gaming", "What were the settings you changed before the black screen?", True),
    (3, "gaming", "How did the progress get lost, were you playing offline?", True),
    (3, "gaming", "Tell us what you see in the error pop-up.", True),
    (
        3,
        "app",
        "Hey Kit, sorry the app frustrated you! What were you trying to do when it froze?",
        True,
    ),
    (3, "app", "Thanks, Ola. Which parts of the new design feel hardest to use?", True),
    (3, "email", "Could you explain how the charge appeared on your statement?", True),
    (3, "email", "We'd welcome your thoughts on how we could improve the booking form.", True),
    (3, "email", "Please let us know what happened at the counter.", True),
    (3, "clinic", "Where exactly does it hurt when you bend your knee?", True),
    (3, "pharmacy", "What have you tried so far for the hay fever?", True),
    (3, "counselling", "You're not sure you're ready, is that fair to say?", False),
    (3, "counselling", "So it's mostly weekends, yeah?", False),
    (3, "counselling", "It sounds like you're tired of feeling this way.", False),
    (3, "counselling", "Can I share what other people have found helpful?", False),
    (3, "counselling", "Would you rather start with the sleep or the drinking?", False),
    (3, "counselling", "Do you feel ready to set a quit date?", False),
    (3, "counselling", "And your partner knows about the debts?", False),
    (3, "counselling", "Right, so three times last week?", False),
    (3, "peer", "did you get any sleep", False),
    (3, "peer", "are you still at your mum's?", False),
    (3, "peer", "i'm so sorry. i'm here, okay?", False),
    (3, "peer", "have you eaten today or not yet", False),
    (3, "peer", "is he still messaging you?", False),
    (3, "counselling", "Okay. Let's pick this up next week.", False),
    (3, "peer", "want to jump on a call?", False),
    (3, "pharmacy", "Do you have your NHS number handy?", False),
    (3, "pharmacy", "What's the postcode for the delivery?", False),
    (3, "clinic", "Morning or afternoon for the blood test?", False),
    (3, "clinic", "Any chance you're pregnant?", False),
    (3, "gaming", "What's your in-game name?", False),
    (3, "gaming", "Is the controller wired or Bluetooth?", False),
    (3, "gaming", "Did you buy it on Steam or Epic?", False),
    (3, "app", "Could you reinstall and let us know if the widget comes back?", False),
    (3, "app", "Have you turned on notifications in Settings?", False),
    (3, "email", "Please confirm your preferred delivery date.", False),
    (3, "email", "Is the address on file still correct?", False),
    (3, "clinic", "What was your GP's surgery called again?", False),
    (3, "pharmacy", "Would you like the generic version?", False),
    (3, "gaming", "Which server were you on, EU West?", False),
    (3, "email", "Can we call you on the number ending 442?", False),
]

TALK = {"counselling", "peer"}


def _block(number: int) -> list[Question]:
    return block_questions(ROWS, number)


def test_each_block_is_sizeable_half_talk_and_balanced() -> None:
    for number in FLOORS:
        block = _block(number)
        talk = sum(where in TALK for where, _, _ in block)
        assert len(block) >= 60
        assert abs(2 * talk - len(block)) <= 4
        assert 0.4 <= sum(expected for _, _, expected in block) / len(block) <= 0.6
    texts = [text for _, _, text, _ in ROWS]
    assert len(set(texts)) == len(texts)


# A little under what the rules now read on each block.
FLOORS = {1: 0.97, 2: 0.97, 3: 0.95}


@pytest.mark.parametrize(("number", "floor"), FLOORS.items(), ids=[f"block{n}" for n in FLOORS])
def test_each_block_holds_its_floor(number: int, floor: float) -> None:
    scores = open_question_scores(_block(number))
    assert scores.f1 >= floor, scores.summary()


#: One sentence for each kind this round decided, read alone.
KINDS: dict[str, tuple[str, bool]] = {
    "walk us through": ("Could you take us through what happened on the night?", True),
    "fill us in": ("Fill us in on how the trial went.", True),
    "we'll walk you through": ("We'll walk you through the setup on Monday.", False),
    "we'd be keen to learn": ("We'd be keen to learn how the new routine is going.", True),
    "an online identity": ("What's your gamertag?", False),
    "handle as a verb": ("What's the best way to handle the deposit?", True),
    "curious with the subject left off": ("curious how the interview went", True),
    "someone else curious": ("They're curious what we'll decide.", False),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, expected = KINDS[kind]
    assert asks_openly(text) is expected, text
