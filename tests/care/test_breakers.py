"""Breakers on named service sentences: blame, minimising, non-apologies, rudeness, ignored
questions."""

from __future__ import annotations

import pytest

from legendary.care.behaviours.base import Utterance
from legendary.care.behaviours.breakers import (
    blames_customer,
    ignores_question,
    minimises_feelings,
    non_apology,
    rude_language,
)
from legendary.care.detect import detect
from legendary.care.evidence import Evidence
from legendary.care.model import make_conversation

DETECTORS = {
    "blames_customer": blames_customer,
    "minimises_feelings": minimises_feelings,
    "non_apology": non_apology,
    "rude_language": rude_language,
}


def run(behaviour: str, text: str) -> list[Evidence]:
    return DETECTORS[behaviour](Utterance(text))


@pytest.mark.parametrize(
    ("behaviour", "text"),
    [
        ("blames_customer", "You should have read the terms before you ordered."),
        ("blames_customer", "You didn't fill in the postcode, so the courier couldn't find you."),
        ("blames_customer", "If you'd checked the size guide this wouldn't have happened."),
        ("blames_customer", "I'm afraid that's your own fault."),
        ("blames_customer", "It clearly says on the product page that it's not waterproof."),
        ("blames_customer", "Did you even send the item back?"),
        ("blames_customer", "Our rooms are cleaned every day, so that seems unlikely."),
        ("minimises_feelings", "Please calm down, sir."),
        ("minimises_feelings", "Calm down, it's only a parcel."),
        ("minimises_feelings", "It's not a big deal, it's only a few days late."),
        ("minimises_feelings", "You're overreacting a little, to be honest."),
        ("minimises_feelings", "There's no need to get upset."),
        ("non_apology", "I'm sorry you feel that way."),
        ("non_apology", "Sorry if you were upset by my reply."),
        ("non_apology", "I apologise if anything I said came across as rude."),
        ("non_apology", "We apologise for any inconvenience this may have caused."),
        ("rude_language", "Whatever. I already told you the answer."),
        ("rude_language", "Are you deaf? I said Tuesday."),
        ("rude_language", "You're being ridiculous."),
        ("rude_language", "That's a damn stupid question."),
        ("rude_language", "How many times do I have to explain this?"),
        # By structure (block fresh4): the apology's object is the customer's view,
        # choice or feeling, with no act of the company's own owned in the turn.
        ("non_apology", "I'm sorry you think the engineer was late."),
        ("non_apology", "We regret that you decided not to renew with us."),
        ("non_apology", "Apologies that you were annoyed by the new login screen."),
        ("non_apology", "Sorry your husband took the driver's remark so personally."),
        ("non_apology", "I'm sorry you're disappointed, but that's our policy."),
        ("non_apology", "I'm sorry you weren't aware of the cancellation terms."),
        ("non_apology", "Apologies for any confusion on your part about the dates."),
        ("non_apology", "I'm sorry that you misunderstood the offer."),
        # A second-person judgement of a failing, or the customer's time dismissed.
        ("rude_language", "You obviously don't understand how tariffs work."),
        ("rude_language", "You lot never listen to a word we say."),
        ("rude_language", "Had you bothered to ask, we'd have told you."),
        ("rude_language", "Couldn't you just check the tracking page yourself?"),
        ("rude_language", "What's so hard about entering a postcode?"),
        ("rude_language", "Your ticket will be answered when we get round to it."),
        # By structure (block fresh5): condescension, sarcasm and the customer's contact
        # or complaint treated as a nuisance, with no listed phrase.
        ("rude_language", "I've told you twice already that the gym shuts at ten."),
        ("rude_language", "I won't keep repeating myself, the form is on the website."),
        ("rude_language", "Even a toddler could work this out from the instructions."),
        ("rude_language", "Your endless phone calls aren't making the van come any faster."),
        ("rude_language", "Yet another genius who forgot to charge the battery."),
        ("rude_language", "Are you always so forgetful with your passwords?"),
        ("rude_language", "Clearly no one reads the confirmation emails we send."),
        ("minimises_feelings", "Honestly, you're worrying about nothing, it's a scratch."),
        ("minimises_feelings", "It's hardly a catastrophe, the shoes still fit."),
        ("minimises_feelings", "No one would even notice the stain from across a room."),
        ("minimises_feelings", "Try not to take a parking ticket so personally."),
        ("minimises_feelings", "Tenants put up with far worse than a dripping tap."),
        ("minimises_feelings", "It's one missed lesson."),
        ("minimises_feelings", "Just relax, the engineer gets there when he gets there."),
        ("minimises_feelings", "Babies cry on flights, it's something they all go through."),
        ("non_apology", "I'm sorry the price came as a shock, but it was on the menu."),
        ("non_apology", "I'm sorry you were left thinking our driver didn't care."),
        ("non_apology", "We regret any impression you might have got that the price was fixed."),
        ("non_apology", "Apologies if the charges weren't as clear as you wanted."),
        (
            "non_apology",
            "Sorry the seat didn't match your expectations, but it is the seat you booked.",
        ),
        ("non_apology", "Sorry you weren't keen on the new menu!"),
        (
            "non_apology",
            "I'm sorry you were taken aback, however the increase was in the contract.",
        ),
    ],
)
def test_breaker_is_found(behaviour: str, text: str) -> None:
    assert run(behaviour, text)


@pytest.mark.parametrize(
    ("behaviour", "text"),
    [
        ("blames_customer", "You should have received a confirmation email by now."),
        ("blames_customer", "You shouldn't have had to wait this long, I'm sorry."),
        ("blames_customer", "This is not your fault at all."),
        ("blames_customer", "You should have a tracking link in your inbox."),
        ("blames_customer", "When did you send the item back?"),
        ("blames_customer", "It seems unlikely the parcel was lost, so I've asked the driver."),
        ("minimises_feelings", "Once things calm down after the sale we'll have more stock."),
        ("minimises_feelings", "Don't worry, I'll sort it out."),
        ("minimises_feelings", "No need to apologise at all!"),
        ("minimises_feelings", "I completely understand why you're upset."),
        ("non_apology", "I'm sorry you've had to wait so long."),
        ("non_apology", "Sorry if I misunderstood, did you mean the blue one?"),
        ("non_apology", "I'm so sorry, that was our mistake."),
        # Owned apologies and other uses of "sorry"/"apologise" that shift nothing onto the
        # customer's feelings: they must not read as non-apologies.
        ("non_apology", "I'm sorry for the trouble this has caused you."),
        ("non_apology", "I apologise for the inconvenience; I've refunded the delivery charge."),
        ("non_apology", "Sorry you had to chase us, that shouldn't have happened."),
        ("non_apology", "I'm sorry that my colleague gave you the wrong information."),
        ("non_apology", "Apologies if I missed it, could you resend the photo?"),
        ("non_apology", "We're sorry to see you go; your account closes on Friday."),
        ("rude_language", "Whatever time suits you is fine."),
        ("rude_language", "Sorry, that's a silly bug on our side."),
        ("rude_language", "Hello, thanks for getting in touch."),
        ("rude_language", "Whatever you need, just ask."),
        # The look-alikes of the structures above (block fresh4's hard negatives).
        ("non_apology", "I'm sorry you've been left on hold for so long."),
        ("non_apology", "I'm sorry we made you feel ignored; that's on us."),
        ("non_apology", "I'm sorry you were let down by the refund; we should have paid it."),
        ("non_apology", "I'm sorry you didn't get our reply, I'll resend it now."),
        ("non_apology", "Sorry your order arrived late, I've refunded the postage."),
        ("non_apology", "I'm sorry you're frustrated, let me put this right."),
        ("non_apology", "I'm sorry you weren't aware of the fee; we should have told you."),
        ("non_apology", "Sorry if I misunderstood you, which size did you want?"),
        ("non_apology", "Sorry the form made that confusing, I've flagged it to the team."),
        ("rude_language", "You said we never listen, and this time you're right."),
        ("rude_language", "You clearly did everything right, so the fault is ours."),
        ("rude_language", "You don't need to check it yourself, I'll keep an eye on it."),
        ("rude_language", "You're not silly at all, that setting is hard to find."),
        ("rude_language", "Nothing's too hard about it: I'll walk you through it now."),
        # The look-alikes of block fresh5's structures: kind repetition, a child as the
        # customer's own, praise, the agent's own slip, an intensifier in kind talk.
        ("rude_language", "Happy to explain it again, it took me three tries to get it too."),
        ("rude_language", "Any child can join the holiday club for free."),
        ("rude_language", "You're a genius, that's exactly the fix."),
        ("rude_language", "Silly me, I attached last month's invoice. Here's the right one."),
        ("rude_language", "For what it's worth, I'd pick the blue one."),
        ("rude_language", "You're always so patient with us, thank you."),
        ("minimises_feelings", "I wouldn't lose sleep over it: I'll replace the bag today."),
        ("minimises_feelings", "Members get far more classes on the annual plan."),
        ("minimises_feelings", "It's one of our most popular rooms."),
        ("minimises_feelings", "I can see why you'd take this personally, it's your home."),
        ("minimises_feelings", "Not a problem, relax and take your time with the form."),
        ("non_apology", "Sorry if I wasn't clear, the code goes in the second box."),
        ("non_apology", "Sorry if my last reply sounded curt, it was a long queue."),
        ("non_apology", "I'm sorry the room didn't meet your needs, but I've moved you upstairs."),
        ("non_apology", "I'm sorry you were caught out by the fee, we should have flagged it."),
    ],
)
def test_breaker_is_not_found(behaviour: str, text: str) -> None:
    assert run(behaviour, text) == []


def test_breaker_evidence_quotes_the_whole_sentence_once() -> None:
    text = "Thanks for waiting. Calm down, it's not a big deal. Anything else?"
    (evidence,) = minimises_feelings(Utterance(text, turn=3))
    assert (evidence.turn, evidence.quote) == (3, "Calm down, it's not a big deal.")


def test_a_question_answered_by_its_words_is_not_ignored() -> None:
    conversation = make_conversation(
        "q1",
        [
            ("customer", "When will my parcel arrive?"),
            ("agent", "Could you give me your order number?"),
            ("customer", "It's 4471."),
            ("agent", "Thanks, your parcel arrives tomorrow before noon."),
        ],
    )
    assert ignores_question(conversation) == []


def test_the_second_of_two_questions_left_unanswered_is_ignored() -> None:
    conversation = make_conversation(
        "q2",
        [
            ("customer", "Where's my parcel? And can I pay by card instead of PayPal?"),
            ("agent", "Your parcel left our depot this morning and should arrive tomorrow."),
        ],
    )
    (evidence,) = ignores_question(conversation)
    assert (evidence.turn, evidence.quote) == (0, "And can I pay by card instead of PayPal?")


def test_a_question_met_only_with_questions_back_is_ignored() -> None:
    conversation = make_conversation(
        "q3",
        [
            ("customer", "Can I change my delivery address?"),
            ("agent", "Can I take your order number?"),
            ("customer", "It's 4471."),
            ("agent", "Is there anything else I can help with?"),
        ],
    )
    (evidence,) = ignores_question(conversation)
    assert evidence.quote == "Can I change my delivery address?"


def test_a_question_at_the_very_end_is_not_counted_as_ignored() -> None:
    conversation = make_conversation(
        "q4",
        [
            ("customer", "Hi, I'd like to return a lamp."),
            ("agent", "Of course, I've emailed you a returns label."),
            ("customer", "Do I need the original box?"),
        ],
    )
    assert ignores_question(conversation) == []


def test_a_check_that_someone_is_there_is_not_an_ignored_question() -> None:
    conversation = make_conversation(
        "q5",
        [
            ("customer", "Hello? Are you still there?"),
            ("agent", "Is there anything else I can help with?"),
        ],
    )
    assert ignores_question(conversation) == []


def test_a_vague_question_is_answered_by_the_reply_to_its_sibling() -> None:
    conversation = make_conversation(
        "q6",
        [
            ("customer", "So what do I do now? Do I need to report the parcel to the police?"),
            ("agent", "No need to report it to the police, we handle the courier claim for you."),
        ],
    )
    assert ignores_question(conversation) == []


@pytest.mark.parametrize(
    "text",
    [
        "It happens all the time.",
        "Other customers have waited much longer, so you're doing fine.",
    ],
)
def test_a_sentence_found_by_two_minimising_rules_is_evidenced_once(text: str) -> None:
    upset = "My router keeps dropping and I am so frustrated."
    found = minimises_feelings(Utterance(text, context=upset))
    assert [e.quote for e in found] == [text]


def test_an_upset_customer_told_its_normal_is_not_minimised_when_the_agent_acts() -> None:
    worried = "The boiler keeps banging and I'm really worried about it."
    acts = "That's normal for a new boiler in its first week, but I'll send an engineer anyway."
    assert minimises_feelings(Utterance(acts, context=worried)) == []
    shrugs = "That's normal for a new boiler in its first week."
    assert [e.quote for e in minimises_feelings(Utterance(shrugs, context=worried))] == [shrugs]


@pytest.mark.parametrize(
    ("text", "rude"),
    [
        ("Okay, genius, try turning it off and on again.", True),
        ("Thanks, Einstein, I'd never have worked that out.", True),
        # a title as address, or before a name, is courtesy
        ("Thanks, Professor Ahmed, I have booked the lecture theatre for Friday.", False),
        ("Okay, Professor, the seminar room is yours from two.", False),
        # "genius" before a noun praises the idea
        ("Okay, genius idea from you, let's try the reset first.", False),
    ],
)
def test_a_sarcastic_title_is_rude_only_as_a_bare_vocative(text: str, rude: bool) -> None:
    assert bool(run("rude_language", text)) == rude


@pytest.mark.parametrize(
    ("context", "text"),
    [
        (
            "Is the new fan noisy at night?",
            "The new fan is really quiet, you'd barely notice it's on.",
        ),
        (
            "Will the patch on my sofa show?",
            "Nobody will notice the repair, the colour is matched exactly.",
        ),
    ],
)
def test_reassurance_about_a_product_to_a_plain_question_is_not_minimising(
    context: str, text: str
) -> None:
    assert minimises_feelings(Utterance(text, context=context)) == []
    # the same words to an upset customer brush the feeling aside
    upset = "I'm really upset, the repair looks awful and everyone will see it."
    assert minimises_feelings(Utterance(text, context=upset))


def test_a_calming_word_is_permission_only_after_the_customers_apology() -> None:
    text = "That's fine, calm down, I heard you the first time."
    assert minimises_feelings(Utterance(text, context="Why has nobody called me back yet?"))
    sorry = "Sorry, I'm running late for my slot."
    kind = "No worries at all, relax, we'll fit you in."
    assert minimises_feelings(Utterance(kind, context=sorry)) == []


def test_your_constant_questions_is_rude_unless_they_helped() -> None:
    assert run("rude_language", "Your constant questions are slowing the whole team down.")
    helped = "Your constant questions have helped us improve the setup guide, thank you."
    assert run("rude_language", helped) == []


#: A reassuring sentence to an upset customer, then an act already done or under way:
#: the agent is acting on it, as a promise after it already shows.
ACTED_ON = [
    (
        "I'm furious, you've taken the payment twice!",
        "It's normal for contactless readers to double up now and then, and the refund has "
        "already gone through.",
    ),
    (
        "I'm so annoyed, my invoice has the wrong address on it again.",
        "That's normal with a house move; I've corrected it on your account.",
    ),
    (
        "I'm really stressed, I can't make head or tail of this pension statement.",
        "Honestly, it's normal for the first statement to look baffling. Let's go through it "
        "together.",
    ),
]


@pytest.mark.parametrize(("context", "text"), ACTED_ON)
def test_reassurance_followed_by_an_act_done_or_under_way_is_not_minimising(
    context: str, text: str
) -> None:
    assert minimises_feelings(Utterance(text, context=context)) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same reassurance with no act after it, or an act the agent will not do
        "It's normal for contactless readers to double up now and then.",
        "That's normal with a house move; the system has always been like that.",
        "It's normal for the first statement to look baffling, you're all the same.",
    ],
)
def test_reassurance_with_nothing_done_after_it_still_minimises(text: str) -> None:
    upset = "I'm furious, this is the third time it has gone wrong!"
    assert minimises_feelings(Utterance(text, context=upset))


def test_dont_take_it_personally_with_the_fault_owned_is_not_minimising() -> None:
    """ "Don't take it personally" followed by the cause named as ours means "it is not
    your fault"; followed by nothing, or by a reason of the customer's, it brushes aside."""
    upset = "I'm really upset the payment failed, was it something I did?"
    ours = [
        "Don't take it too personally — it was our system. I've retried it and it went through.",
        "Please don't take it to heart, it's nothing you did: our card reader dropped out.",
        "Try not to take it personally, that was entirely our mistake.",
    ]
    for text in ours:
        assert minimises_feelings(Utterance(text, context=upset)) == [], text
    for text in (
        "Don't take it so personally, these things happen.",
        "Try not to take it so personally, you entered the card number wrong.",
    ):
        assert minimises_feelings(Utterance(text, context=upset)), text


def test_a_price_compared_with_the_market_is_minimising_only_after_a_feeling() -> None:
    """ "People pay far more for this elsewhere" answers a price question with a value
    argument; to a customer who says how they feel it brushes the feeling aside, and
    others' worse lot ("far bigger fines") is minimising whoever asks."""
    value = "People pay far more for this elsewhere, so it's a great deal."
    for question in ("Why is this so expensive?", "Is that really the best price?"):
        assert minimises_feelings(Utterance(value, context=question)) == [], question
    felt = "I'm so angry, I can't believe what you've charged me for this."
    assert minimises_feelings(Utterance(value, context=felt))
    worse = "It's forty pounds; people pay far bigger fines without a murmur."
    assert minimises_feelings(Utterance(worse, context="Can I pay the fine in instalments?"))


@pytest.mark.parametrize(
    ("text", "rude"),
    [
        ("Google is your friend.", True),
        ("Just google it, the answer's the first result.", True),
        ("Try googling it, there are plenty of guides out there.", True),
        ("A quick web search will tell you how to do that.", True),
        # the agent helps: the search is theirs, or the pointer comes with the help
        ("I'll google the part number and send you the link today.", False),
        ("I googled the error code and it's a known bug; I've applied the fix.", False),
        ("If you search online for our status page, it shows live outages.", False),
        # told to the customer by "you", with no help in the turn
        ("You can find the answer by searching online.", True),
        # the search as a topic, or one more way beside the agent's offer of help
        ("Searching online can be confusing, so here's the direct link to the form.", False),
        (
            "You can also find our opening hours by searching online, or I'm happy to "
            "read them out now.",
            False,
        ),
        ("Googling it rarely helps with this model, so here are the steps.", False),
    ],
)
def test_a_pointer_to_search_the_web_instead_of_helping_is_rude(text: str, rude: bool) -> None:
    assert bool(run("rude_language", text)) is rude


def test_sorry_you_feel_so_is_a_non_apology_only_as_that_way() -> None:
    """Read as "that way" only at a clause end: "sorry you felt so alone" is sympathy."""
    assert run("non_apology", "Sorry you feel so, but we stand by it.")
    assert run("non_apology", "I'm sorry you felt so alone. That sounds really hard.") == []


#: Apologies read by the clause they govern (fresh8's approach): the object is how things
#: struck the customer (an appearance, a taste, an expectation), or their own feeling with
#: an excuse after it, in a turn that owns nothing and offers nothing.
APOLOGIES_FOR_A_PERCEPTION = [
    "I'm sorry the porter's manner came across as abrupt; he'd had a long shift.",
    "Apologies if the queue seemed slow, Saturdays are always like this.",
    "Sorry the haircut wasn't to your taste, it's the style that's in right now.",
    "We're sorry the bill was higher than you'd expected.",
    "Sorry if the seats weren't as comfy as you'd hoped.",
    "Apologies if the brochure gave you the wrong impression.",
    "We're sorry to hear you felt rushed, the clinic was very full that morning.",
    "Sorry the new opening hours don't suit you, but they won't be changing.",
]
SORRY_FOR_OUR_PART = [
    # the agent's own slip, our act owned or mended, help offered, sympathy alone,
    # a neutral change, an evidential "it looks like"
    "Sorry if I sounded abrupt earlier, I was typing on the go.",
    "Sorry the queue seemed endless; that's on us and I've opened a second till.",
    "I'm sorry the haircut wasn't what you wanted, let me book you in to fix it free.",
    "I'm sorry you felt rushed. That must have been unsettling.",
    "Sorry the site looks different, we moved everything to one page last night.",
    "Sorry, it looks like the parcel is still at the depot.",
    "Sorry the bill was higher than you'd expected; here's the breakdown, line by line.",
]


@pytest.mark.parametrize("text", APOLOGIES_FOR_A_PERCEPTION)
def test_an_apology_for_how_things_struck_the_customer_is_a_non_apology(text: str) -> None:
    assert run("non_apology", text)


@pytest.mark.parametrize("text", SORRY_FOR_OUR_PART)
def test_an_apology_that_owns_helps_or_sympathises_is_not_a_non_apology(text: str) -> None:
    assert run("non_apology", text) == []


#: Sympathy for how things struck the customer that goes on to care: someone acts (a
#: colleague's promise, a fix under way), the customer is asked for the next step, or the
#: feeling is named back; a physical state ("looked damaged") is no mere appearance.
SORRY_AND_CARING_ON = [
    "Sorry you felt unwell after the treatment; it's not unusual, but please call us if "
    "it lasts beyond tomorrow.",
    "I'm sorry the parcel looked damaged when it arrived, that must have been worrying. "
    "Could you send a photo?",
    "So sorry the hotel wasn't what you hoped for — our partner team will call you today "
    "about a refund.",
    "Sorry to hear you found the instructions confusing; they're being rewritten this "
    "month, and the new version will include diagrams.",
    "I'm sorry the screen looked cracked when you unboxed it, but can you send us the "
    "serial number?",
    "Sorry the course wasn't what you expected, though the tutor will email you today "
    "about switching.",
]
#: The same apologies that go on to nothing but an excuse or a wave goodbye stay capped.
SORRY_AND_NOTHING_MORE = [
    "Sorry the wait seemed long, that's how it is on a Saturday. Anything else today?",
    "Sorry you felt the fee was unfair, but it's in the terms; please understand.",
    "Sorry the room wasn't what you hoped for, the photos are accurate. That sounds fine?",
]


@pytest.mark.parametrize("text", SORRY_AND_CARING_ON)
def test_a_perception_apology_that_goes_on_to_care_is_not_a_non_apology(text: str) -> None:
    assert run("non_apology", text) == []


@pytest.mark.parametrize("text", SORRY_AND_NOTHING_MORE)
def test_a_perception_apology_with_nothing_after_it_is_still_a_non_apology(text: str) -> None:
    assert run("non_apology", text)


@pytest.mark.parametrize(
    ("text", "rude"),
    [
        ("Deal with it.", True),
        ("You'll just have to deal with it.", True),
        ("That's the fee, so deal with it.", True),
        # the agent or a colleague doing the dealing owns the problem
        ("Leave it with me, I'll deal with it today.", False),
        ("Noted, I've told the engineer and she'll deal with it first thing.", False),
        ("We're happy to deal with it for you.", False),
        ("You'll need to deal with it yourself, it's not our department.", True),
        # "your" is no "you"; the subject nearest the phrase is the agent's; a need denied
        ("Leave your paperwork with me and I'll deal with it this afternoon.", False),
        ("Send your forms over and we'll deal with it from here.", False),
        ("Please don't worry, you won't need to deal with it — we'll handle the paperwork.", False),
        ("You shouldn't have to deal with it at all, so I've raised it with engineering.", False),
    ],
)
def test_deal_with_it_is_rude_only_when_the_customer_is_told_to(text: str, rude: bool) -> None:
    assert bool(run("rude_language", text)) is rude


#: Upset customers whose feeling or problem the agent judges small, unwarranted, normal
#: or soon gone, in a turn that does nothing else (block fresh9's reading of meaning).
DISMISSED = [
    (
        "I'm gutted, my cake sank in the middle at the party.",
        "Cakes sink, it's hardly worth crying about.",
    ),
    (
        "I'm so upset, the taxi you sent left without me.",
        "Twenty minutes is nothing, honestly. There's no call for tears.",
    ),
    ("I'm mortified, I tripped on your stage.", "Who hasn't? Laugh it off."),
    (
        "I'm furious, my photo prints came out dark.",
        "Prints come out dark now and then, it doesn't warrant this much anger.",
    ),
    (
        "I'm heartbroken, the vase you shipped arrived in pieces.",
        "They're just vases. You'll forget about it by Friday.",
    ),
]

#: The same judgements with care beside them, or said to a customer who voiced no
#: upset: reassurance or information, not a brush-off.
NOT_DISMISSED = [
    (
        "I'm upset, I failed my theory test again.",
        "It's part of learning, so let's book you a free practice session this week.",
    ),
    (
        "I'm so upset, the taxi you sent left without me.",
        "I'm so sorry. Twenty minutes is nothing to make you wait, and I've sent another car.",
    ),
    ("Will the dye fade after washing?", "A tiny bit, that's all."),
    (
        "I'm mortified, I tripped on your stage.",
        "Who hasn't? Are you hurt at all? Let me get you some ice.",
    ),
]


@pytest.mark.parametrize(("context", "text"), DISMISSED)
def test_an_upset_customers_problem_judged_small_with_nothing_done_is_minimising(
    context: str, text: str
) -> None:
    assert minimises_feelings(Utterance(text, context=context))


@pytest.mark.parametrize(("context", "text"), NOT_DISMISSED)
def test_a_small_judgement_with_care_or_to_a_calm_customer_is_not_minimising(
    context: str, text: str
) -> None:
    assert minimises_feelings(Utterance(text, context=context)) == []


@pytest.mark.parametrize(
    ("text", "rude"),
    [
        # contempt aimed at the customer's faculties, taste or sense
        ("Please use your eyes, the sign is right by the door.", True),
        ("Try to keep up, I said Thursday.", True),
        ("Do try to remember what you agreed to.", True),
        ("Surely that's obvious to anyone who has used a kettle.", True),
        ("Funny how it's always the late payers who complain.", True),
        ("Wiring a plug seems to be beyond you.", True),
        ("Check the oil like any normal person would.", True),
        ("I'm not sure how to make it any clearer for you.", True),
        # the same words kindly, or about something else
        ("Try to keep up with the payments and the fee goes away.", False),
        ("Use your card at the gate to get in.", False),
        ("If weekends aren't your thing, we also run evening classes.", False),
        ("Funny you should ask, we've just restocked!", False),
        ("I think I know the one you mean, I'll fetch it.", False),
        # a normal-person comparison of the speaker or of someone else
        ("Book it online like any normal person would.", True),
        ("I wish I could switch off like a normal person, ha.", False),
        ("He should queue like any normal person would.", False),
    ],
)
def test_contempt_aimed_at_the_customer_is_rude(text: str, rude: bool) -> None:
    assert bool(run("rude_language", text)) is rude


@pytest.mark.parametrize(
    ("context", "text", "deflects"),
    [
        # the problem's owner placed elsewhere, with no route the agent takes
        (
            "I got a parking fine in your car park.",
            "Parking fines are the landowner's lookout, not ours.",
            True,
        ),
        (
            "Your fitter cracked my window frame.",
            "Damage to the frame falls under your home insurance.",
            True,
        ),
        ("The wall you built is leaning.", "That's a job for whoever built the wall.", True),
        (
            "Someone keyed my car in the car park.",
            "The car park? We have nothing to do with it.",
            True,
        ),
        (
            "The speaker I bought from your site is fake.",
            "Any dispute would be with the seller.",
            True,
        ),
        ("The locker ate my pound coin.", "The lockers belong to the leisure trust.", True),
        (
            "The hinges on my new cupboard have snapped.",
            "The hinges came from the maker, so I'd have a word with them.",
            True,
        ),
        (
            "My dog's been scratching since the groom.",
            "You'll need to speak to your vet about that.",
            True,
        ),
        # advice to see one's own provider is no hand-off of ours
        (
            "I felt dizzy after the class.",
            "You should call your doctor if the dizziness comes back.",
            False,
        ),
        # handed over with ownership: an offer, a promise, the agent's own follow-up
        (
            "Your fitter cracked my window frame.",
            "Damage to the frame falls under your home insurance, but I can fill in the claim "
            "with you now.",
            False,
        ),
        (
            "The wall you built is leaning.",
            "That's a job for whoever built the wall, so I'll ring them this afternoon and "
            "call you back.",
            False,
        ),
        ("My parcel came soaked.", "I'll take it up with the courier today.", False),
        (
            "The locker ate my pound coin.",
            "The lockers belong to the leisure trust, but let me find you a spare key.",
            False,
        ),
        # the organisation's remit denied in the present; a past slip of the speaker's,
        # "for them" with a verb of their own
        ("My new boiler part has failed.", "That one's for him to sort.", True),
        ("The car park barrier is broken again.", "We don't run the car park.", True),
        ("You missed our meeting.", "Sorry, I didn't make it to the stand-up.", False),
        ("The kids loved the new slide!", "It's for them to enjoy, after all.", False),
    ],
)
def test_ownership_placed_elsewhere_with_no_route_offered_deflects(
    context: str, text: str, deflects: bool
) -> None:
    assert bool(detect(text, context, behaviours=["deflects"])) is deflects


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # the speaker's own lot, not the customer's made small
        ("I feel so low today, does anyone else get this?", "It happens to me every day too."),
        # no customer's turn to read: "they" may be anyone
        ("", "They'll bounce back after the break."),
        ("I'm fed up with that advert.", "There's nothing worth saying about it."),
        ("I'm worried about how much I spend.", "So three coffees is nothing new for you?"),
    ],
)
def test_a_dismissal_needs_the_customers_own_upset_problem(context: str, text: str) -> None:
    assert minimises_feelings(Utterance(text, context=context)) == []


#: Every breaker of the readings of meaning (65663c6), for the fairness checks below.
MEANING_BREAKERS = ["rude_language", "minimises_feelings", "deflects"]

#: Kind, ordinary agent sentences that 65663c6's readings of meaning capped (a session
#: 19 reviewer's), with more of the same kinds near each rule: contempt's words aimed at
#: no one ("I think I know what happened", "try to keep up the payments", "funny how
#: it's always the last parcel"); a problem judged small to a customer worried about
#: what is to come, or with agreement, an explanation or an act beside it ("he won't
#: even notice, it's a tiny needle", "which is why it's covered by the recall"); a
#: cause, an answer to a plain question, an alternative or a hand-over under way read as
#: a remit placed elsewhere ("the delay is down to the fog", "it belongs to the
#: council"). One wrong firing caps or fails a person's scorecard.
KIND_SENTENCES = [
    # rude_language: the reviewer's
    (
        "My payment from yesterday isn't showing.",
        "I think I know what happened: the payment went to the old card, so I've moved it across.",
    ),
    (
        "Why does my router keep dropping?",
        "I think I know how to fix this. Could you restart it while holding the reset button?",
    ),
    (
        "I'm falling behind on my loan.",
        "If you can, try to keep up the minimum payments while we look at a plan together.",
    ),
    (
        "Your refund policy is confusing.",
        "You're right, and like most reasonable people I'd want the refund too; I've sent it "
        "today.",
    ),
    (
        "The new fees letter made no sense.",
        "The new fee wasn't clear to most people, so we've rewritten the letter and sent it again.",
    ),
    (
        "I want to make this clear to everyone in the family.",
        "I'll make it clear to everyone on the account by sending each of them a copy.",
    ),
    (
        "Why is there a ramp at the new branch?",
        "So many people can't manage the stairs at the old branch, which is why we built it.",
    ),
    (
        "My payment didn't show up on my account.",
        "As it didn't register on our side, I've cancelled the first attempt so you're not "
        "charged twice.",
    ),
    (
        "The box was empty when it came!",
        "Funny how it's always the last parcel of the day that goes astray. I've sent a new one.",
    ),
    # rude_language: more of the same kinds
    (
        "My back still aches after the fall.",
        "Try to keep up the stretches each morning and the stiffness should ease.",
    ),
    (
        "The form keeps rejecting my address.",
        "I think I know what went wrong: it saved the old postcode, so I've corrected it.",
    ),
    (
        "My phone won't show my photos any more.",
        "I think I know how to get them back; could you plug the phone in first?",
    ),
    (
        "Should I check the tyres before the trip?",
        "Like any careful driver, I'd check them first; I've booked you in for nine.",
    ),
    (
        "The assembly instructions were confusing.",
        "They weren't obvious to everyone, so we've added pictures to each step.",
    ),
    (
        "Can you put the new shifts somewhere we'll all see?",
        "I'll make sure it's clear to everyone on the rota by pinning it by the door.",
    ),
    (
        "Did the spare part ever come in?",
        "Funny how things work out: it came back in stock this morning.",
    ),
    (
        "Is there an evening slot at all?",
        "Funny that you mention it, we've just added one at seven.",
    ),
    (
        "My card didn't go through.",
        "As it didn't go through the first time, I've put the payment through again.",
    ),
    (
        "Why did you add a lift?",
        "So many people couldn't manage the steps with a pram, so we put one in.",
    ),
    (
        "Where do I get the discount?",
        "Use your loyalty card at the till and it comes straight off.",
    ),
    # minimises_feelings: the reviewer's
    (
        "I'm furious, the repair cost £300 and it broke again in a week.",
        "You're right, a repair that fails in a week doesn't justify that price.",
    ),
    (
        "I'm so embarrassed, I need to move my booking again.",
        "No one will mind at all, moving it is free up to a day before.",
    ),
    (
        "I'm angry, the door seal on my washer failed again.",
        "That seal fails regularly on the 2019 model, which is why it is covered by the free "
        "recall.",
    ),
    (
        "I'm upset, my booking didn't go through.",
        "Your card wasn't charged, so you can just book again with the same link.",
    ),
    (
        "I'm frustrated, my emails to you keep failing.",
        "Emails to the old address bounce back, so please use help@example.com from now on.",
    ),
    (
        "I'm worried someone can see my card details.",
        "Nobody will be looking at your card details; they're encrypted end to end.",
    ),
    (
        "I'm anxious, why do you need my ID again?",
        "It's part of the process for every new account, to keep your money safe.",
    ),
    (
        "I'm worried about the overdraft fees.",
        "The overdraft fee is worth asking about when you visit the branch.",
    ),
    (
        "I'm nervous about the update wiping my phone.",
        "It takes a few minutes, that's all, and your photos stay where they are.",
    ),
    (
        "I'm worried, there are charges on my statement I don't recognise.",
        "Those are just pre-authorisations, they drop off within three days.",
    ),
    (
        "I'm nervous, is the vaccine going to hurt my puppy?",
        "He won't even notice, it's a tiny needle and he gets a treat straight after.",
    ),
    (
        "I'm so excited for my first surf lesson! Will I fall off a lot?",
        "Everyone falls off in their first lesson, it's part of the fun!",
    ),
    # minimises_feelings: more of the same kinds
    (
        "I'm worried the filling will hurt.",
        "You won't even notice it, we numb the area first.",
    ),
    (
        "I'm nervous about my first driving lesson.",
        "Everyone stalls in their first lesson, and your instructor has dual controls.",
    ),
    (
        "I'm angry, the dishwasher door broke again.",
        "You're right to be cross; that hinge breaks all the time on this model, which is "
        "why we fit the stronger one free.",
    ),
    (
        "I'm annoyed, my card payment failed twice.",
        "The bank's check takes a few seconds, that's all, so you can try again now.",
    ),
    (
        "I'm so excited, it's my first time skiing!",
        "Everybody falls over in their first hour, it's part of the fun, and the instructors "
        "are brilliant.",
    ),
    (
        "I'm scared the move will upset my cat.",
        "She'll soon get used to it if she has a room of her own for the first week.",
    ),
    (
        "I'm embarrassed to ask about my password again.",
        "Nobody here will mind, ask as often as you like.",
    ),
    (
        "I'm worried people will see my address on the parcel.",
        "Nobody will be looking at the label, it's printed inside the flap.",
    ),
    (
        "I'm frustrated, the app keeps sending me codes.",
        "Old codes bounce back once a new one is sent, so please use the latest.",
    ),
    (
        "I'm upset, the online shop lost my basket.",
        "The basket clears after an hour, so you can just order again and the prices hold.",
    ),
    (
        "I'm anxious about the credit check.",
        "It's part of the process for every loan and it won't mark your file.",
    ),
    (
        "I'm furious, the printer jams again.",
        "You're right, it shouldn't; that tray jams regularly, which is why the new one is free.",
    ),
    (
        "I'm disappointed, the prints are smaller than I thought.",
        "They're only samples, the full-size prints go out on Monday.",
    ),
    (
        "I'm gutted, I missed the concert.",
        "Two hours is nothing to make up, the recording is on the app from tonight.",
    ),
    # deflects: the reviewer's
    (
        "I'm so stressed, my flight was delayed three hours.",
        "The delay is down to the fog at Heathrow; three hours or more means you can claim "
        "compensation.",
    ),
    ("Why is my bill higher this month?", "The rise is all down to the colder weather."),
    ("Who is this parcel addressed to?", "It's for her: the name on the label is your daughter's."),
    ("Is this toy OK for my son?", "It's for them from age three, so he's fine to play with it."),
    (
        "When should I call back about the survey?",
        "It's up to you to call whenever suits; there's no rush at all.",
    ),
    (
        "Do you still sell the 2-litre bottle?",
        "We don't make the 2-litre size any more; the 1.5-litre is the largest now.",
    ),
    (
        "Is there a train on Sunday?",
        "We don't run the trains on Sundays during the works; the replacement bus leaves at 9.",
    ),
    ("Whose is this car park?", "It belongs to the council, so the parking is free after six."),
    (
        "Who is the best person for a mortgage question?",
        "Priya is who handles mortgages, she's on the line now.",
    ),
    (
        "Will my phone be covered if I drop it?",
        "Accidental damage falls under your phone insurance, which you added at checkout, so yes.",
    ),
    # deflects: more of the same kinds
    (
        "I'm so fed up, my train was cancelled.",
        "The cancellation is down to a signal fault at Leeds; the next train leaves at 10:40.",
    ),
    ("Why is the water brown today?", "That's all down to the mains work on the high street."),
    ("Who is the parcel for?", "It's for him: the name on the label is your son's."),
    ("Is this game suitable for my niece?", "It's for them from age eight."),
    (
        "When should I ring about my results?",
        "It's up to you to ring whenever suits, there's no rush.",
    ),
    ("Do you sell the blue mugs?", "We don't make the blue ones any more, but the green are in."),
    ("Whose is the bike shed?", "It belongs to the school, so anyone can leave a bike there."),
    ("Who deals with pensions?", "Tom is who handles pensions, he's with you now."),
    (
        "Is my bike covered if it's stolen from the shed?",
        "Theft from the shed falls under your home insurance, so yes, you're covered.",
    ),
    (
        "My landlord won't fix the boiler.",
        "Repairs to the boiler sit with your landlord under the tenancy, and here is the "
        "letter template our advisers use to ask them.",
    ),
    (
        "Is there a bus on Sunday?",
        "We don't run the buses on Sundays; the 7 from the station does, every hour.",
    ),
]


@pytest.mark.parametrize(("context", "text"), KIND_SENTENCES)
def test_kind_agent_sentences_cap_no_one_by_a_reading_of_meaning(context: str, text: str) -> None:
    found = detect(text, context, behaviours=MEANING_BREAKERS)
    assert [(e.behaviour, e.quote) for e in found] == []


#: The narrowed readings still find what they were built for: contempt aimed at the
#: customer, an upset customer's problem judged small with nothing done, a remit placed
#: elsewhere when the customer raised a problem.
@pytest.mark.parametrize(
    ("behaviour", "context", "text"),
    [
        ("rude_language", "The fringe is uneven.", "I think I know what a fringe looks like."),
        (
            "rude_language",
            "I still don't get the steps.",
            "It's three steps. Please try to keep up.",
        ),
        (
            "rude_language",
            "The pizza was cold.",
            "Funny how it's always the late eaters who complain.",
        ),
        (
            "rude_language",
            "Why does the lamp flicker?",
            "You'd be amazed how many people can't manage a plug.",
        ),
        (
            "rude_language",
            "The tap drips.",
            "Tighten it like any normal person would.",
        ),
        (
            "minimises_feelings",
            "I'm gutted, the wedding cake leaned over.",
            "Cakes lean now and then, you'll get over it.",
        ),
        (
            "minimises_feelings",
            "I'm upset, the vet nicked my cat's ear.",
            "She won't even remember it by tomorrow.",
        ),
        (
            "minimises_feelings",
            "I'm so disappointed, my mug cracked in the oven.",
            "Mugs crack all the time, just buy another one.",
        ),
        (
            "deflects",
            "The delivery van blocked my drive all morning.",
            "The vans are down to the courier to sort out.",
        ),
        (
            "deflects",
            "The vending machine kept my money.",
            "The machine belongs to the leisure trust.",
        ),
        (
            "deflects",
            "Why has my order still not come? This is ridiculous!",
            "That's the courier's lookout, not ours.",
        ),
    ],
)
def test_the_fair_readings_still_find_what_they_were_built_for(
    behaviour: str, context: str, text: str
) -> None:
    assert detect(text, context, behaviours=[behaviour])


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        # A plain judgement of the problem beside care for the person in the same turn:
        # sympathy and an act promised, an apology and a fact that settles it, comfort
        # and an act done.
        (
            "I'm really stressed, I locked myself out of my account before payday.",
            "That sounds stressful. It's only a quick reset, that's all, and I'll stay with "
            "you while you do it.",
        ),
        (
            "I'm so upset, my photos are gone.",
            "I'm so sorry. It's only a sync delay, they're safe and will be back within the hour.",
        ),
        (
            "I'm embarrassed, I think I typed my own email wrong.",
            "Please don't be, it happens to everyone, honestly. I've corrected it for you.",
        ),
        (
            "I'm gutted, the vase I bought for my mum arrived chipped.",
            "Oh no, I'm really sorry. It's just a small chip, but I've sent a new one today.",
        ),
    ],
)
def test_the_problem_judged_small_beside_care_for_the_person_is_not_minimising(
    said: str, reply: str
) -> None:
    assert not detect(reply, said, behaviours=["minimises_feelings"])


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        # Care turned by a contrast, an offer alone, a word to the person or a worse lot.
        ("I'm so upset, my parcel is lost.", "I'm sorry, but it's only a parcel."),
        (
            "I'm so upset, the flowers for my wife's birthday never came.",
            "It's only a bunch of flowers, we can refund the order.",
        ),
        ("I'm so upset, my parcel is lost.", "You're overreacting, I'll send another."),
        ("I'm so upset, my parcel is lost.", "It could be worse, I'll send another."),
        ("I'm so upset, my parcel is lost.", "I'm sorry. Calm down, it's only a parcel."),
    ],
)
def test_the_problem_judged_small_without_care_for_the_person_still_minimises(
    said: str, reply: str
) -> None:
    assert detect(reply, said, behaviours=["minimises_feelings"])


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        # Telling the customer they did nothing wrong is the opposite of blame, whatever
        # the verb ("press", "click", "type"), and so is telling them they did it right.
        ("Don't worry, you didn't press anything wrong, it was our system.", False),
        ("You didn't click anything wrong; the page timed out on our side.", False),
        ("You didn't type it wrong, our form rejected the apostrophe.", False),
        ("You entered everything correctly, the card issuer declined it.", False),
        ("You pressed the right button, the app froze on our end.", False),
        # Blame stays blame beside those exonerations.
        ("You must have pressed pay twice.", True),
        ("You didn't press the button hard enough.", True),
        ("You didn't read the email we sent.", True),
    ],
)
def test_telling_the_customer_they_did_nothing_wrong_is_no_blame(text: str, blamed: bool) -> None:
    assert bool(run("blames_customer", text)) is blamed, text


#: Rude language by kind (session 20, the tenth blind block): a clause talking down to
#: the customer or treating their trouble as a bother, each kind with its kind
#: look-alikes: sarcasm that what was asked of them was too much; indifference to what
#: they cannot do; their schooling or adulthood judged; remedial help offered in
#: mockery; the fault in their seat; "some people just never…"; weariness ("for the
#: third time", "you've said." alone); a bare order to read; "what did you expect?";
#: mock praise. Not rude: a colleague's words reported in order to apologise, a
#: repetition the customer had to make, a reading order that goes on to help, a real
#: question about an expectation, a joke that goes on to help.
@pytest.mark.parametrize(
    ("context", "text", "rude"),
    [
        ("The lamp won't switch on.", "Clearly it was too much to ask you to plug it in.", True),
        ("I can't log in.", "It's not my fault if you don't read your emails.", True),
        ("I can't find the button.", "It's not my problem if you can't find a button.", True),
        ("The form was rejected.", "Did no one ever teach you how to fill in a form?", True),
        ("I don't understand the invoice.", "Do I need to draw you a picture?", True),
        ("I don't understand the invoice.", "Let me put this in small words for you.", True),
        ("The printer won't print.", "The issue is sitting in your chair, I'm afraid.", True),
        ("Why is my order late?", "Some people just never read the delivery times.", True),
        ("The parcel still isn't here.", "Yes, yes, you've said.", True),
        (
            "The map was confusing.",
            "We aren't here to babysit grown adults who can't follow a map.",
            True,
        ),
        ("My screen is frozen.", "Restart it. Revolutionary, I know.", True),
        ("The room had no sea view.", "What did you expect, a private beach?", True),
        ("When is my class?", "It's in the confirmation, for the third time.", True),
        ("Where do I find my order number?", "Read the FAQ.", True),
        ("Why is it still broken?", "I'm telling you for the third time, it's the fuse.", True),
        ("The parcel still isn't here.", "You've said that already.", True),
        ("Why didn't you call?", "I told you to hurry up, and you didn't.", True),
        # the same words kindly, or someone else's reported
        (
            "The receptionist told me to hurry up.",
            "He told you to hurry up? I'm sorry, nobody should rush you.",
            False,
        ),
        (
            "I've been calling all week.",
            "I'm sorry you've had to call for the third time today; I'll stay with this "
            "until it's fixed.",
            False,
        ),
        ("I'm back again.", "Thanks for bearing with us for the second time this week.", False),
        ("Congratulations on the award!", "We've won it for the third time running!", False),
        ("Is the fair on again?", "We're hosting it for the second time in May!", False),
        (
            "I'm so upset, my card keeps failing.",
            "Your card was declined for the second time, so I've paused the order and emailed "
            "you a new link.",
            False,
        ),
        ("Have you seen the new menu?", "Read the reviews!", False),
        ("So the problem is the router?", "Exactly, you've said it.", False),
        (
            "Where do I find the batch number?",
            "Read the label on the back: the batch number is the second line.",
            False,
        ),
        ("The screen is blank.", "What did you expect to see on the screen?", False),
        (
            "My screen is frozen.",
            "Revolutionary idea, I know, but it does work: unplug it for ten seconds.",
            False,
        ),
        (
            "The app is too hard.",
            "Some people just don't get on with the app, so we also take bookings by phone.",
            False,
        ),
        ("I miss my friends.", "I wanted a friend. I guess that's too much to ask.", False),
    ],
)
def test_talking_down_to_the_customer_is_rude(context: str, text: str, rude: bool) -> None:
    assert bool(detect(text, context, behaviours=["rude_language"])) is rude


#: Minimising, deflecting and non-apologies by kind (session 20, the tenth blind
#: block): an upset customer's problem reframed as a story, a harmless hardship, a
#: trifle "in the grand scheme of things", "not something to be upset about", "I doubt
#: anyone noticed", their own thing called "just a <thing>" or their own words denied
#: ("hardly a ruined holiday"); a remit denied as "not our concern", a thing belonging
#: to a maker or publisher, a party's "doing", a redirect to "whoever…" or a party's
#: solicitor or landlord; an apology for how a thing "felt to you" with an excuse. Each
#: with the look-alikes the readings must leave alone.
@pytest.mark.parametrize(
    ("behaviour", "context", "text", "found"),
    [
        (
            "minimises_feelings",
            "I'm mortified, the waiter spilled wine all over my date.",
            "It'll make a great story at work on Monday.",
            True,
        ),
        (
            "minimises_feelings",
            "I'm livid, there was no hot water all weekend.",
            "A cold shower never did anybody any harm.",
            True,
        ),
        (
            "minimises_feelings",
            "I'm so annoyed, the kitchen lost our order and we went hungry.",
            "Just think of it as a free detox.",
            True,
        ),
        (
            "minimises_feelings",
            "I'm really upset the photos came out blurry.",
            "It's really not something to be upset about.",
            True,
        ),
        (
            "minimises_feelings",
            "I'm embarrassed, the name badge was spelt wrong.",
            "I doubt anybody at the office even noticed.",
            True,
        ),
        (
            "minimises_feelings",
            "I'm gutted, the sofa arrived ripped.",
            "It's just a sofa at the end of the day.",
            True,
        ),
        (
            "minimises_feelings",
            "Our holiday was ruined by the building work next door.",
            "That's hardly a ruined holiday.",
            True,
        ),
        (
            "minimises_feelings",
            "I'm furious, the train was cancelled and I missed the concert.",
            "Missing one concert is nothing in the grand scheme of things.",
            True,
        ),
        (
            "minimises_feelings",
            "I'm stressed, why do you need another ID check?",
            "It's just a formality, so you'll have your keys on Friday.",
            False,
        ),
        (
            "minimises_feelings",
            "The waiter spilled wine on my date, I'm mortified.",
            "I'm so sorry. It'll make a funny story one day, but tonight I'll refund the meal.",
            False,
        ),
        (
            "minimises_feelings",
            "I'm so upset, I think I broke the machine.",
            "In the grand scheme of things, you've done nothing wrong.",
            False,
        ),
        (
            "minimises_feelings",
            "I'm annoyed you charged me £50!",
            "Think of it as a deposit: you'll get it back when you return the bike.",
            False,
        ),
        (
            "minimises_feelings",
            "Is the hike hard?",
            "Think of it as a long walk with a few steep bits.",
            False,
        ),
        (
            "minimises_feelings",
            "I'm thrilled with the new kitchen!",
            "It'll make a great story for the housewarming!",
            False,
        ),
        (
            "minimises_feelings",
            "I'm upset about my diagnosis.",
            "We tend to think of it as a long process rather than a single moment.",
            False,
        ),
        (
            "deflects",
            "The delivery van blocked my drive all morning.",
            "Frankly, what the drivers do on your street isn't our concern.",
            True,
        ),
        (
            "deflects",
            "The game keeps crashing.",
            "The servers belong to the publisher, so that's for them.",
            True,
        ),
        (
            "deflects",
            "The seat I booked was taken.",
            "You'll need to take it up with whoever sold you the ticket.",
            True,
        ),
        (
            "deflects",
            "The flat upstairs is so noisy.",
            "You'll have to ring their landlord about the noise.",
            True,
        ),
        (
            "deflects",
            "The extension is three weeks late.",
            "Those delays are the builder's doing, not ours.",
            True,
        ),
        (
            "deflects",
            "The game keeps crashing.",
            "The servers belong to the publisher, but I've reported the crash to them myself "
            "and I'll update you on Friday.",
            False,
        ),
        (
            "deflects",
            "I can't find the button.",
            "It's not my problem if you can't find a button.",
            False,
        ),
        (
            "deflects",
            "My flight was cancelled.",
            "That's a matter for the airline's desk to sort, and I've called them.",
            False,
        ),
        (
            "deflects",
            "My parcel is lost.",
            "I've called them before, but you'll have to call them yourself.",
            True,
        ),
        (
            "non_apology",
            "The pool was freezing.",
            "Sorry if the water felt cold to you, but the pool is heated to the usual temperature.",
            True,
        ),
        (
            "non_apology",
            "The pool was freezing.",
            "I'm sorry the water felt so cold to you; I've asked the team to turn the heating "
            "up today.",
            False,
        ),
        ("non_apology", "The pool was freezing.", "I'm sorry the room felt chilly to you.", False),
    ],
)
def test_the_tenth_blocks_kinds_and_their_look_alikes(
    behaviour: str, context: str, text: str, found: bool
) -> None:
    assert bool(detect(text, context, behaviours=[behaviour])) is found


@pytest.mark.parametrize(
    ("behaviour", "context", "text", "found"),
    [
        # Exasperation written out as a stage direction, or a bare "Sigh." opening it.
        (
            "rude_language",
            "Where's the link?",
            "*sighs* The link is in the email we sent you.",
            True,
        ),
        ("rude_language", "Does the app need updating?", "(rolls eyes) Yes, it does.", True),
        ("rude_language", "When do you open?", "Sigh. Nine, as it says on the door.", True),
        (
            "rude_language",
            "Is my parcel safe?",
            "*sigh of relief* It's arrived safely, and I'll send you the photo now.",
            False,
        ),
        # A sigh or a "Just saying." beside care is shared, not aimed at the customer.
        (
            "rude_language",
            "My login broke again.",
            "*sigh* Mondays! Let me fix that for you now.",
            False,
        ),
        (
            "rude_language",
            "The courier lost it again.",
            "Sigh. I know exactly how that feels, and I'm so sorry.",
            False,
        ),
        (
            "rude_language",
            "Sorry for the long wait on the phone.",
            "You were so patient with us. Just saying. No worries at all about the wait.",
            False,
        ),
        # Mock news of the obvious.
        (
            "rude_language",
            "Why has my bread gone hard?",
            "Bread goes stale if you leave it out. Shocking stuff, I know.",
            True,
        ),
        (
            "rude_language",
            "The router isn't working.",
            "Turn it off and on again. I know, revolutionary.",
            True,
        ),
        (
            "rude_language",
            "Did you hear about the flood at the depot?",
            "I know, shocking news about the flood. We're rerouting every parcel through Leeds.",
            False,
        ),
        # The customer measured against a child who manages it.
        (
            "rude_language",
            "I can't set the timer.",
            "Even my six-year-old niece gets that one right.",
            True,
        ),
        (
            "rude_language",
            "Is the menu good for kids?",
            "Even my nine-year-old loves the new menu!",
            False,
        ),
        # "Just saying." as a tag of its own.
        (
            "rude_language",
            "I can't log in.",
            "Other customers manage to log in. Just saying.",
            True,
        ),
        ("rude_language", "Hi!", "Just saying hello, and thanks for the lovely review!", False),
        # An unwelcome return.
        ("rude_language", "Me again, sorry!", "Oh joy, it's you again.", True),
        ("rude_language", "Me again!", "Not you again.", True),
        (
            "rude_language",
            "Me again!",
            "Oh great, it's you again! How did the puppy settle in?",
            False,
        ),
        # Asking or chasing again called useless.
        (
            "rude_language",
            "Any news on my part?",
            "Chasing us every hour won't make the part arrive any sooner.",
            True,
        ),
        (
            "rude_language",
            "Sorry to ask again, when's it due?",
            "Asking again is no trouble at all: it's due on Friday.",
            False,
        ),
        (
            "rude_language",
            "Will calling you hurt my credit score?",
            "Calling us won't make any difference to your credit score, so don't worry.",
            False,
        ),
        # A dare to do the job.
        (
            "rude_language",
            "Why is the fitting taking so long?",
            "If you think you can do the job better, the tools are in the van.",
            True,
        ),
        (
            "rude_language",
            "Can you find my order?",
            "If you know the order number, that will help me find it faster.",
            False,
        ),
        # "Keep up." alone, and what everyone else already knows.
        ("rude_language", "When is my appointment?", "It moved to ten. Keep up.", True),
        ("rude_language", "When is my booking?", "Tuesday, as everyone else already knows.", True),
        ("rude_language", "I passed my exam!", "Brilliant news. Keep up the great work!", False),
        # What someone like the customer should have known.
        (
            "rude_language",
            "What does that sign mean?",
            "I'd have thought anyone with a driving licence would know what a give-way sign means.",
            True,
        ),
        # Sort yourself out before contacting us.
        (
            "rude_language",
            "Can I change my order again?",
            "Decide what you really want before you message us again.",
            True,
        ),
        (
            "rude_language",
            "I can't choose between the two sofas.",
            "Take your time to decide what you want; the offer stands until Friday.",
            False,
        ),
        # Remedial help in mockery; "hard to miss, you'd think".
        (
            "rude_language",
            "What time did you say?",
            "Would you like me to write it down for you in crayon?",
            True,
        ),
        (
            "rude_language",
            "Have you got crayons for my daughter?",
            "The crayon set is back in stock, and I'll post one to you today.",
            False,
        ),
        (
            "rude_language",
            "Where's the timetable?",
            "It's pinned by the door. Hard to miss, you'd think.",
            True,
        ),
        (
            "rude_language",
            "Where's your shop?",
            "It's hard to miss: the shop has a big red door.",
            False,
        ),
        # The customer's trouble mocked as a plot; "did you think we'd do it for free?".
        (
            "rude_language",
            "The printer jams every time I use it.",
            "I guess the printer is just out to get you, then.",
            True,
        ),
        (
            "rude_language",
            "Why is there a call-out fee?",
            "Did you think we'd do it for free?",
            True,
        ),
        (
            "rude_language",
            "I haven't heard from you.",
            "Did you think we'd forgotten you? Not a chance: your order ships today.",
            False,
        ),
        # Borderline, decided: a repeated offer is no retort; an ultimatum stays one.
        (
            "rude_language",
            "Can I call again tomorrow if it's still broken?",
            "As I said already, you're very welcome to call back.",
            False,
        ),
        (
            "rude_language",
            "Can you go any lower on the price?",
            "Take it or leave it…, either way I'll hold the price.",
            True,
        ),
        # Minimising: "isn't the end of the world", "never hurt anybody", nobody looks.
        (
            "minimises_feelings",
            "I'm so upset, the photographer missed our first kiss.",
            "Honestly, it isn't the end of the world.",
            True,
        ),
        (
            "minimises_feelings",
            "My son was in tears when the ride broke down.",
            "A bit of waiting never hurt anybody.",
            True,
        ),
        (
            "minimises_feelings",
            "I'm devastated, the cake had the wrong name on it.",
            "Nobody looks at the icing anyway.",
            True,
        ),
        (
            "minimises_feelings",
            "I'm so upset about the late fee.",
            "It isn't the end of the world if you pay late: the fee is five pounds.",
            False,
        ),
        # Non-apologies: sorry if there was any confusion; sorry if that spoiled things.
        (
            "non_apology",
            "The booking had the wrong dates.",
            "Sorry if there was any confusion, the dates were on the booking.",
            True,
        ),
        (
            "non_apology",
            "The restaurant was freezing.",
            "Sorry if that ruined your evening, but the kitchen was short-staffed.",
            True,
        ),
        (
            "non_apology",
            "The booking had the wrong dates.",
            "Sorry if there was any confusion: I've corrected the dates and sent you a new "
            "confirmation.",
            False,
        ),
        # Blaming the customer: the outcome they asked for, their own failure, a missed
        # deadline, "if you'd left earlier", an instruction they were given.
        (
            "blames_customer",
            "I ordered the small and it's tiny!",
            "You chose the small size, so that's exactly what you paid for.",
            True,
        ),
        (
            "blames_customer",
            "My phone died after the swim.",
            "It was never sold as waterproof, which is down to you.",
            True,
        ),
        (
            "blames_customer",
            "Can I choose the colour?",
            "You can pick either colour, which is down to you.",
            False,
        ),
        (
            "blames_customer",
            "Why was my claim refused?",
            "The form arrived after the deadline we gave you.",
            True,
        ),
        (
            "blames_customer",
            "Did my form arrive in time?",
            "It reached us before the deadline you were given, so you're fine.",
            False,
        ),
        (
            "blames_customer",
            "I missed the ferry.",
            "If you'd got to the port sooner, you'd have made it.",
            True,
        ),
        (
            "blames_customer",
            "My plant's leaves went yellow.",
            "You were told to water it once a week.",
            True,
        ),
        (
            "blames_customer",
            "My parcel didn't come on Monday.",
            "You were told to expect it on Monday and it didn't come; I'm sorry, I'll chase it "
            "now.",
            False,
        ),
        # Deflections: a third party's own people, "you'd be better off calling…",
        # "nothing to do with us", "a fight to have with…"; not a done act after "but",
        # nor "nothing we can do" taken for a route.
        (
            "deflects",
            "The fitter broke my tap.",
            "The fitter is freelance, so you'll need to contact his office directly.",
            True,
        ),
        (
            "deflects",
            "My card was charged twice.",
            "You'd be better off calling your bank about that.",
            True,
        ),
        ("deflects", "Where's my delivery?", "Deliveries have nothing to do with the shop.", True),
        (
            "deflects",
            "My lodger won't pay the bills.",
            "That's a fight to have with your lodger.",
            True,
        ),
        (
            "deflects",
            "My concert tickets never came.",
            "The tickets come from an agency, so that's between you and them. Nothing we can "
            "change at our end.",
            True,
        ),
        (
            "deflects",
            "My warranty claim was refused.",
            "That's not my department, but I've booked you in with the warranty team for 3pm.",
            False,
        ),
        (
            "deflects",
            "How do I reach you?",
            "You'd be best contacting us by phone for that.",
            False,
        ),
        # Sarcasm's words beside care in the turn are shared or rueful, not aimed.
        (
            "rude_language",
            "Can I book for Friday?",
            "Oh great, you again! Friday's free, I've booked you in.",
            False,
        ),
        (
            "rude_language",
            "Will calling again speed it up?",
            "Honestly, calling again won't make it any faster, but I'll text you the moment "
            "it's ready so you don't have to.",
            False,
        ),
        (
            "rude_language",
            "Can you explain the fees?",
            "As everyone else already knows, I'm terrible at maths, so I've asked Priya to call "
            "you with the figures.",
            False,
        ),
        (
            "rude_language",
            "Where do I park?",
            "It's hard to miss, you'd think, but our sign fell down last week, sorry! It's the "
            "first left.",
            False,
        ),
        # ... but not care voided by a contrast before it.
        (
            "rude_language",
            "Is it ready yet? Second time asking.",
            "Sorry, but asking twice won't make it go any faster.",
            True,
        ),
        # A child who fails, or who sits through a show, measures no one.
        (
            "rude_language",
            "My kid did the puzzle in five minutes!",
            "Even my nephew gets that one wrong, your kid's a genius!",
            False,
        ),
        (
            "rude_language",
            "Is the show good for little ones?",
            "Even my toddler manages to sit through it, it's that good!",
            False,
        ),
        # An outcome pinned on the customer, then the agent's own remedy: no verdict.
        (
            "blames_customer",
            "I sent it late, sorry.",
            "It arrived after the deadline you were given, but don't worry, I've accepted it "
            "anyway.",
            False,
        ),
        (
            "blames_customer",
            "I keep forgetting the cone.",
            "You were told to keep it on, but honestly every owner forgets; I'll send a softer "
            "one.",
            False,
        ),
    ],
)
def test_the_eleventh_blocks_kinds_and_their_look_alikes(
    behaviour: str, context: str, text: str, found: bool
) -> None:
    assert bool(detect(text, context, behaviours=[behaviour])) is found
