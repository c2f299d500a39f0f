"""`offers_solution` and `gains_agreement` on the shapes they take in customer service:
one named sentence per rule, with the look-alike that must not fire beside it."""

from __future__ import annotations

import pytest

from legendary.care.behaviours.base import Utterance
from legendary.care.behaviours.responsive import (
    _CHUNK_CHARS,
    _agreement_gate,
    _filled,
    _offers_gate,
    _rules,
    gains_agreement,
)
from legendary.care.detect import detect


def offers(text: str, context: str = "") -> bool:
    return bool(detect(text, context, behaviours=["offers_solution"]))


def agrees(text: str, context: str = "") -> bool:
    return bool(detect(text, context, behaviours=["gains_agreement"]))


@pytest.mark.parametrize(
    "text",
    [
        # An agent's action for the customer, after "I can / I'll / let me / we'd be happy to".
        "I can swap the handset for a new one at the store on Saturday.",
        "I'll escalate this to the fraud team and ring you back by four.",
        "We'd be happy to send an engineer to look at the meter.",
        "I'm going to reset the line from our side now.",
        "I'd like to move you to the unlimited bundle at the same price.",
        # Offered with a question: the offer and the consent together.
        "Do you want me to add the insurance to this order?",
        "Are you happy for me to reduce the bill by the £15 we overcharged?",
        "Shall I also resend the activation email?",
        "How about I extend the trial by another month?",
        "Would you like to downgrade to the basic plan instead?",
        # A choice between options.
        "Would you prefer a courier collection or a drop-off point?",
        "Would you like the refund or a gift card?",
        "Would Thursday at 3pm work for you for the installation?",
        "You've got two options: repair it under warranty or trade it in.",
        # What the customer can do, or where to find it.
        "You can rebook from the link in your confirmation email.",
        "You're entitled to a refund of the unused days.",
        "You'll find the returns form in the parcel, under the packing slip.",
        "The quickest fix is to sign out of the app and back in.",
        "One thing that usually helps is pairing the headphones again from scratch.",
        "Unplugging it for a minute usually fixes that.",
        # Troubleshooting steps said as instructions, at the start of a sentence or clause.
        "Restart the router and wait for the light to go green.",
        "Okay, go to Settings, then Mobile Data, and switch roaming on.",
        "If the screen stays black, hold down the power button for ten seconds.",
        "Please check that the cable is firmly in the socket.",
        "If the light is still red, restart the hub from the back.",
        "Sure: next step: clear the cache in your browser settings.",
        "I can put a travel note on your card for the two weeks.",
        # Suggestions shaped as questions.
        "Have you thought about switching to paperless billing?",
        "Could you try the payment again using the app?",
        "Would you mind trying a different browser?",
        "Would it be okay if I ran a quick speed test on the line?",
        "Would you be happy with a partial refund of £30?",
        # Advice and alternatives in so many words.
        "If I were you, I'd keep the old router as a backup.",
        "It's worth checking the fuse box before the engineer comes.",
        "Alternatively, the branch can print a statement for you.",
        "Or, if you'd rather, we can post the form.",
        # An action set going, and a remedy already given.
        "I'll get a new card sent to your home address.",
        "I'm going to go ahead and cancel the duplicate order.",
        "Let me know if you'd like me to arrange a collection.",
        "I've credited £10 to your account for the trouble.",
        "I've applied a £20 loyalty credit to your next bill.",
        "I can have the sofa picked up on Friday.",
        "What we'll do is send a technician with the new part.",
        # Plain advice, an alternative held in reserve, a state to check, a step by itself.
        "I'd give the bank's fraud line a ring tonight.",
        "We do also have a student plan with the same data.",
        "Can you make sure the SIM is pushed all the way in?",
        "Give it a wipe with a dry cloth and try again.",
        "Now press and hold the reset button for five seconds.",
        "Show this message to the driver and they'll let you on.",
        # More of what an agent can do: lend, accept, keep, email.
        "I can email the form to you tonight.",
        "We can lend you a spare router while yours is repaired.",
        "We could accept half now and the rest next month.",
        "I'll keep the room on hold until six.",
        # Suggestions from what works for others, and a better way.
        "There are a few things you could try to speed it up.",
        "Something customers often find helpful is a spending alert.",
        "Many people find it helps to set a reminder the night before.",
        "Switching to annual billing would make a real difference to the price.",
        "The quickest way is to reply STOP to the text.",
        # An alternative after a limit.
        "I'm afraid we don't stock that size, but our Leeds store has two left.",
        # An action under way, a plan named as a fit, a slot held out, a conditional step.
        "I'm cancelling the second order now so you're only charged once.",
        "There's a tariff that might suit you better if you mostly call abroad.",
        "I've got two slots left on Saturday morning.",
        "If you reply with the serial number, our repairs team will book the collection.",
        "I'll ask the night manager to call you when the room is ready.",
        "Would you like me to turn on spending alerts for the card?",
        # A step asked as a question, a habit others use, and a way out of a fault.
        "Have you restarted the phone since the update?",
        "Some people start by paying the smallest debt first.",
        "Keeping the charger plugged in overnight can help.",
        "Bank transfer still works, if you'd like to use that instead.",
    ],
)
def test_service_offers_are_found(text: str) -> None:
    assert offers(text)


@pytest.mark.parametrize(
    "text",
    [
        # Closers and courtesy: an offer of more help is not a solution.
        "Is there anything else I can help you with?",
        "If you have any other questions, you can call us on the number above.",
        # A limit or a state of affairs, with no way forward.
        "Unfortunately the delivery date isn't something we can change.",
        "Sorry, I'll need to put you on hold for a moment.",
        # Asking for details or about what was tried: gathering facts, not offering.
        "What have you tried so far?",
        "Which address should I send the replacement to?",
        "What would you like me to call you?",
        # Agreeing with the customer's own idea.
        "That would be really helpful, thank you.",
        "I think that would be a good idea.",
        # An imperative in the middle of a sentence is not an instruction to the customer.
        "I know you try to keep the bills low.",
        "Keep it up, you're nearly there.",
        "No rush, take your time.",
        # Casual talk: an everyday verb after a comma or in a question, "put" and "move"
        # with no customer's thing to act on, a preference asked about for its own sake.
        "We'd just stay in, you know, go to bed early.",
        "Close to the station?",
        "We can put the kids to bed first.",
        "Hopefully we'll move in the spring.",
        "What would you rather have?",
        # Validation, and work already done that gives the customer nothing new.
        "If I were you, I'd be furious too.",
        "I've booked it in.",
        "I've passed your details to the billing team.",
        "Honestly, it's worth it.",
        # A confirmation sent, a guess at a time, and asking leave to discuss a topic.
        "I'll send the confirmation now.",
        "I would give it two more years before the prices drop.",
        "I wonder if you'd be open to talking through your spending.",
        "Maybe we could talk about some ways to bring the bill down.",
        "You kind of try to ignore the letters?",
        "I do have a friend who works there.",
        "Sorry, but there's nothing more we can do.",
        "I'm afraid that's all I know, but I understand.",
        # A reflection of the customer's situation, not a proposal.
        "It sounds like you've got some options already.",
        "One of the reasons you have to renew is the new regulation.",
        "You've been handling this the best way you can.",
    ],
)
def test_service_look_alikes_are_not_offers(text: str) -> None:
    assert not offers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Want me to book that in for you?",
        "Happy for me to process the return now?",
        "Shall I also cancel the old direct debit?",
        "Let's pop it in the diary for next week, shall we?",
        "Which would suit you better, the morning or the afternoon?",
        "I can post it or email it, whichever you'd prefer.",
        "Would you rather have it delivered or collect it in store?",
        "Would you like to upgrade now or wait for the new model?",
        "Would next Tuesday work for you?",
        "So, to confirm, you'd like us to close the account today?",
        "I'll hold the room until noon if that's okay with you.",
        "We can start the switch on Monday, if that works for you.",
        "A refund to the card might be quickest. Would that help?",
        "Do you have a preference for morning or afternoon?",
        "Let me know which day suits you and I'll book it.",
        "Okay to go ahead with the order?",
        "Let me know if you'd like me to arrange a collection.",
        "Is that something you'd like to hear more about?",
        "Is tomorrow morning any good?",
        "What would be easiest for you?",
        "Would a collection on Tuesday work?",
        # A plan made together: proposing how to work on it.
        "Maybe we could talk about some ways to bring the bill down.",
        "Let's think about which payments could move to later in the month.",
        # Preferences about a step, and a plan made together.
        "Would it be easier if we called you back after work?",
        "Which size would you like instead?",
        "What time works for the callback?",
        "Shall we look at the cheaper tariffs together?",
        "How would you feel about trying the app for a week?",
        "What feels like a manageable amount to pay each month?",
        "Do you still want to go ahead with the order?",
        "Would you like them delivered to your work address?",
        "Would you be open to us looking at a repayment plan?",
        "Which one works?",
        "When would suit you for the visit?",
        "How many months would you like to spread it over?",
        "What's the most convenient time for the engineer?",
        "Would it be okay if we looked together at your spending and picked one thing to cut?",
    ],
)
def test_service_agreement_checks_are_found(text: str) -> None:
    assert agrees(text)


@pytest.mark.parametrize(
    "text",
    [
        # Checks of understanding, closers and requests for details.
        "Does that make sense?",
        "Would you be able to send me the serial number?",
        "Sure, which email should I send it to?",
        "Is there anything else you'd like to ask?",
        # A proposal with no check of consent.
        "Let's try a quick reset first.",
        # Asking leave to raise a topic, not agreement on a step.
        "Would it be okay if we talked about your usage for a minute?",
        "Do you mind if I ask a couple of security questions?",
        "Is this something you'd be willing to look at with me next time?",
        # A teach-back check, not agreement.
        "Just so we're on the same page, can you tell me the steps back?",
        # A bare tag with no offer in the turn checks a fact.
        "You said the order number ends in 42, is that right?",
        # A question about taste, and what someone else wants.
        "Do you like the blue one or the green one?",
        "I don't know how long they want us to wait.",
        # Asking whether a step worked checks the outcome, not consent.
        "Did that help?",
        "Does your partner work?",
        "Is that any good?",
        "The kitchen is, shall we say, a little dated.",
        "How have you changed your routine since then?",
    ],
)
def test_service_look_alikes_are_not_agreement(text: str) -> None:
    assert not agrees(text)


def test_a_confirmation_tag_gains_agreement_only_after_an_offer() -> None:
    with_offer = "I'll refund the delivery charge to your card now. Is that right?"
    (evidence,) = gains_agreement(Utterance(with_offer))
    assert evidence.quote == "Is that right?"
    assert not agrees("Your postcode is LS6 2AB. Is that right?")
    # The gate opens on the tag alone; the detector decides with the offer.
    gate = _agreement_gate()
    assert gate is not None
    assert gate.opens(with_offer)


def test_both_detectors_stay_gated() -> None:
    # One phrase whose first words the scanner cannot read (an apostrophe inside a group,
    # "there(?:'s|…)") makes a whole section's gate None, and the detector then runs on
    # every turn: same evidence, seven times the calls. Write "(?:there's|there\s+is)".
    offers_gate, agreement_gate = _offers_gate(), _agreement_gate()
    assert offers_gate is not None
    assert agreement_gate is not None
    assert offers_gate.opens("A payment plan might be the answer here.")
    assert not offers_gate.opens("Your contract ends on the 14th of March.")
    assert not agreement_gate.opens("Your contract ends on the 14th of March.")


def test_a_tag_before_the_offer_does_not_count() -> None:
    assert not agrees("Okay? I'll send the form over.")


def test_vocabulary_names_are_filled_in_include_and_exclude_only() -> None:
    section = {"include": ["re:i\\s+can\\s+@act"], "exclude": ["@act\\s+later"], "note": ["@act"]}
    filled = _filled(section, {"act": "(?:send|fix)", "action": "(?:x)"})
    assert filled["include"] == ["re:i\\s+can\\s+(?:send|fix)"]
    assert filled["exclude"] == ["(?:send|fix)\\s+later"]
    assert filled["note"] == ["@act"]


def test_a_long_section_compiles_in_short_chunks_that_find_the_same() -> None:
    chunks = _rules("offers_solution")
    assert len(chunks) > 1
    for rule in chunks:
        assert rule.anchored is not None
        # A chunk holds at most _CHUNK_CHARS of phrases, plus the wrapping of the pattern.
        assert len(rule.anchored.pattern.pattern) < 2 * _CHUNK_CHARS
    text = "Sorry about that. You could try restarting it. Shall I book an engineer?"
    found = [e.quote for e in detect(text, behaviours=["offers_solution"])]
    assert found == ["You could try restarting it.", "Shall I book an engineer?"]


@pytest.mark.parametrize(
    "text",
    [
        # A way forward pushed onto someone else is a deflection, not a solution too.
        "That's not my department, you'll need to call the engineers.",
        "There's nothing I can do, you'll need to contact your bank.",
        "You'll have to take that up with the courier.",
        # A hand-off is not a solution (transfers_without_ownership judges it).
        "I'll transfer you to billing.",
        # An obligation nobody takes on, and a limit that stops the agent acting.
        "Someone will have to check that tomorrow.",
        "I'm afraid the system doesn't let me issue refunds over 100 pounds.",
    ],
)
def test_deflections_hand_offs_and_limits_are_not_offers(text: str) -> None:
    assert not offers(text)


def test_an_offer_beside_a_deflection_in_another_sentence_still_counts() -> None:
    text = "Billing isn't my department. What I can do is refund the delivery fee now."
    assert [e.quote for e in detect(text, behaviours=["offers_solution"])] == [
        "What I can do is refund the delivery fee now."
    ]
    assert offers("I can't change the price, but I can add free delivery to the order.")


@pytest.mark.parametrize(
    ("offer", "look_alike"),
    [
        # A remedy as the subject of the sentence, and a gerund that only describes.
        (
            "Clearing your browser's history usually fixes the login loop.",
            "Ordering two sizes is really common with that brand.",
        ),
        (
            "Signing in through the website is free and takes a minute.",
            "Trying to get a handle on it has been hard for you.",
        ),
        # A colleague, partner or desk who will act, and one who only needs something.
        (
            "The pharmacist will ring you after lunch about the new dose.",
            "The engineer will need a parking space outside the house.",
        ),
        (
            "Housekeeping can bring a cot up to your room.",
            "Housekeeping cleaned the room at ten this morning.",
        ),
        # A day offered for a visit, and a day that is only a fact.
        ("Thursday afternoon is free, if that helps.", "Thursday is our busiest day."),
        ("Does Monday at 2pm suit?", "Did Monday's delivery arrive?"),
        # A remedy already given, and the past only explained.
        (
            "I've unblocked the card, so it'll work again straight away.",
            "I've checked, and the refund went out on the 3rd.",
        ),
    ],
)
def test_offers_by_structure_and_their_look_alikes(offer: str, look_alike: str) -> None:
    assert offers(offer)
    assert not offers(look_alike)


@pytest.mark.parametrize(
    ("check", "look_alike"),
    [
        ("We can do Friday instead. Would that do?", "Would that have been the 4th?"),
        ("The blue or the green one: which appeals?", "Which colour did you order?"),
        ("I can add it for £5 a month. Would you like that?", "How would you like it to look?"),
        (
            "We could do it over two visits. Would you be up for that?",
            "Would you like some ideas about that?",
        ),
        ("Is tomorrow at 9 any good for you?", "Are you happy with the help you've had today?"),
        ("I'll book the engineer for Tuesday. Happy with that?", "Are you okay?"),
        (
            "Just to check we're agreed: a refund, and you keep the jumper?",
            "Just to check, what's the postcode there?",
        ),
        ("Shall we go ahead with the refund, then?", "Do you agree that the box was opened?"),
    ],
)
def test_agreement_checks_and_their_look_alikes(check: str, look_alike: str) -> None:
    assert agrees(check)
    assert not agrees(look_alike)


def test_phrases_that_reach_their_rare_words_after_a_gap_are_tried_only_where_those_are() -> None:
    # "Would Tuesday at 3 work for you?" starts at "would", "our shop sells…" at "our":
    # tried at every such word they cost more than any other offer phrase; they are
    # now tried only in a turn with their rare part ("work for you…?", "shop sells").
    offers_gate, agreement_gate = _offers_gate(), _agreement_gate()
    assert offers_gate is not None
    assert agreement_gate is not None
    for text in ("Would Tuesday at 3 work for you?", "Our local shop sells the filters."):
        assert offers_gate.opens(text)
        assert offers(text)
    assert agreement_gate.opens("Will the 9am slot suit?")
    assert agrees("Will the 9am slot suit?")
    assert not offers("Would you say the new job will work out for you?")


def test_a_yes_no_question_after_an_offer_asks_whether_it_suits() -> None:
    assert agrees("We had a cancellation at 11:20 tomorrow. Could you make that?")
    assert agrees("I'll book the plumber for Thursday. Can someone be in between 8 and 12?")
    # Not without an offer, not when the question is the offer, not a request for details.
    assert not agrees("Could you make the meeting on Friday?")
    assert not agrees("Could you try a different card for now?")
    assert not agrees("I can send a new one. Could you confirm your postcode?")
