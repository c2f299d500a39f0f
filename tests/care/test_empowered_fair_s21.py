"""Empowered readings made fair: hand-off, customer confirmation, status and waiting.

Written 2026-11-25, session 21 (helper "mendE"), after reviewer B's findings 2, 3 and 4
on 22793b1 and 4279856. Every label below (the reviewer's cases and our own kin, in our
own words) was written down before the engine read a line.

- A colleague named is a hand-off only when they take the customer's case over (contact,
  call, take over, pick up, look into it); "My colleague X will be so pleased" or "who
  will be your engineer" hands nothing on.
- A customer's confirmation is no question and no hope ("Is it here yet?", "it looks
  great, I hope it fits").
- A status sentence ("your X is cancelled / reset / changed") resolves only when the agent
  did the act or the customer asked for it; bad news ("I'm afraid your flight is
  cancelled") or how things always are ("reset every 90 days") settles nothing.
- A promise waiting on a person being free ("a manager will ring when one is free")
  leaves a policy wall standing; one waiting on a thing ("as soon as a seat is
  available") is still a way forward, and only the promise's own clause is read.

First read (HEAD 17560f8): 19 of 30 wrong, all 11 of the reviewer's and 8 of our 19
kin; five more kin for a colleague not named, probed after the first mend: 2 of 5 wrong.
Mended by kind (empowered.json, behaviours/empowered.py): the named-colleague hand-off
needs a verb of taking the case after "will" (contact, call, be in touch, take over,
pick up, look into, deal with...), and "a / my colleague will" goes the same way; a
confirmation in a question sentence or beside a hope (`confirmation_hedges`) is none; a
status sentence moves to its own list (`status`), settling only when "now" says the agent
did it or the customer asked for an act (`status_asked`), never beside bad news or a
habit (`status_unsettled`); `waits_on_availability` takes only a person as subject and
is read in the promise's own clause. After: 35 of 35. Blocks conversations fresh1 270,
fresh2 264, fresh3 257 and their flags as on HEAD.
"""

from __future__ import annotations

import pytest

from legendary.care.scorecard import Outcome

from .test_conversations_fresh3 import outcomes

PRESENT, ABSENT = Outcome.PRESENT, Outcome.ABSENT

LATE = "My order's late again."
THANKED = "Brilliant, thanks so much, all sorted then."

#: (agent's reply after LATE, before THANKED; (resolves_without_handoff,
#: transfers_without_ownership)).
COLLEAGUES = [
    pytest.param(
        "My colleague Sam will be so pleased to hear that, thank you for saying so!",
        (PRESENT, ABSENT),
        id="review-so-pleased",
    ),
    pytest.param(
        "I've refunded the £20 now. My colleague Tom, who will be your engineer on Friday, "
        "already has the notes.",
        (PRESENT, ABSENT),
        id="review-who-will-be-your-engineer",
    ),
    # kin
    pytest.param(
        "I've swapped the size for you. My colleague Ben, who will be packing it this "
        "afternoon, says the blue one is lovely.",
        (PRESENT, ABSENT),
        id="kin-who-will-be-packing",
    ),
    pytest.param(
        "My colleague Ana will be delighted, she baked that cake herself!",
        (PRESENT, ABSENT),
        id="kin-will-be-delighted",
    ),
    pytest.param(
        "My colleague Sara, who will be your host tonight, has your table by the window.",
        (PRESENT, ABSENT),
        id="kin-who-will-be-your-host",
    ),
    pytest.param(
        "My colleague Raj will pick this up and contact you.",
        (ABSENT, PRESENT),
        id="kin-will-pick-this-up",
    ),
    pytest.param(
        "Our colleague Mia from the returns desk will take over your case from here.",
        (ABSENT, PRESENT),
        id="kin-will-take-over",
    ),
    pytest.param(
        "My colleague Joe will look into it for you.",
        (ABSENT, PRESENT),
        id="kin-will-look-into-it",
    ),
]

#: (agent's reply after LATE, transfers_without_ownership): the same for a colleague
#: not named (kin probed after the first mend, labels written before; 2 of 5 wrong then).
UNNAMED = [
    pytest.param("My colleague will be thrilled, thank you!", ABSENT, id="kin-unnamed-thrilled"),
    pytest.param("A colleague will call you back tomorrow.", PRESENT, id="kin-unnamed-call-back"),
    pytest.param(
        "A colleague from billing will be in touch within the hour.",
        PRESENT,
        id="kin-unnamed-from-billing-in-touch",
    ),
    pytest.param("My colleague will take it from here.", PRESENT, id="kin-unnamed-take-it"),
    pytest.param(
        "Our colleague who will be your guide on Sunday says hello!",
        ABSENT,
        id="kin-unnamed-your-guide",
    ),
]


@pytest.mark.parametrize(("reply", "expected"), UNNAMED)
def test_a_colleague_not_named_hands_off_only_when_taking_the_case(
    reply: str, expected: Outcome
) -> None:
    turns = [("customer", LATE), ("agent", reply), ("customer", "Ok.")]
    assert outcomes(turns, "transfers_without_ownership") == (expected,)


@pytest.mark.parametrize(("reply", "expected"), COLLEAGUES)
def test_a_colleague_named_hands_off_only_when_taking_the_case(
    reply: str, expected: tuple[Outcome, Outcome]
) -> None:
    turns = [("customer", LATE), ("agent", reply), ("customer", THANKED)]
    assert outcomes(turns, "resolves_without_handoff", "transfers_without_ownership") == expected


SOFA = "My new sofa was meant to come today."
ON_THE_VAN = "I'm sorry, it's on the van now and should reach you by 4pm."

#: (customer's last turn after SOFA and ON_THE_VAN, resolves_without_handoff).
CONFIRMS = [
    pytest.param("Has it arrived at your depot yet?", ABSENT, id="review-has-it-arrived"),
    pytest.param("Is it here in the UK yet or still abroad?", ABSENT, id="review-is-it-here"),
    pytest.param(
        "They're here now to collect the old one, what do I tell them?",
        ABSENT,
        id="review-theyre-here-what-do-i-tell",
    ),
    pytest.param(
        "Ok. It looks great in the photos, I hope it fits.", ABSENT, id="review-i-hope-it-fits"
    ),
    # kin
    pytest.param("Is it here in town yet?", ABSENT, id="kin-is-it-here-in-town"),
    pytest.param(
        "It looks perfect on the website, hopefully it matches the curtains.",
        ABSENT,
        id="kin-hopefully-it-matches",
    ),
    pytest.param("It's here now and it looks lovely, thank you!", PRESENT, id="kin-its-here"),
    pytest.param("They've arrived, all four chairs. Thanks!", PRESENT, id="kin-theyve-arrived"),
]


@pytest.mark.parametrize(("last", "expected"), CONFIRMS)
def test_a_confirmation_is_no_question_and_no_hope(last: str, expected: Outcome) -> None:
    turns = [("customer", SOFA), ("agent", ON_THE_VAN), ("customer", last)]
    assert outcomes(turns, "resolves_without_handoff") == (expected,)


#: (customer, agent, customer, resolves_without_handoff): a status settles only what the
#: agent did or the customer asked for.
STATUS = [
    pytest.param(
        "Why can't I board my flight to Rome?",
        "I'm afraid your flight is cancelled because of the strike.",
        "Right.",
        ABSENT,
        id="review-flight-cancelled",
    ),
    pytest.param(
        "Where's my refund for order 5521?",
        "Your order is cancelled, so there's nothing to refund I'm afraid.",
        "Ok.",
        ABSENT,
        id="review-nothing-to-refund",
    ),
    pytest.param(
        "I still can't log in.",
        "Your password is reset every 90 days by the system, that's how it works.",
        "ok",
        ABSENT,
        id="review-reset-every-90-days",
    ),
    # kin
    pytest.param(
        "Why didn't the train go?",
        "Unfortunately the 9:15 is cancelled due to flooding.",
        "Great.",
        ABSENT,
        id="kin-unfortunately-cancelled",
    ),
    pytest.param(
        "Where's my parcel?",
        "Sorry, your delivery is rescheduled to Tuesday because the van broke down.",
        "Ok.",
        ABSENT,
        id="kin-sorry-rescheduled",
    ),
    pytest.param(
        "Can you cancel my gym membership please?",
        "Your membership is cancelled and you won't be charged again.",
        "Ok.",
        PRESENT,
        id="kin-asked-to-cancel",
    ),
    pytest.param(
        "I want to move my table to 8pm.",
        "Your booking is now changed to 8pm.",
        "Ok.",
        PRESENT,
        id="kin-now-changed",
    ),
    pytest.param(
        "Could you change my delivery address to my office?",
        "Your address is updated.",
        "Ok.",
        PRESENT,
        id="kin-asked-to-change",
    ),
]


@pytest.mark.parametrize(("asked", "reply", "after", "expected"), STATUS)
def test_a_status_resolves_only_what_was_done_or_asked(
    asked: str, reply: str, after: str, expected: Outcome
) -> None:
    turns = [("customer", asked), ("agent", reply), ("customer", after)]
    assert outcomes(turns, "resolves_without_handoff") == (expected,)


#: (agent's reply to a refund request, blames_policy).
WAITING = [
    pytest.param(
        "Under our policy we can't refund the ticket, but I'll rebook you on the next flight "
        "as soon as a seat is available.",
        ABSENT,
        id="review-as-soon-as-a-seat",
    ),
    pytest.param(
        "Under our policy we can't refund the ticket, but I'll post a form to you today, and "
        "we'll call when we can to talk it through.",
        ABSENT,
        id="review-post-a-form-today",
    ),
    # kin
    pytest.param(
        "Our policy doesn't allow refunds on sale items, but I'll exchange it as soon as the "
        "new stock is available.",
        ABSENT,
        id="kin-as-soon-as-stock",
    ),
    pytest.param(
        "Our policy doesn't allow us to give refunds, but an engineer will be with you once "
        "the part is available.",
        ABSENT,
        id="kin-once-the-part",
    ),
    pytest.param(
        "We can't give refunds after 30 days, that's our policy. A manager will ring you "
        "when one is free.",
        PRESENT,
        id="kin-manager-when-one-is-free",
    ),
    pytest.param(
        "Our policy doesn't allow refunds on tickets. Someone will get back to you when "
        "someone is available.",
        PRESENT,
        id="kin-someone-when-someone",
    ),
]


@pytest.mark.parametrize(("reply", "expected"), WAITING)
def test_only_a_promise_waiting_on_a_person_leaves_the_wall(reply: str, expected: Outcome) -> None:
    turns = [("customer", "Can I have a refund on my ticket?"), ("agent", reply)]
    assert outcomes(turns, "blames_policy") == (expected,)
