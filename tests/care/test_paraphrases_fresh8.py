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
- block 2 (40 rows, written after block 1's mend, the same registers): 0.95 / 1.00 /
  0.976 (starting rules 0.95 / 0.90 / 0.923, which missed two letters' summaries after
  a salutation, the kind block 1 mended). Every reflection was read, the letters' frames
  and salutations included; the one false alarm: advice opened by "maybe" ("maybe try
  leaving your phone in another room…") read as a statement naming them, the command
  hidden behind its lead. Mended: "maybe" and "perhaps" lead an instruction as "just"
  and "please" do, and a statement naming them that opens with a command after such a
  lead, or with an instruction verb and its object ("ask your manager…", found while
  writing the kinds below), is not said of them. Then 1.000. Dev paraphrases 0.7299 ->
  0.7303 (Switchboard 0.7370 -> 0.7375: a suggestion no longer read as a reflection).
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
    "block 2": [
        # reflections
        (
            "email",
            "I've been a customer for 15 years and this is the first time I've ever "
            "complained, but the way I was spoken to in your Leeds branch was disgraceful.",
            "Dear Mrs Patel, I understand from your letter that after fifteen years with us "
            "this is your first complaint, and that it concerns how you were treated in "
            "our Leeds branch.",
            True,
        ),
        (
            "email",
            "The bike arrived with the front brake missing, so my son couldn't ride it on "
            "his birthday.",
            "Hi Chris, so the bike came without its front brake and your son missed out on "
            "riding it on the day itself.",
            True,
        ),
        (
            "email",
            "I've sent my meter readings three times and you keep estimating my bill anyway.",
            "Dear Mr Gill, if I've read your email right, you've given us actual readings "
            "three times and we're still sending estimated bills.",
            True,
        ),
        (
            "email",
            "I just want to know whether my flight is actually going to leave on Saturday.",
            "Hello Anya, what you need most right now is certainty about whether "
            "Saturday's flight will go ahead.",
            True,
        ),
        (
            "email",
            "The course was nothing like the description, half the modules were missing.",
            "Dear Ben, it sounds as if the course you received fell well short of what was "
            "described, with much of the content absent.",
            True,
        ),
        (
            "email",
            "My elderly dad was cut off after paying his bill on time.",
            "Dear Ms Young, from what you've written, your father paid on time and was "
            "disconnected regardless.",
            True,
        ),
        (
            "email",
            "You've taken the same payment out twice this month and now I'm overdrawn.",
            "Hello Femi, so the double payment has pushed your account into overdraft.",
            True,
        ),
        (
            "forum",
            "Fresh install of Ubuntu, and the trackpad works on the login screen but not "
            "after I log in.",
            "So the touchpad is fine at the login prompt and dies once your session starts.",
            True,
        ),
        (
            "forum",
            "I've tried three different cables and two ports and the monitor still says no signal.",
            "So you've ruled out the cables and the ports and the screen still finds nothing.",
            True,
        ),
        (
            "forum",
            "Been at this for six hours and I'm ready to give up on the whole build.",
            "Sounds like six hours in, you're close to abandoning the build altogether.",
            True,
        ),
        (
            "forum",
            "My sourdough rises beautifully then collapses in the oven every time.",
            "So the rise is great right up until it hits the heat, then it sinks.",
            True,
        ),
        (
            "forum",
            "The app only crashes when I open it from a notification, never from the icon.",
            "If I've got this right, launching from a notification is what triggers the crash.",
            True,
        ),
        (
            "forum",
            "I followed the guide exactly and my balance is still showing the old amount.",
            "So you've done every step in the guide and the balance hasn't updated.",
            True,
        ),
        (
            "support",
            "i try to tell my mum how i feel but she just says i'm being dramatic",
            "so when you open up to your mum, it gets brushed off as drama",
            True,
        ),
        (
            "support",
            "i haven't left the house in two weeks except to get food",
            "so for a fortnight you've only been going out for the basics",
            True,
        ),
        (
            "support",
            "everyone at work thinks i'm fine but i'm barely holding on",
            "so on the outside you look okay, and inside you're only just coping",
            True,
        ),
        (
            "support",
            "i love him but i don't trust him anymore",
            "you still have feelings for him, and the trust has gone",
            True,
        ),
        (
            "support",
            "i keep apologising for things that aren't my fault",
            "it sounds like you take the blame even when it isn't yours to take",
            True,
        ),
        (
            "support",
            "since the accident i can't drive past that junction",
            "so that junction has become somewhere you can't face since the crash",
            True,
        ),
        (
            "support",
            "i got the grades but i don't feel anything about it",
            "you got the results you wanted and it feels oddly empty",
            True,
        ),
        # not reflections
        (
            "email",
            "Can you tell me when my new card will arrive?",
            "Dear Mr Short, thank you for contacting us about your replacement card.",
            False,
        ),
        (
            "email",
            "The dishwasher is leaking from the door.",
            "Hello Kim, please check the door seal is clean and seated properly, then run "
            "a rinse cycle.",
            False,
        ),
        (
            "email",
            "I was charged for a delivery that never came.",
            "Dear Mrs Flynn, I've refunded the delivery charge in full today.",
            False,
        ),
        (
            "email",
            "My parcel says delivered but I don't have it.",
            "Hi Ravi, couriers sometimes leave parcels with a neighbour or in a safe place.",
            False,
        ),
        (
            "email",
            "I'd like to complain about the noise from your depot at night.",
            "Dear Mr Webb, I've shared your complaint with the depot manager, who will "
            "reply to you directly.",
            False,
        ),
        (
            "email",
            "Your website says the item is in stock but checkout says it isn't.",
            "Dear Liz, stock levels on the website update every fifteen minutes.",
            False,
        ),
        (
            "email",
            "I can't make my appointment on Friday.",
            "Hello Grace, could you let me know which days next week would suit you?",
            False,
        ),
        (
            "forum",
            "My 3D prints keep warping at the corners.",
            "Try a brim and bump the bed temperature up five degrees.",
            False,
        ),
        (
            "forum",
            "Laptop won't wake from sleep since the update.",
            "Same here, started after the last update for me too.",
            False,
        ),
        (
            "forum",
            "Is it safe to delete the temp folder?",
            "Yes, anything in there can be removed, Windows recreates what it needs.",
            False,
        ),
        (
            "forum",
            "My tomato plants have yellow leaves at the bottom.",
            "Lower leaves often yellow as the plant matures, it's usually nothing to worry about.",
            False,
        ),
        (
            "forum",
            "The headset mic sounds muffled on calls.",
            "Which app are you using for the calls?",
            False,
        ),
        (
            "forum",
            "Car makes a whining noise when I turn the wheel.",
            "Get the power steering fluid checked before it gets worse.",
            False,
        ),
        (
            "support",
            "i feel like nobody would notice if i disappeared",
            "i'd notice, and i'm really glad you told me",
            False,
        ),
        (
            "support",
            "my exam results come out tomorrow",
            "good luck, i'll be thinking of you",
            False,
        ),
        (
            "support",
            "i argued with my boyfriend again",
            "what was it about this time?",
            False,
        ),
        (
            "support",
            "i've stopped going to my classes",
            "it's never too late to go back, lots of people take a break and return",
            False,
        ),
        (
            "support",
            "i can't stop scrolling at night",
            "maybe try leaving your phone in another room when you go to bed",
            False,
        ),
        (
            "support",
            "my cat died last week",
            "i'm so sorry, sending you a big hug",
            False,
        ),
        (
            "support",
            "i finally booked the therapy appointment",
            "that's a really brave thing to do, well done",
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
FLOORS: dict[str, tuple[float, float, float]] = {
    "block 1": (0.88, 0.95, 0.93),
    "block 2": (0.95, 0.95, 0.95),
}


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
    "advice behind 'maybe'": (
        "I can't get to sleep before 3am.",
        "maybe try putting your phone on the other side of the room at night",
        False,
    ),
    "advice behind 'perhaps'": (
        "My back aches after every shift.",
        "Perhaps ask your manager for a proper chair at your desk.",
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
