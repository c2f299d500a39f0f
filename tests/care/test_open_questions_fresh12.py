"""A twelfth fresh check for `asks_open_question`: replies on support forums (a helper
or moderator answering a thread: "what happens if you…", "have you tried…", "any
luck?", requests for a log or a version) and agents' service e-mails (questions
wrapped in a letter's courtesy: "could you let me know…", "I'd be grateful if you could
explain…", "please let me know if…"). Written after the eleventh check's mend, twelfth
round (24 November 2026). Every row was written and labelled before the detector read
it. Not taken from any labelled corpus.

Labels follow `test_open_questions_fresh11.py`, and: a string read off a screen or a
label (a version, an error code, a model number, a command's output) is an identifier,
closed; a request to post or send something ("can you post a screenshot?") and "any
luck?" are closed; "let me know how you get on" invites an account, open; "please let
me know if…" asks nothing open.

First read (F1) and the read of the session's starting rules (commit 32dd22e) of the
same block:

- block 1 (60 rows): 0.938 (P 0.88, R 1.00), the starting rules the same. Every open
  row was read right, the courtesy-wrapped ones included; four closed rows were read
  as open: a version and an output read off a screen ("What version of the app are you
  running?", "Which version of Windows are you on?", "What's the output of the version
  command?": "version" and "output" were no identifiers, and an identifier followed by
  "of" was read as a quantity measured out) and a known-set pick embedded in an
  invitation ("Can you tell me which branch you visited?"). Mended by kind: "version",
  "firmware", "output" are identifiers, and those of `identifiers_of_things` stay one
  string with any "of" phrase after them ("the name of that film" still asks after a
  topic); an invitation whose embedded "what…" or "which…" clause asks for an
  identifier or names one of a known set is the closed request said politely ("could
  you tell me what your order number is?", "can you tell me which store you bought it
  from?"). Then 0.984. Left: "which branch you visited" (a which-question with a plain
  transitive verb): the Switchboard labels call "which program did you use?" and the
  like open, so only the known-set preposition ("…from?", "…with?", "…at?") closes one,
  embedded or not. Dev asks_open_question 0.9469 unchanged; judge set unchanged.
- block 2 (60 rows, written after block 1's mend, forums and e-mails again): 0.967 (P
  0.97, R 0.97; starting rules 0.921, which also read as open a firmware version, a
  serial number of the unit and two identifiers asked politely, the kinds block 1
  mended). Misses: "Which distro are you on?" ("on" was no known-set preposition) and
  "Where does the noise seem to come from, the fan or the drive?", which this block
  labelled open but the standing rule reads as a choice offered after a wh-question
  (closed, `test_open_questions_fresh7.py`): the label and the rule disagree, the rule
  stands. Mended: "on" joins `known_set_prepositions` ("which plan are you on?"), with
  "stuck", "focused", "count" and the like among the blockers ("which bit are you stuck
  on?" asks after a struggle). Then 0.983. Dev 0.9470 unchanged.
"""

from __future__ import annotations

import pytest

from .test_open_questions_fresh import asks_openly
from .test_open_questions_fresh11 import check_block

# Each row: (block, where it was said, the words, open question?).
ROWS: list[tuple[int, str, str, bool]] = [
    # block 1: open
    (1, "forum", "What happens if you boot into safe mode and try the same thing?", True),
    (1, "forum", "What does the event log say around the time it crashes?", True),
    (1, "forum", "Could you describe the steps that lead up to the freeze?", True),
    (1, "forum", "What exactly do you mean by 'it stops responding'?", True),
    (1, "forum", "Interesting. How did you set up the port forwarding?", True),
    (1, "forum", "What changed on your network around the time this started?", True),
    (1, "forum", "Why do you need the old driver rather than the current one?", True),
    (1, "forum", "What are you trying to achieve with the script overall?", True),
    (1, "forum", "How are you powering the board at the moment?", True),
    (1, "forum", "Welcome to the forum! What have you tried so far?", True),
    (1, "forum", "What's the behaviour you expected to see instead?", True),
    (1, "forum", "Can you walk us through how you installed the update?", True),
    (1, "forum", "Where in the menu does it go wrong for you?", True),
    (1, "forum", "Hmm, odd. What happens when you unplug the USB hub?", True),
    (1, "forum", "How does it behave on battery compared with mains?", True),
    (
        1,
        "email",
        "Dear Ms Rowe, thank you for your email. Could you let me know what happened "
        "when the courier arrived?",
        True,
    ),
    (
        1,
        "email",
        "I'd be grateful if you could explain what went wrong with the installation.",
        True,
    ),
    (1, "email", "Do let me know how you get on with the new settings.", True),
    (1, "email", "Hi Tom, how has the heating been since the engineer's visit?", True),
    (1, "email", "What would you like us to do with the damaged items?", True),
    (
        1,
        "email",
        "So that we can look into this properly, please tell us more about the problems "
        "you've had with the app.",
        True,
    ),
    (1, "email", "When would be a good time for one of our team to call you back?", True),
    (1, "email", "Could you tell me a little about how you use the account day to day?", True),
    (1, "email", "What made the booking process confusing for you?", True),
    (1, "email", "How did you hear about the offer, out of interest?", True),
    (1, "email", "Please describe the fault in as much detail as you can.", True),
    (1, "email", "We'd welcome your thoughts on how we could improve the returns process.", True),
    (1, "email", "Who did you deal with in the store, and what did they tell you?", True),
    (1, "email", "What would a fair outcome look like from your side?", True),
    (1, "email", "I'd like to understand what led you to cancel the order.", True),
    # block 1: closed
    (1, "forum", "Have you tried clearing the cache and restarting?", False),
    (1, "forum", "Does it do the same in another browser?", False),
    (1, "forum", "Can you post a screenshot of the error?", False),
    (1, "forum", "Any luck with the new firmware?", False),
    (1, "forum", "What version of the app are you running?", False),
    (1, "forum", "What's the exact error code it shows?", False),
    (1, "forum", "Which version of Windows are you on?", False),
    (1, "forum", "Is the drive formatted as NTFS or exFAT?", False),
    (1, "forum", "How are you connecting, cable or wifi?", False),
    (1, "forum", "What's the model number on the sticker underneath?", False),
    (1, "forum", "Did you run the installer as administrator?", False),
    (1, "forum", "Are you on the latest BIOS?", False),
    (1, "forum", "Bump. Anyone else seeing this?", False),
    (1, "forum", "So it only happens after the laptop wakes from sleep?", False),
    (1, "forum", "What's the output of the version command?", False),
    (1, "email", "Could you let me know your order number?", False),
    (1, "email", "Would you be able to confirm your current address?", False),
    (1, "email", "Please let me know if you have any further questions.", False),
    (1, "email", "Can you tell me which branch you visited?", False),
    (1, "email", "What time suits you best for the visit, morning or afternoon?", False),
    (1, "email", "Would you like us to send a replacement or issue a refund?", False),
    (1, "email", "Have you received the returns label we sent on Monday?", False),
    (1, "email", "Could you send us a photo of the damage?", False),
    (1, "email", "Is the email address on your account still correct?", False),
    (1, "email", "Are you happy for us to close this case?", False),
    (1, "email", "What's the reference number on the letter you received?", False),
    (1, "email", "Did the engineer leave a card when he called?", False),
    (1, "email", "Shall I book the collection for Friday?", False),
    (1, "email", "Can you confirm the last four digits of the card you paid with?", False),
    (1, "email", "Is there anything else I can help with today?", False),
    # block 2 (written after block 1's mend): open
    (2, "forum", "What happens when you run it from the command line instead?", True),
    (2, "forum", "How did you end up with two copies of the library installed?", True),
    (2, "forum", "What's your end goal here, beyond getting the sensor to read?", True),
    (2, "forum", "Why are you flashing the old firmware rather than the latest?", True),
    (2, "forum", "Could you explain what you mean by 'it goes weird'?", True),
    (2, "forum", "How is the drive connected, and what do you see in Disk Management?", True),
    (2, "forum", "What did the support chat tell you when you raised it?", True),
    (2, "forum", "Where does the noise seem to come from, the fan or the drive?", True),
    (2, "forum", "What else is plugged into that same socket?", True),
    (2, "forum", "Out of curiosity, how are you backing up at the moment?", True),
    (2, "forum", "What have you changed since it last worked?", True),
    (2, "forum", "Talk us through your setup, from the router to the console.", True),
    (2, "forum", "How long does it run before it locks up, and what's on screen then?", True),
    (2, "forum", "What are you seeing in the logs when the upload fails?", True),
    (2, "forum", "Which parts of the tutorial lost you?", True),
    (2, "email", "Could you let me know how the problem first showed itself?", True),
    (2, "email", "I'd welcome any details you can share about what happened at the counter.", True),
    (2, "email", "How have you found the service since the upgrade?", True),
    (2, "email", "What would help most while we wait for the part?", True),
    (2, "email", "Please tell us about your experience with the new app.", True),
    (2, "email", "What prompted you to get in touch today?", True),
    (2, "email", "When did you first notice the charge on your statement?", True),
    (2, "email", "Who at the branch did you speak to, and what did they suggest?", True),
    (2, "email", "How would you like us to keep you updated?", True),
    (2, "email", "What went wrong with the booking on your end?", True),
    (2, "email", "I'd love to know what you thought of the event.", True),
    (2, "email", "Do let me know what you think of the revised quote.", True),
    (2, "email", "What can we do differently next time?", True),
    (2, "email", "How did the engineer explain the fault to you?", True),
    (2, "email", "Why do you think the delivery note was left blank?", True),
    # block 2: closed
    (2, "forum", "Is secure boot turned on?", False),
    (2, "forum", "What firmware version does the router show?", False),
    (2, "forum", "Which distro are you on?", False),
    (2, "forum", "Can you paste the full error message?", False),
    (2, "forum", "What's the serial number of the unit, from the label?", False),
    (2, "forum", "Did this start after the 2.1 update?", False),
    (2, "forum", "Any chance you can try another power supply?", False),
    (2, "forum", "Does the LED go green or stay orange?", False),
    (2, "forum", "Have you checked the fuse in the plug?", False),
    (2, "forum", "So it works in safe mode but not normally?", False),
    (2, "forum", "What's the build number in the About screen?", False),
    (2, "forum", "Any joy with the new cable?", False),
    (2, "forum", "Are you running it as root?", False),
    (2, "forum", "Is that the 64-bit version or the 32-bit one?", False),
    (2, "forum", "Could you share a photo of the wiring?", False),
    (2, "email", "Could you tell me what your membership number is?", False),
    (2, "email", "Would you be able to send a copy of the receipt?", False),
    (2, "email", "Can you confirm which email address you registered with?", False),
    (2, "email", "Please let me know if the new date works for you.", False),
    (2, "email", "Would Tuesday or Wednesday be better for the visit?", False),
    (2, "email", "Have you had a chance to try the reset we suggested?", False),
    (2, "email", "Shall I arrange a collection for the faulty unit?", False),
    (2, "email", "Are you still at the address in Harrow?", False),
    (2, "email", "What's the policy number on your renewal letter?", False),
    (2, "email", "Is the mobile number ending 441 still the best one to use?", False),
    (2, "email", "Did the replacement arrive safely?", False),
    (2, "email", "Can you tell me which store you collected it from?", False),
    (2, "email", "Would you like us to cancel the remaining deliveries?", False),
    (2, "email", "Is it okay if we call you on Thursday afternoon?", False),
    (2, "email", "Could you let me know your account number, please?", False),
]


# F1 a little under what the rules now read (0.984).
FLOOR = 0.97


def test_block_1_is_balanced_unique_and_holds_its_floor() -> None:
    check_block(ROWS, 1, FLOOR)


def test_block_2_is_balanced_unique_and_holds_its_floor() -> None:
    check_block(ROWS, 2, FLOOR)


#: The kinds block 1 mended, in new sentences: (the words, open?).
KINDS: dict[str, tuple[str, bool]] = {
    "a version read off a screen": ("What version of the firmware is the camera on?", False),
    "a model read off a label": ("What's the model of the kettle, on the base?", False),
    "an output to paste": ("What's the output when you run the check?", False),
    "the name of a topic, asked after": ("What's the name of that plugin you mentioned?", True),
    "a count measured out": ("What number of users would you expect at peak?", True),
    "an identifier asked politely": ("Could you tell me what your booking reference is?", False),
    "a known set asked politely": ("Can you tell me which supplier you're with?", False),
    "a known set one is on": ("Which tariff are you on at the moment?", False),
    "a struggle one is stuck on": ("Which step are you stuck on?", True),
    "people one counts on": ("Which colleagues can you count on?", True),
    "an account asked politely": ("Could you tell me what happened after the update?", True),
    "a view asked politely": ("Can you tell me which parts of the guide were unclear?", True),
    # Found while reading the eighth paraphrase check: a pseudo-cleft whose verb has its
    # own "to you" before the copula is a statement, the same question asked is not.
    "a pseudo-cleft with the verb's own object": (
        "What matters to you is that the bill is right from now on.",
        False,
    ),
    "what matters, asked": ("What matters most to you about the new contract?", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, expected = KINDS[kind]
    assert asks_openly(text) is expected
