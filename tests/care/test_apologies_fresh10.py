"""A tenth fresh check for `apologises`, written in the fourteenth round (24 November
2026, session 19): Reddit comments and service messages (chat, e-mail, a call), each
with the turn it answers, read as `detect(reply, turn)`.

What the development labels count as an apology, decided before writing: GoEmotions
"remorse" and SwDA "apology" agree on regret the speaker owns for an act of their own
or of their side, big or small: a slip ("sorry, I misread"), a delay, a breach of the
talk itself (SwDA ticks "excuse me" after a cough, "sorry I interrupted"). GoEmotions
raters also tick sympathy about half the time ("sorry to hear" 11 of 17, "sorry for
your loss" 12 of 20) and leave "my bad" unticked more often than not (7 of 22): they
disagree with themselves there, so this block keeps to the part both sources share,
the project's convention since `test_thanks_apologies_fresh8.py`. An apology: owned
regret in any form ("soz", "sry", "my bad", "I owe you an apology", "our bad"), and an
apology on the company's behalf for what its courier, installer, colleague or chatbot
did. Not: sympathy where the speaker's side did nothing ("sorry to hear", "sorry for
your loss"), "sorry?" asking to hear again, "excuse me" getting attention or taking
offence, "I'm not sorry", apologies quoted, reported, waved away or demanded ("you
should apologise"), "sorry" getting someone's attention, pity ("I felt sorry for
him"), idioms ("better safe than sorry", "a sorry state") and regret foretold.

First read (24 November 2026, before any change of this round; the session's starting
rules, commit 98b6c6d): precision 0.78, recall 0.97, F1 0.87 (29 / 8 / 1). Missed a
drawn-out "soryy". Taken: sympathy after the other person's own hardship ("Sorry to hear
that man, the market's brutal", "so sorry to hear that" to a lost cat, "sorry man, that
sucks"), "sorry" getting attention ("Sorry, before you go…", "Sorry, quick question…",
"Sorry, Mr Jones? Are you still with me?"), an apology demanded of a third party named
by a noun ("Your neighbour should apologise") and regret the speaker's side foretells
("We'll be sorry if we ignore this").

Mended by kind (`KINDS` below, each failing on the starting rules): drawn-out and
typo'd spellings of sorry; `apologises` now reads the customer's turn, and after news
of a hardship of their own (the test `acknowledges_feelings` already uses for a bare
sorry: not a question, not to the company, no service matter) a sorry that owns nothing
("sorry to hear that", "sorry man": apologies.json `sympathy_after_news`) is sympathy;
with no turn, or after a complaint, it stays an apology as before; "sorry" before "one
more thing / quick question / before you go" or a title and a question; "<noun> should
/ needs to apologise"; "I'll / we'll be sorry if / when". Left: "sorry man, that sucks"
after a cancelled flight, which names a service matter, so it reads as an airline's
apology would.

Mended the same evening, after a review: a complaint that names no service word and
does not speak to the company ("Got charged twice this month.", "Been on hold for two
hours.", "the fridge never came") was taken for the customer's own hardship, so "sorry
to hear that" after it lost its apology. The kinds of service failure are read by what
happened (feelings.json `service_failures`: something that never came, arrived or went
through; a day waited in; a train cancelled or late; a charge; a wait on hold or in a
queue); a bereavement, a cancelled wedding, a family member who never came home stay
private. And the seventeen spellings of a drawn-out sorry listed one by one
("sorryyyy" was read, "sorryyyyy" not) are one pattern: any letter of s-o-r-r-y repeated,
or "sory"; "soz", "sozza", "sozzy" and "sowwy" stay listed as words of their own.
Mended again after a second review, which showed the losses of a private life read as
service failures ("our cat never came home", "the adoption never went through", "our
grandson was charged by the police"): the thing that never came is read, so a return
home or back is a being's (and pets join the people not taken for a delivery), only what
a company processes (a payment, refund, transfer, order, booking, claim…) "comes / goes
through", and a charge by the police or a court is no bill.

After: precision 0.97, recall 1.00, F1 0.98 (30 / 1 / 0). Development F1 0.836
unchanged (GoEmotions rows carry no turn; the same 13,897 verdicts).
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .fresh_check import FreshScores, fresh_scores

# (setting, the turn answered, the reply, does the reply apologise?)
Case = tuple[str, str, str, bool]

BLOCK: list[Case] = [
    # Apologies: Reddit comments.
    (
        "reddit",
        "You linked the wrong study, that one's from 2012.",
        "Oh soz, wrong tab, here's the right one.",
        True,
    ),
    ("reddit", "That's not what OP said at all.", "my bad, misread the title", True),
    (
        "reddit",
        "You called me a troll for asking a question.",
        "You're right, I jumped to conclusions and I owe you an apology.",
        True,
    ),
    ("reddit", "Dude, spoilers!", "Sorry sorry, edited it out!", True),
    (
        "reddit",
        "Your comment was pretty harsh on a beginner.",
        "Yeah, that came out meaner than I meant. Apologies, mate.",
        True,
    ),
    (
        "reddit",
        "It's Worcester, not Worchester.",
        "Ah, sry, spelling was never my strong suit",
        True,
    ),
    (
        "reddit",
        "You've posted this three times.",
        "Apologies for the spam, the app kept saying it failed.",
        True,
    ),
    (
        "reddit",
        "That's my build you're passing off as yours.",
        "Fair, I should have credited you. I'm sorry.",
        True,
    ),
    (
        "reddit",
        "Mods removed my post because of your report.",
        "I reported the wrong one, that was my mistake, really sorry about that.",
        True,
    ),
    ("reddit", "Why'd you downvote me?", "I didn't mean to, fat thumbs, soryy!", True),
    (
        "reddit",
        "You said the patch was out, it isn't.",
        "Whoops, I got that wrong. My apologies.",
        True,
    ),
    (
        "reddit",
        "Thanks for the reply, took a while though.",
        "Sorry for the slow reply, work's been mad.",
        True,
    ),
    (
        "reddit",
        "Stop derailing the thread.",
        "Fair point, apologies for going off topic.",
        True,
    ),
    # Apologies: service messages.
    (
        "service",
        "Your courier left my parcel in the bin.",
        "I'm so sorry our courier did that; it's not acceptable and I've raised it with the depot.",
        True,
    ),
    (
        "service",
        "Your installer was rude to my elderly mum.",
        "On behalf of the whole team, I apologise for how our installer spoke to your mum.",
        True,
    ),
    (
        "service",
        "I was charged twice for one order.",
        "That double charge is our error, and I'm really sorry.",
        True,
    ),
    (
        "service",
        "Still waiting on a reply from last week.",
        "Apologies for the delay getting back to you, Mrs Khan.",
        True,
    ),
    (
        "service",
        "Why am I getting emails after I unsubscribed?",
        "We should have removed you straight away; please accept my apologies.",
        True,
    ),
    (
        "service",
        "Your website sold me a sofa you don't have in stock.",
        "I'm sorry we let you order something we couldn't supply.",
        True,
    ),
    (
        "service",
        "The agent before you hung up on me.",
        "I do apologise for my colleague ending the call like that.",
        True,
    ),
    (
        "service",
        "You sent me someone else's invoice!",
        "That's a serious mistake on our part and I'm deeply sorry for it.",
        True,
    ),
    ("service", "Hello? Anyone there?", "So sorry to keep you waiting, I'm back now.", True),
    (
        "service",
        "You spelled my name wrong on the certificate.",
        "Sorry about that! A corrected certificate is on its way.",
        True,
    ),
    ("service", "My name's Siobhan, not Sharon.", "Sorry, Siobhan, I misread your name.", True),
    (
        "service",
        "The driver from your subcontractor damaged our gate.",
        "I'm sorry the driver damaged your gate; he was delivering for us, so it's ours to "
        "put right.",
        True,
    ),
    (
        "service",
        "It's been three weeks since I was promised a callback.",
        "I owe you an apology for the missing callback.",
        True,
    ),
    (
        "service",
        "You've sent the wrong size again.",
        "I'm mortified this has happened twice, and I'm sorry.",
        True,
    ),
    (
        "service",
        "Hi, I'm still on the line.",
        "Excuse me, I had a bit of a coughing fit there. Where were we?",
        True,
    ),
    (
        "service",
        "The engineer arrived two hours late.",
        "We dropped the ball on timing today, and I'm sorry for the afternoon you lost.",
        True,
    ),
    (
        "service",
        "Your bot gave me the wrong opening hours.",
        "Sorry, that was wrong of our chatbot: we close at 6, not 8.",
        True,
    ),
    # Look-alikes: sympathy where the speaker's side did nothing.
    (
        "service",
        "My dad passed away, so I need to close his account.",
        "I'm very sorry to hear about your dad.",
        False,
    ),
    (
        "service",
        "I've been in hospital so I missed the payment.",
        "Sorry to hear you've been unwell, I hope you're on the mend.",
        False,
    ),
    (
        "reddit",
        "Got laid off today.",
        "Sorry to hear that man, the market's brutal right now.",
        False,
    ),
    (
        "reddit",
        "My cat got out last night and hasn't come back.",
        "Oh no, so sorry to hear that. Check under cars nearby, they hide close.",
        False,
    ),
    (
        "service",
        "I'm writing on behalf of my late husband.",
        "I'm so sorry for your loss, Mrs Patel.",
        False,
    ),
    ("reddit", "Lost my grandma this morning.", "Sorry for your loss. Sending hugs.", False),
    (
        "service",
        "Our dog died last week, please cancel the pet insurance.",
        "We're sorry for your loss; the policy is cancelled from today.",
        False,
    ),
    (
        "reddit",
        "My flight got cancelled, stuck in Dublin.",
        "Ugh, sorry man, that sucks. Dublin's not a bad place to be stuck though.",
        False,
    ),
    (
        "service",
        "Snow closed the roads, so I couldn't collect.",
        "What rotten luck with the weather! Your order will be held another week.",
        False,
    ),
    (
        "service",
        "I dropped my phone in the sea.",
        "Oh no, that's a rough day. Let's check what your insurance covers.",
        False,
    ),
    # Look-alikes: "sorry?" asking to hear again or to be told more.
    (
        "service",
        "It's order four-four-seven-two-B.",
        "Sorry, was that four-four-seven-two-D?",
        False,
    ),
    (
        "service",
        "Can I get the thing for the other thing?",
        "Sorry, what do you mean by the other thing?",
        False,
    ),
    ("reddit", "lol the OG ones were better", "Sorry? Better than what?", False),
    (
        "service",
        "...want to cancel.",
        "Sorry, you broke up there, could you say that again?",
        False,
    ),
    # Look-alikes: "excuse me" taking offence or getting attention.
    (
        "service",
        "Yeah whatever, your company is a joke.",
        "Excuse me? There's no need for that.",
        False,
    ),
    ("reddit", "OP is clearly lying.", "Excuse me, did you even read the post?", False),
    (
        "service",
        "Hi there.",
        "Excuse me, could you confirm your date of birth before we go on?",
        False,
    ),
    # Look-alikes: "sorry" getting attention.
    (
        "service",
        "Thanks, that's all.",
        "Sorry, before you go, can I ask you to rate the chat?",
        False,
    ),
    (
        "reddit",
        "Store hours are posted on the sidebar.",
        "Sorry, quick question, does anyone know if it opens on Sundays?",
        False,
    ),
    ("service", "Okay, I'll wait.", "Sorry, Mr Jones? Are you still with me?", False),
    # Look-alikes: not sorry.
    ("reddit", "Apologise for calling him out.", "I'm not sorry, he deserved it.", False),
    (
        "service",
        "You should be ashamed of that policy.",
        "We're not going to apologise for following the law on ID checks.",
        False,
    ),
    ("reddit", "Take it back.", "Nope, not sorry in the slightest.", False),
    # Look-alikes: apologies quoted, reported, waved away or talked about.
    (
        "reddit",
        "What did the dev say?",
        "He just posted 'sorry for the delay, patch next week' and logged off.",
        False,
    ),
    (
        "service",
        "What do I write to the landlord?",
        "Start with 'I apologise for the late rent' and then explain the dates.",
        False,
    ),
    (
        "reddit",
        "Did she ever apologise?",
        "She texted 'sorry if you were offended' and that was it.",
        False,
    ),
    (
        "service",
        "My kid broke your display stand.",
        "No need to say sorry, these things happen.",
        False,
    ),
    (
        "reddit",
        "Did the company ever say sorry?",
        "They issued a public apology in May, for what it's worth.",
        False,
    ),
    (
        "reddit",
        "I'm sorry for being so slow at this game.",
        "Don't apologise, everyone starts somewhere.",
        False,
    ),
    ("service", "Sorry for all the questions!", "Not at all, ask as many as you like.", False),
    (
        "service",
        "I'm apologising in advance for my handwriting on the form.",
        "Ha, it's perfectly readable, no worries.",
        False,
    ),
    (
        "service",
        "Will I get an apology for this?",
        "I've asked the store manager to write to you.",
        False,
    ),
    (
        "service",
        "What's your refund policy?",
        "Sorry isn't enough when things go wrong, so we refund in full within 14 days.",
        False,
    ),
    # Look-alikes: an apology demanded from someone else.
    (
        "reddit",
        "I think the ref was right.",
        "You should apologise to every Leeds fan for that take.",
        False,
    ),
    ("reddit", "He keyed my car.", "He owes you an apology and the repair bill.", False),
    (
        "service",
        "My neighbour blocked my driveway with your skip.",
        "Your neighbour should apologise, but we'll move the skip today.",
        False,
    ),
    # Look-alikes: pity, idioms, regret foretold.
    (
        "reddit",
        "My code won't compile.",
        "Better safe than sorry: commit before you try the fix.",
        False,
    ),
    ("reddit", "Look at this abandoned mall.", "What a sorry state it's in.", False),
    (
        "reddit",
        "The villain's backstory got me.",
        "I ended up feeling sorry for him by the end.",
        False,
    ),
    (
        "reddit",
        "Can mods do something about the bots?",
        "We'll be sorry if we ignore this much longer.",
        False,
    ),
]

# (precision, recall, F1), a little under the read after the mend.
FLOORS = (0.95, 0.97, 0.96)


def apology_scores(cases: list[Case]) -> FreshScores:
    """How `apologises` does on `cases`, each reply read after the turn it answers."""
    return fresh_scores(
        (
            f"[{setting}] {context!r} -> {text!r}",
            expected,
            bool(detect(text, context, behaviours=("apologises",))),
        )
        for setting, context, text, expected in cases
    )


def test_the_block_is_thirty_apologies_and_forty_look_alikes() -> None:
    assert len(BLOCK) == 70
    assert sum(expected for *_, expected in BLOCK) == 30
    assert {setting for setting, *_ in BLOCK} == {"reddit", "service"}
    assert len({text for _, _, text, _ in BLOCK}) == len(BLOCK)


def test_the_block_holds_its_floor() -> None:
    scores = apology_scores(BLOCK)
    read = (scores.precision, scores.recall, scores.f1)
    assert all(got >= floor for got, floor in zip(read, FLOORS, strict=True)), scores.summary()


#: Kinds mended after the first read: (reply, the turn it answers, does it apologise?).
KINDS: list[tuple[str, str, bool]] = [
    # A typo'd or drawn-out sorry is still a sorry.
    ("Oops, sorryy, I tagged the wrong person.", "", True),
    ("sorrry for the late reply!!", "", True),
    ("Sowwy, that was my cat walking on the keyboard.", "", True),
    # ... however far it is drawn out, letter by letter (one pattern since the review).
    ("sorryyyyy about that, I'll chase it now", "", True),
    ("Sooooorry for the wait, nearly there!", "", True),
    ("SORRRRRY for the mix-up with your order!", "", True),
    ("Sozza, wrong thread!", "", True),
    ("The story of your parcel is a long one, I'll trace it.", "", False),
    ("Tomorrow's slot is free if that's better.", "", False),
    # Sympathy that owns nothing, after the other person's news of their own hardship.
    ("Really sorry to hear that, I hope the interview goes better next time.", "", True),
    ("Really sorry to hear that.", "My grandad went into a care home this week.", False),
    ("Sorry mate, redundancy is brutal.", "Found out I'm being made redundant.", False),
    # ... but not after a complaint about the service, nor when something is owned.
    ("So sorry to hear that.", "Your driver left my parcel in the rain.", True),
    (
        "Sorry to hear that, and sorry I didn't reply sooner.",
        "My grandad went into a care home this week.",
        True,
    ),
    # A service failure told by what happened, with no service word, is a complaint
    # all the same (mended after a review, the same evening).
    ("Sorry to hear that.", "Waited in all morning and the washing machine never came.", True),
    ("So sorry to hear that.", "Got charged twice for the same month.", True),
    ("Sorry to hear that!", "Been on hold for forty minutes now.", True),
    ("Sorry to hear that.", "My train was cancelled and I missed my sister's graduation.", True),
    # ... while a private hardship stays one, whatever verb it uses.
    ("Sorry to hear that.", "My brother never came home for Christmas.", False),
    ("Sorry to hear that, mate.", "Our wedding got cancelled because of the storm.", False),
    ("Sorry to hear that.", "My son's been charged with shoplifting.", False),
    # The thing that never came or went through is read, not who it is (mended after a
    # second review): a pet that never came home, an adoption or a visa that never went
    # through, a charge by the police are private; an engineer, a cooker, a transfer
    # that never came are the service's.
    ("Sorry to hear that.", "Our cat never came home after the fireworks.", False),
    ("Sorry to hear that.", "The dog never came back from the field.", False),
    ("Sorry to hear that.", "The kitten never turned up, we looked till midnight.", False),
    ("Sorry to hear that.", "My nephew was charged by the police on Saturday.", False),
    ("Sorry to hear that.", "Our adoption never went through in the end.", False),
    ("Sorry to hear that.", "My visa never came through, so I'll miss the christening.", False),
    ("Sorry to hear that.", "The engineer never turned up and I'd taken the day off.", True),
    ("Sorry to hear that.", "The cooker never arrived on Tuesday.", True),
    ("Sorry to hear that.", "The transfer never came through, it's been a week.", True),
    ("Sorry to hear that.", "Got charged for a month I'd already cancelled.", True),
    # "Sorry" that only asks for attention.
    ("Sorry, one more thing: could you confirm your postcode?", "", False),
    ("Sorry, quick one, is the shop open on bank holidays?", "", False),
    ("Sorry, Mrs Ahmed? Are you still on the line?", "", False),
    ("Sorry, one more thing slipped through: I sent the wrong form.", "", True),
    # An apology owed by someone else, named by a noun.
    ("The landlord should apologise to you in writing.", "", False),
    ("Their manager needs to apologise for that.", "", False),
    ("We should apologise for that, and we do.", "", True),
    # Regret the speaker's side foretells.
    ("We'll be sorry if we leave the roof another winter.", "", False),
    ("I'll be sorry when this series ends.", "", False),
]


@pytest.mark.parametrize(("text", "context", "expected"), KINDS)
def test_each_mended_kind_reads_as_labelled(text: str, context: str, expected: bool) -> None:
    found = detect(text, context, behaviours=("apologises",))
    assert bool(found) is expected, (context, text)
