"""An eighth fresh check for `acknowledges_feelings`: coaching sessions (a coach
answering a client who is frustrated, anxious or deflated at work) and support-forum
replies (a helper or moderator answering a poster at the end of their tether), two
styles no feelings block has covered. The feeling is often met without a feeling word
("that's a lot to carry", "no wonder you're done with it"), and the hard negatives are
replies that share the topic but meet no feeling: a plan, a fix, a question, praise for
the work, the helper's own mood.

Rows written for this test and labelled before the detector read any of them; not taken
from any labelled corpus. Labels follow `test_feelings_fresh7.py`: a reply acknowledges
feelings when it names or meets a feeling the other person showed or lives through. Not:
courtesy formulas, regret for an inconvenience, an apology with no feeling of theirs
met, a question or advice that names no feeling, and the helper's own feelings about
something else.

First read (the thirteenth round, 24 November 2026): precision 1.000, recall 0.850, F1
0.919 (17 / 0 / 3); the session's starting rules (commit e887796) the same. No hard
negative was taken. Missed: a feeling met by an idiom of wear that the phrases do not
hold in this form ("that moment has been eating at you", "you've reached the end of
your rope": the idioms list has "at the end of your rope", not "reached…"), and a
reassurance that names their own feeling to ease it ("Nothing to be nervous about").
No mend was made this round (time ran out): the idioms are read by `affect.py` too,
shared with the sentiment work, so the mend wants its own round. `FLOORS` sit a little
under the first read.
"""

from __future__ import annotations

from .test_feelings_fresh2 import Case, feelings_scores

BLOCK: list[Case] = [
    # acknowledgements
    (
        "coaching",
        "I've redone this deck four times because my director keeps changing her mind.",
        "That sounds really demoralising, putting in the work and having the goalposts move.",
        True,
    ),
    (
        "coaching",
        "I froze in the board meeting and I've been replaying it all week.",
        "It sounds like that moment has been eating at you ever since.",
        True,
    ),
    (
        "coaching",
        "I'm dreading my appraisal on Friday.",
        "It makes sense you'd feel anxious going into it, given last year.",
        True,
    ),
    (
        "coaching",
        "Honestly, I'm close to handing in my notice.",
        "You sound like you've reached the end of your rope with this place.",
        True,
    ),
    (
        "coaching",
        "They gave the promotion to someone who joined six months ago.",
        "Ouch. That must sting, after everything you've put in.",
        True,
    ),
    (
        "coaching",
        "I finally told my manager I can't keep working weekends.",
        "That took real courage, and I can hear how relieved you are to have said it.",
        True,
    ),
    (
        "coaching",
        "I don't know if I'm cut out to lead a team.",
        "It's completely understandable to feel unsure when it's all new.",
        True,
    ),
    (
        "coaching",
        "My co-founder took credit for my idea in front of the investors.",
        "No wonder you're angry. That would shake anyone's trust.",
        True,
    ),
    (
        "coaching",
        "I've got three deadlines on the same day and a sick kid at home.",
        "That's a lot to carry at once. How are you holding up?",
        True,
    ),
    (
        "coaching",
        "I got the funding!!",
        "That's brilliant news, you must be over the moon!",
        True,
    ),
    (
        "forum",
        "I've reinstalled the driver six times and the printer still won't work. I'm about "
        "to throw it out of the window.",
        "I can hear the frustration, six reinstalls would drive anyone up the wall.",
        True,
    ),
    (
        "forum",
        "Lost three years of photos when the drive died. My daughter's baby pictures were "
        "on there.",
        "I'm so sorry, that's heartbreaking. Those pictures can't be replaced and it's "
        "awful to lose them.",
        True,
    ),
    (
        "forum",
        "Am I stupid? Everyone else seems to set this up in five minutes.",
        "You're not stupid at all, and feeling lost with this is really common.",
        True,
    ),
    (
        "forum",
        "My account got banned for no reason and support won't answer.",
        "That's maddening, especially when you can't even get a reply.",
        True,
    ),
    (
        "forum",
        "Spent my whole weekend on this build and it finally boots!",
        "Congrats, that must feel amazing after a weekend of fighting it.",
        True,
    ),
    (
        "forum",
        "I'm scared to update in case it bricks my phone again like last time.",
        "After what happened last time, being wary of updates makes total sense.",
        True,
    ),
    (
        "forum",
        "Sorry for the rant, I'm just exhausted with this bug.",
        "No need to apologise, it sounds like it's really worn you down.",
        True,
    ),
    (
        "forum",
        "Been waiting four months for a refund from this seller. I feel like an idiot for "
        "trusting them.",
        "You're not an idiot; it's upsetting to be let down after trusting someone.",
        True,
    ),
    (
        "forum",
        "My first post here, a bit nervous, be gentle!",
        "Welcome! Nothing to be nervous about, we're a friendly bunch.",
        True,
    ),
    (
        "forum",
        "The update wiped all my saved settings and I'm gutted.",
        "Gutted is the word. Losing all that setup is so disheartening.",
        True,
    ),
    # not acknowledgements
    (
        "coaching",
        "I've redone this plan three times and my boss still isn't happy.",
        "Let's map out what she's asked for each time and look for the pattern.",
        False,
    ),
    (
        "coaching",
        "I'm overwhelmed with my inbox.",
        "What would happen if you only checked email twice a day?",
        False,
    ),
    (
        "coaching",
        "I keep missing my targets.",
        "Which target is furthest off right now?",
        False,
    ),
    (
        "coaching",
        "The client rejected our proposal.",
        "Okay. What feedback did they give on the pricing?",
        False,
    ),
    (
        "coaching",
        "I presented to the board today.",
        "Your slides were really well structured, great work on the data section.",
        False,
    ),
    (
        "coaching",
        "My team keeps missing stand-ups.",
        "I'd suggest moving the stand-up to 10 and keeping it to fifteen minutes.",
        False,
    ),
    (
        "coaching",
        "I'm stressed about the reorganisation.",
        "The reorganisation is due to be announced on the 3rd.",
        False,
    ),
    (
        "coaching",
        "I had a tough conversation with a colleague.",
        "I'm excited about the new leadership course starting next month, by the way.",
        False,
    ),
    (
        "coaching",
        "I didn't finish the actions from last session.",
        "Let's pick one to focus on this week.",
        False,
    ),
    (
        "coaching",
        "Work's been crazy.",
        "Shall we start with your goals for the quarter?",
        False,
    ),
    (
        "forum",
        "My laptop won't boot after the update, I'm furious.",
        "Hold Shift while restarting and pick Advanced options, then System Restore.",
        False,
    ),
    (
        "forum",
        "This router drops the connection every hour. Driving me mad.",
        "Which firmware version is it running?",
        False,
    ),
    (
        "forum",
        "Deleted my whole project folder by accident.",
        "Check the recycle bin first, then try a recovery tool like the one pinned above.",
        False,
    ),
    (
        "forum",
        "Why does the app keep crashing on start?",
        "Known issue, the fix is in version 5.1.",
        False,
    ),
    (
        "forum",
        "I'm so confused by these settings.",
        "Please post your config file so we can take a look.",
        False,
    ),
    (
        "forum",
        "Worst customer service I've ever had from this company.",
        "Locking this thread, please keep posts on topic.",
        False,
    ),
    (
        "forum",
        "Finally fixed it! Thanks everyone.",
        "Marking as solved.",
        False,
    ),
    (
        "forum",
        "My battery dies by lunchtime, it's ridiculous.",
        "Same here, I've given up and carry a power bank now.",
        False,
    ),
    (
        "forum",
        "I've tried everything and nothing works.",
        "Did you try resetting the network settings?",
        False,
    ),
    (
        "forum",
        "Is this a scam? They're asking for my bank details.",
        "Never give your bank details to anyone who messages you first.",
        False,
    ),
]

# (precision, recall, F1), a little under the first read.
FLOORS = (0.98, 0.83, 0.9)


def test_the_block_is_half_acknowledgements_in_its_two_styles() -> None:
    assert len(BLOCK) == 40
    assert sum(expected for *_, expected in BLOCK) == 20
    assert {setting for setting, *_ in BLOCK} == {"coaching", "forum"}
    assert len({text for _, _, text, _ in BLOCK}) == len(BLOCK)


def test_the_block_holds_its_floor() -> None:
    scores = feelings_scores(BLOCK)
    floor_p, floor_r, floor_f1 = FLOORS
    assert scores.precision >= floor_p, scores.summary()
    assert scores.recall >= floor_r, scores.summary()
    assert scores.f1 >= floor_f1, scores.summary()
