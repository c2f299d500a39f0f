"""Four engine readings a second reviewer proved wrong on HEAD, mended by kind (helper
"mendI").

Written 2026-11-25, session 20, in our own words beside the reviewer's sentences; every
label below was written down before the engine read a line.

1. `blames_policy`: 4da03ec / e987677's grant (`empowered.json` `granted`,
   `empowered.grants_despite_the_rule`) looked anywhere in the turn for a word of
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
grants, the 6 grants held).

Mended by kind:
- 1 (`empowered.json` `granted`): an act done grants only on a real object, not
  "nothing / none / no…"; "doesn't affect your X" not of "your other / future / next /
  remaining X"; "you won't pay anything" not "anything extra / more" (a side cost
  spared leaves the refusal standing); "good news" only as a lead-in ("Good news: …",
  "Good news, …", "the good news is that …"), not as a subject judged ("good news is
  rare"); and a grant followed in its sentence by a contrast saying the outcome is
  unchanged (`granted.undone`: "…, but the answer will be the same", "but it won't
  change the answer") grants nothing asked.

After: policy walls 17 of 17. (One kin was first written "Refunds on opened headphones
aren't allowed under our policy, and we've granted none…": that wall itself is not read
by `restrictive_policy`, a gap of its own left as it is; the kin now cites the rule as
"Our policy doesn't allow…".)
"""

from __future__ import annotations

import pytest

from legendary.care.behaviours.base import Utterance
from legendary.care.behaviours.empowered import blames_policy

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
