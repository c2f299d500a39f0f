"""An eighth fresh check for `paraphrases`: two registers no block has covered yet,
each reply read with the turn it answers: agents' service e-mails (a reply that restates
the customer's letter inside a letter's courtesy: "I understand from your email that…",
"As I understand it, …") and support-forum replies (a helper restating the poster's
problem before answering it: "So if I've got this right, …"), beside emotional-support
chats typed in lower case. Every row was written and labelled before the detector read
it; not taken from any labelled corpus.

Labels follow `test_paraphrases_fresh7.py`: a paraphrase says back the other's
situation, feeling or meaning; advice, an instruction, information, an affirmation, a
reassurance, a verdict on life in general, sympathy alone, the helper's own story, a
proposal, an action taken and a question that asks for something new are not. A
letter's acknowledgement of receipt ("Thank you for your email about your order") names
the topic and says nothing back.

First reads (precision / recall / F1), against the engine as it stood and against the
session's starting rules (commit 32dd22e) on the same block:

- block 1 (40 rows): 0.76 / 0.80 / 0.780, the starting rules the same. Every forum and
  support-chat reflection was read; the misses were the letters'. Missed: three
  restatements behind a letter's frame ("I understand from your email that…", "As I
  understand it, …", "if I've read your message correctly, …") and one "so…" summary
  after a greeting ("Hello Mia, so the second handset…"). Taken: an acknowledgement of
  receipt ("Dear Mr Kaur, thank you for your email about your renewal premium."), an
  instruction after a greeting ("Hello Dev, you can reset your login by…": read alone it
  was not taken), "Hotel networks often block VPN ports" (things of a kind), "Back up
  everything you care about tonight…" and "that must have been really frightening"
  (sympathy alone). Mended by kind: a reply's opening salutation (`salutations`: "Dear
  Mr Hart,", "Hello Mia,") is set aside and the rest read alone; the letter's frames of
  understanding join `frames` ("as I understand it" only before a clause about them:
  before the company's facts it stays the agent's own, as `test_reflection.py` holds);
  a sentence opening with thanks for the message (`thanks_openers`) is its receipt; a
  compound with a bare plural head and a frequency (`generic_frequencies`: "often",
  "usually") is things of a kind. Reading the block
  also showed "what matters to you is…" read as a question (so not a reflection) once
  the greeting was gone: a pseudo-cleft with the verb's own "to you" before the copula
  is now a statement in `questions.py` too. Then 0.91 / 1.00 / 0.952. Left: the
  imperative "Back up…" (a phrasal verb the commands do not hold) and the sympathy,
  which names their feeling in a "that must have been…" frame. Dev paraphrases 0.7299
  unchanged; asks_open_question 0.9469 -> 0.9470 (a Switchboard pseudo-cleft no longer
  read as a question); judge set unchanged.
"""

from __future__ import annotations

import pytest

from .test_paraphrases_fresh import Case, assert_holds_floors, paraphrased

BLOCKS: dict[str, list[Case]] = {
    "block 1": [
        # reflections
        (
            "email",
            "I ordered the sofa in March, paid in full, and I've now been given four "
            "different delivery dates, none of which happened.",
            "Dear Mr Hart, I understand from your email that you paid in full months ago "
            "and have been let down on four separate delivery dates.",
            True,
        ),
        (
            "email",
            "My mother is in a care home and the bills keep coming to her old address, "
            "which I have told you about twice.",
            "As I understand it, you've asked us twice to update your mother's address and "
            "the bills are still going to the old one.",
            True,
        ),
        (
            "email",
            "I'm disabled and the new app needs me to tap tiny buttons I can't manage.",
            "Hi Sam, so the buttons in the new app are too small for you to use with your "
            "disability.",
            True,
        ),
        (
            "email",
            "I was charged a cancellation fee even though you cancelled the class, not me.",
            "Dear Ms Reid, if I've read your message correctly, the fee was taken although "
            "it was our side that called off the class.",
            True,
        ),
        (
            "email",
            "Every time I call I have to explain the whole story again from the start.",
            "Dear Mr Obi, it sounds as though you've had to repeat yourself on every call, "
            "with no one picking up where the last person left off.",
            True,
        ),
        (
            "email",
            "The replacement phone you sent has the same fault as the first one.",
            "Hello Mia, so the second handset is showing exactly the same problem as the original.",
            True,
        ),
        (
            "email",
            "I'm not after a refund, I just want someone to admit the engineer was rude.",
            "Dear Mrs Doyle, what matters to you is an acknowledgement of how the engineer "
            "spoke to you, rather than the money.",
            True,
        ),
        (
            "forum",
            "My Pi boots fine on the desk but crashes as soon as I put it in the case.",
            "So if I've got this right, it only falls over once it's inside the enclosure.",
            True,
        ),
        (
            "forum",
            "The script works when I run it by hand, but cron never seems to fire it.",
            "So manually it runs fine, and the scheduled run is the bit that never happens.",
            True,
        ),
        (
            "forum",
            "I've reinstalled the driver three times and the mic still isn't detected.",
            "Three reinstalls and the microphone still doesn't show up, then.",
            True,
        ),
        (
            "forum",
            "Honestly I'm about ready to throw this printer out of the window.",
            "Sounds like the printer has pushed you right to the end of your patience.",
            True,
        ),
        (
            "forum",
            "Wifi drops every evening around 8 but is rock solid during the day.",
            "So it's stable all day and only cuts out in the evenings.",
            True,
        ),
        (
            "forum",
            "I bought this for my kid's birthday and it won't even pair with the tablet.",
            "So the present you got for your child's birthday refuses to connect to the tablet.",
            True,
        ),
        (
            "support",
            "i keep smiling at work so nobody knows but i cry in the car every night",
            "so you're holding it together all day and it all comes out once you're alone "
            "in the car",
            True,
        ),
        (
            "support",
            "my friends all have partners and kids and i feel like i'm falling behind",
            "it sounds like you feel left behind while everyone around you moves on",
            True,
        ),
        (
            "support",
            "i want to leave my job but i'm scared i won't find anything else",
            "part of you wants out, and part of you is afraid of what happens if you go",
            True,
        ),
        (
            "support",
            "my dad keeps forgetting who i am and then apologising",
            "so you're watching your dad lose track of you, and he seems to know it's happening",
            True,
        ),
        (
            "support",
            "i didn't even want to message tonight, i just didn't know what else to do",
            "so reaching out felt like the last option left tonight",
            True,
        ),
        (
            "support",
            "everyone says it gets easier but it's been a year and it hasn't",
            "you were told time would help, and a whole year on it still hurts as much",
            True,
        ),
        (
            "support",
            "i moved here for uni and i haven't made a single friend",
            "so you're in a new city and still haven't found your people",
            True,
        ),
        # not reflections
        (
            "email",
            "I'd like to know why my premium went up by £120 this year.",
            "Dear Mr Kaur, thank you for your email about your renewal premium.",
            False,
        ),
        (
            "email",
            "The blender I bought stopped working after a week.",
            "Hi Jo, please return the blender using the prepaid label attached and we'll "
            "send a new one.",
            False,
        ),
        (
            "email",
            "Your courier left my parcel in the rain and everything is soaked.",
            "Dear Ms Evans, I'm so sorry. I've arranged a full refund, which you'll see "
            "within three days.",
            False,
        ),
        (
            "email",
            "I can't log in since I changed my phone number.",
            "Hello Dev, you can reset your login by choosing 'Forgot password' and using "
            "your email instead of your phone.",
            False,
        ),
        (
            "email",
            "I was promised a call back on Monday and it never came.",
            "Dear Mr Lamb, could you let me know the best number and time to reach you?",
            False,
        ),
        (
            "email",
            "The hotel room was dirty and the staff didn't care.",
            "Dear Mrs Ng, all our rooms are inspected daily and cleaned to a high standard.",
            False,
        ),
        (
            "email",
            "I want to close my account.",
            "Dear Ms Frost, I've passed your request to the accounts team and they'll be "
            "in touch within two working days.",
            False,
        ),
        (
            "forum",
            "My laptop fan is constantly on full blast.",
            "Download the manufacturer's update utility and check for a BIOS update first.",
            False,
        ),
        (
            "forum",
            "Is it normal for the battery to drain overnight?",
            "Mine did the same until I turned off background app refresh.",
            False,
        ),
        (
            "forum",
            "The game stutters every few seconds on my new card.",
            "What driver version are you on, and have you tried a clean install?",
            False,
        ),
        (
            "forum",
            "Keyboard shortcuts stopped working after the update.",
            "This is a known issue in 4.2; the fix is due in the next release.",
            False,
        ),
        (
            "forum",
            "I think my hard drive is dying, it's clicking.",
            "Back up everything you care about tonight, before you try anything else.",
            False,
        ),
        (
            "forum",
            "Can't get the VPN to connect on hotel wifi.",
            "Hotel networks often block VPN ports, so that's pretty common.",
            False,
        ),
        (
            "support",
            "i had a panic attack on the train today",
            "that must have been really frightening",
            False,
        ),
        (
            "support",
            "i think i might be depressed",
            "have you been able to talk to your gp about how you've been feeling?",
            False,
        ),
        (
            "support",
            "i feel like such a burden to my family",
            "you're not a burden, you deserve support just like anyone else",
            False,
        ),
        (
            "support",
            "i can't stop thinking about my ex",
            "when my last relationship ended it took me months to stop checking their page",
            False,
        ),
        (
            "support",
            "i'm so tired of pretending i'm okay",
            "would it help to try writing down how you really feel each evening?",
            False,
        ),
        (
            "support",
            "i got through the day without drinking",
            "that's brilliant, well done you",
            False,
        ),
        (
            "support",
            "my sister won't speak to me after the wedding",
            "families fall out sometimes, it usually blows over",
            False,
        ),
    ],
}

SETTINGS = {"email", "forum", "support"}


def test_the_block_is_half_reflections_in_letters_forums_and_support_chats() -> None:
    for cases in BLOCKS.values():
        assert len(cases) == 40
        assert sum(expected for *_, expected in cases) == 20
        assert {case[0] for case in cases} == SETTINGS
    texts = [case[2] for cases in BLOCKS.values() for case in cases]
    assert len(set(texts)) == len(texts)


# Floors (precision, recall, F1) a little under what each block now scores.
FLOORS: dict[str, tuple[float, float, float]] = {"block 1": (0.88, 0.95, 0.93)}


@pytest.mark.parametrize("block", BLOCKS.keys())
def test_the_block_holds_its_floors(block: str) -> None:
    assert_holds_floors(BLOCKS[block], FLOORS[block])


#: The kinds block 1 mended, in new sentences: (the other's turn, the reply, reflects?).
KINDS: dict[str, tuple[str, str, bool]] = {
    "a letter's frame of understanding": (
        "I returned the boots in May and I still haven't been refunded.",
        "Dear Mr Quinn, I understand from your letter that the boots went back in May "
        "and the refund has never arrived.",
        True,
    ),
    "as I understand it": (
        "The gym keeps charging me although I froze my membership.",
        "As I understand it, you froze your membership and the payments carried on.",
        True,
    ),
    "as I understand it, before the company's own facts": (
        "My gym fee went up.",
        "As I understand it, the new prices started in January.",
        False,
    ),
    "a summary after a greeting": (
        "The new charger gets really hot after ten minutes.",
        "Hi Lena, so the charger heats up badly within a few minutes of use.",
        True,
    ),
    "an instruction after a greeting": (
        "I can't find my invoice anywhere.",
        "Hello Omar, you can download every invoice from the Billing page in your account.",
        False,
    ),
    "thanks for the message about its topic": (
        "Why has my broadband bill gone up?",
        "Dear Ms Hale, thank you for your message about your broadband bill.",
        False,
    ),
    "a compound of a kind and how often": (
        "My phone loses signal in the lift at work.",
        "Office lifts usually block mobile signal completely.",
        False,
    ),
    "what matters to them, said back": (
        "I don't care about the voucher, I want the manager to know how rude he was.",
        "What matters to you is that the manager hears how you were spoken to.",
        True,
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    context, text, expected = KINDS[kind]
    assert paraphrased(context, text) is expected
