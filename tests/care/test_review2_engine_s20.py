"""Four engine readings a second reviewer proved wrong on HEAD, mended by kind (helper
"mendI").

Written 2026-11-25, session 20, in our own words beside the reviewer's sentences; every
label below was written down before the engine read a line.

1. `blames_policy`: 4da03ec / e987677's grant (`empowered.json` `granted`,
   `grants.grants_despite_the_rule`) looked anywhere in the turn for a word of
   granting and never at what was granted, so "Our policy doesn't allow refunds after
   30 days. I've approved nothing else, sorry." was no wall.
2. `responds_promptly`: `responsive.accepts_with_thanks` read "Sounds good, please go
   ahead. Thanks!" as a request and forgave "OK, I need it moved to Friday though.
   Thanks.".
3. `takes_ownership` read a busy agent as owning: "I'm handling a lot of calls, bear
   with me.".
4. `deflects` missed a split phrasal verb: "You'll need to sort the charger out on your
   own, sorry.".

First read (on 4fc115b, before any mend): policy walls 6 of 17 (all 11 walls read as
grants, the 6 grants held); acceptances 4 of 20 (the 10 acceptances and the 4 offers
of help back read as more than thanks, 2 needs and a conditional request read as
acceptances); ownership 6 of 11 (5 busy agents read as owning; "juggling" and "working
through", never read as owning, and the 4 owners held); deflections 4 of 9 (the 5
split "sort <the thing> out" left to the customer missed, the 4 guards held).

Mended by kind:
- 1 (`empowered.json` `granted`): an act done grants only on a real object, not
  "nothing / none / no…"; "doesn't affect your X" not of "your other / future / next /
  remaining X"; "you won't pay anything" not "anything extra / more" (a side cost
  spared leaves the refusal standing); "good news" only as a lead-in ("Good news: …",
  "Good news, …", "the good news is that …"), not as a subject judged ("good news is
  rare"); and a grant followed in its sentence by a contrast saying the outcome is
  unchanged (`granted.undone`: "…, but the answer will be the same", "but it won't
  change the answer") grants nothing asked.
- 2 (`responsive.json` `acknowledgements`): new `agreements`, set aside as assent
  where a clause ends after them ("please go ahead / please do", "sounds good", "that
  would be great", "can't wait", "couldn't be happier", help offered back: "let me
  know if you need anything", "don't hesitate to call…"); not "please go ahead and
  cancel…". Two new `requests.wants`: a need with its object and what is to be done
  ("I need it moved to Friday", "we need the parcel delivered before noon", "I need it
  by Thursday") and "if you could / can / would <verb>".
- 3 (`committed.json` `ownership_workload`): an ownership idiom ("I'm handling", "I'm
  taking care of", "I'm looking into") followed by the agent's workload (a quantity
  and calls, chats, customers, queries…, or "a long queue") is set aside, unless the
  work is the customer's ("I'm handling three claims for you").
- 4 (`committed.json` `deflection_alone_verbs`): "sort" split from its "out" by an
  object of up to three words after a determiner ("sort the charger out", "sort your
  broadband contract out", "sort the whole thing out"), as "sort that out" was.

After: policy walls 17 of 17, acceptances 20 of 20, ownership 11 of 11, deflections 9
of 9. (One kin was first written "Refunds on opened headphones aren't allowed under our
policy, and we've granted none…": that wall itself is not read by
`restrictive_policy`, a gap of its own; the kin now cites the rule as "Our policy
doesn't allow…".) The lead closed that gap the same session: "isn't / aren't / wasn't /
weren't allowed / permitted" restricts (empowered.json `restriction`), as "not allowed"
did; see `test_a_rule_that_says_it_is_not_allowed_is_a_wall`.
"""

from __future__ import annotations

import pytest

from legendary.care.behaviours.base import Utterance
from legendary.care.behaviours.committed import deflects, takes_ownership
from legendary.care.behaviours.empowered import blames_policy
from legendary.care.behaviours.responsive import accepts_with_thanks

# --- 1. A grant counts only for what was asked -------------------------------------------

#: Agent replies to a refund or claim: (reply, True when the rule stands as a wall).
WALLS = [
    # The reviewer's five: nothing of what was asked is granted.
    ("Our policy doesn't allow refunds after 30 days. I've approved nothing else, sorry.", True),
    (
        "Our rules don't allow refunds on sale items. I've approved your request to speak to "
        "a manager, but the answer will be the same.",
        True,
    ),
    (
        "I'm afraid our policy doesn't allow that. It doesn't affect your other orders, though.",
        True,
    ),
    (
        "Unfortunately company rules don't allow a refund, you won't pay anything extra for "
        "the return though.",
        True,
    ),
    (
        "Company policy doesn't allow refunds on sale items; good news is rare on these, sorry.",
        True,
    ),
    # Kin: granted nothing, a grant undone by a contrast, something else untouched, good
    # news judged, a side cost spared as a consolation.
    (
        "Our policy doesn't allow refunds on opened headphones, and we've granted none this year.",
        True,
    ),
    (
        "Our policy doesn't allow price matching. I've arranged a call with my supervisor, "
        "but she'll tell you the same.",
        True,
    ),
    (
        "The rules say we can't extend the warranty. I've booked you a callback, but it won't "
        "change the answer.",
        True,
    ),
    (
        "Sorry, our policy doesn't allow refunds on gift cards. It won't affect your future "
        "purchases, though.",
        True,
    ),
    (
        "Our terms don't allow a refund on personalised items, and good news is hard to come "
        "by with these.",
        True,
    ),
    (
        "Our policy doesn't allow refunds on custom orders. You won't pay anything extra for "
        "delivery, though.",
        True,
    ),
    # Guards: what was asked is granted, or the customer is left untouched.
    (
        "Our policy is that we can't refund after 14 days, but I've refunded it anyway as a "
        "goodwill gesture.",
        False,
    ),
    (
        "Our rules don't usually allow it, but I've approved your request for an extension, "
        "so the new date is 3 March.",
        False,
    ),
    (
        "Policy says sale items can't be returned, but that doesn't affect your order: it was "
        "bought at full price.",
        False,
    ),
    (
        "The good news is that the rule on sale items isn't applied to pre-orders, so you "
        "can send it back.",
        False,
    ),
    (
        "Late fees can't normally be removed under our policy, but I've waived yours, though "
        "I can't do it a second time.",
        False,
    ),
    (
        "Good news, the policy that stops refunds on sale items doesn't apply to yours.",
        False,
    ),
]


@pytest.mark.parametrize(("reply", "wall"), WALLS)
def test_a_grant_counts_only_for_what_was_asked(reply: str, wall: bool) -> None:
    assert bool(blames_policy(Utterance(reply))) is wall


#: (reply, a wall?): a rule that says a thing "isn't allowed" stops it as "not allowed"
#: does; an alternative, a grant, or a rule with no policy named is no wall.
NOT_ALLOWED = [
    ("Refunds on sale items aren't allowed under our policy.", True),
    ("Under our policy, refunds aren't allowed after 30 days.", True),
    ("Pets aren't permitted under our rules, sorry.", True),
    (
        "Pets aren't allowed under our policy, but I've found a pet-friendly room nearby "
        "you could book instead.",
        False,
    ),
    (
        "Under our policy you aren't allowed to be charged twice, so I've refunded the "
        "second payment.",
        False,
    ),
    ("Dogs aren't allowed on the beach in summer, the council sets that.", False),
]


@pytest.mark.parametrize(("reply", "wall"), NOT_ALLOWED)
def test_a_rule_that_says_it_is_not_allowed_is_a_wall(reply: str, wall: bool) -> None:
    assert bool(blames_policy(Utterance(reply))) is wall


# --- 2. Agreement is no request; a need is one -----------------------------------------

#: A customer's turn after an agent's offer: (turn, True when it only accepts with thanks).
ACCEPTANCES = [
    # The reviewer's.
    ("Sounds good, please go ahead. Thanks!", True),
    ("Yes please, that would be great, thank you so much!", True),
    ("Lovely, thanks. Can't wait!", True),
    ("Thanks! Could not be happier.", True),
    ("OK, I need it moved to Friday though. Thanks.", False),
    # Kin: agreement in other words.
    ("Perfect, please do. Thank you!", True),
    ("Great, go ahead. Thanks a lot.", True),
    ("Brilliant, thanks. Couldn't be happier!", True),
    ("Yes please, that'd be lovely. Cheers!", True),
    ("OK lovely, thank you. Can't wait to see it!", True),
    # Help offered back, the reviewer's and kin: it asks nothing of the agent.
    ("Brilliant, thank you. Let me know if you need anything else from me.", True),
    ("Perfect. Please don't hesitate to call if the driver is lost. Thanks!", True),
    ("Great, thanks. Just let me know if you need anything from me.", True),
    ("OK thanks. Don't hesitate to ring me if there's a problem.", True),
    # Kin: a need, a request after agreement, an agreement that asks more.
    ("Fine, but we need the parcel delivered before noon. Thanks.", False),
    ("OK, I need the invoice resent to my work address. Thanks.", False),
    ("Great, I need it by Thursday though. Cheers.", False),
    ("Sounds good, please go ahead and cancel the Tuesday slot too. Thanks!", False),
    ("That would be great if you could call me first. Thanks.", False),
    ("OK thanks. Let me know when it's moved.", False),
]


@pytest.mark.parametrize(("said", "accepts"), ACCEPTANCES)
def test_agreement_is_no_request_and_a_need_is_one(said: str, accepts: bool) -> None:
    assert accepts_with_thanks(said) is accepts


# --- 3. A busy agent owns nothing ----------------------------------------------------------

#: An agent's turn: (turn, True when it owns the customer's problem).
OWNERSHIP = [
    ("I'm handling a lot of calls, bear with me.", False),
    ("I'm handling three chats at once, sorry for the wait.", False),
    ("Sorry, I'm handling loads of queries this morning, I'll be with you shortly.", False),
    ("I'm taking care of several customers at once, so bear with me.", False),
    ("I'm juggling a few chats right now, sorry for the delay.", False),
    ("I'm working through a long queue of e-mails today.", False),
    (
        "We're short-staffed, I'm looking into dozens of complaints today, sorry for the delay.",
        False,
    ),
    # Guards: the problem itself in hand.
    ("I'm handling your claim myself from now on.", True),
    ("I'm handling it now, you'll hear from me by five.", True),
    ("I'm handling the refund for you today.", True),
    ("I'm handling three claims for you, so I'll send each update myself.", True),
]


@pytest.mark.parametrize(("said", "owns"), OWNERSHIP)
def test_a_busy_agent_owns_nothing(said: str, owns: bool) -> None:
    assert bool(takes_ownership(Utterance(said))) is owns


# --- 4. A split phrasal verb left to the customer deflects ---------------------------------

#: An agent's turn: (turn, True when it leaves the customer to carry the problem alone).
DEFLECTIONS = [
    ("You'll need to sort the charger out on your own, sorry.", True),
    ("You'll have to sort the refund out yourself.", True),
    ("You'll need to sort your broadband contract out on your own.", True),
    ("You'll have to sort the whole thing out by yourself, I'm afraid.", True),
    ("I'm afraid you'll have to sort those parking fines out on your own.", True),
    # Guards: the agent sorts it, or the customer's step is ordinary.
    ("I'll sort the charger out for you myself.", False),
    ("You can sort the photos out yourself in the app if you like.", False),
    ("You'll need to sort the charger out, but we'll send you a new cable to do it.", False),
    ("You'll need to sort the old cables out before the engineer comes.", False),
]


@pytest.mark.parametrize(("said", "deflects_it"), DEFLECTIONS)
def test_a_split_phrasal_verb_left_to_the_customer_deflects(said: str, deflects_it: bool) -> None:
    assert bool(deflects(Utterance(said))) is deflects_it
