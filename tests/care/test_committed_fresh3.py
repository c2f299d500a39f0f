"""Committed, empowered and the utterance breakers on a third blind block, kept unread.

60 new agent turns in the author's own words, written after the fixes of blocks 1 and 2
(`test_committed_fresh1.py`, `test_committed_fresh2.py`), each with the customer's
previous turn, labelled with the set of behaviours before any detector read it, and
read once, never for errors: the honest figure for the rules as they stand. Registers:
chat, e-mail, phone, social replies and forums in retail, telecoms, banking, travel,
health, software, insurance, utilities and hospitality. The labels count what block 1's
docstring says each behaviour counts.

Reads (per behaviour F1; tp/fp/fn):

- The one read, the rules of b42fdc0 (after both blocks' fixes): takes_ownership 0.923
  (12/0/2), makes_commitment 0.800 (8/1/3; what/by right on 8 of 11), deflects 0.571
  (2/0/3), explains_policy_with_alternative 0.857 (3/1/0), blames_policy 0.667 (2/0/2),
  transfers_without_ownership 0.800 (2/0/1), blames_customer 0.667 (2/0/2),
  minimises_feelings 0.500 (1/0/2), non_apology 0.000 (0/0/3), rude_language 0.000
  (0/0/4).
- The start rules (04bf8b4): 0.880 (11/0/3), 0.667 (6/1/5; what/by 6 of 11), 0.571,
  0.000 (0/0/3), 0.667, 0.800, 0.400 (1/0/3), 0.500, 0.000, 0.000 (0/1/4).
- What it says: no breaker fired wrongly on these 60 lines (precision 1.000 for all six
  breakers; the start rules capped one line with a rude word that was not rude), and
  ownership, commitments and policy alternatives improved; but recall on new wording of
  the breakers is low (three non-apologies and four rude lines all missed): phrase
  families reach the wording they were shown and little beyond. The next round should
  read this block's errors and reach for structure (an apology whose object is the
  customer's feeling or perception; a second-person imperative or judgement aimed at
  the customer) rather than more phrases, then measure on a new block.
- A second read after fresh4's fixes (2026-11-24, the rules of 429eff5: non-apologies and
  rude lines by structure, see `test_committed_fresh4.py`), for these two figures only,
  its lines still unread: non_apology 0.500 (1/0/2), rude_language 0.000 (0/0/4). The
  structures reach one of the three non-apologies and none of the four rude lines, with
  no wrong firing; recall on rude wording not seen remains the open problem.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .test_committed_fresh1 import (
    ALL_BREAKERS,
    Line,
    assert_commitments_read,
    assert_floor,
    assert_new,
    blocks_before,
)

BLOCK: list[Line] = [
    Line(
        "retail chat",
        "My order shows as lost in transit.",
        "I'll raise a claim with the carrier and send a replacement out today either way.",
        "TO MC",
        "send a replacement",
        "today",
    ),
    Line(
        "telecom phone",
        "The engineer said he'd come back and never did.",
        "That's not acceptable. I'm booking him back in myself, and you'll get a call from me "
        "by midday tomorrow to confirm the time.",
        "TO MC",
        "call",
        "midday",
    ),
    Line(
        "bank chat",
        "My savings interest hasn't been paid this month.",
        "Let me look into that. The interest will be credited to your account by Monday.",
        "TO MC",
        "credited",
        "Monday",
    ),
    Line(
        "travel e-mail",
        "We never got our booking confirmation.",
        "Apologies for that. I've reissued it just now, and it should land in your inbox within "
        "ten minutes.",
        "MC",
        "land",
        "ten minutes",
    ),
    Line(
        "health phone",
        "I've been waiting three weeks for my scan date.",
        "I'll chase radiology this morning and I'll personally ring you before the end of the day.",
        "TO MC",
        "ring you",
        "end of the day",
    ),
    Line(
        "software chat",
        "Our dashboards have been blank since this morning.",
        "Our engineers are on it now, and I'll message you here the minute it's fixed.",
        "TO",
    ),
    Line(
        "insurance e-mail",
        "I still haven't received my settlement.",
        "The payment was approved yesterday and will reach your bank within three working days.",
        "MC",
        "reach your bank",
        "three working days",
    ),
    Line(
        "utilities phone",
        "My meter's showing an error code.",
        "I'm sending a technician out to you; he'll be there between 12 and 4 on Friday.",
        "TO MC",
        "be there",
        "between 12 and 4",
    ),
    Line(
        "hotel chat",
        "Our room still hasn't been cleaned.",
        "I'm so sorry. Housekeeping will be with you in the next half hour.",
        "MC",
        "with you",
        "half hour",
    ),
    Line(
        "retail social",
        "@store charged twice for one order!!",
        "Sorry about that, Jo! We'll get the extra charge refunded — DM us the order number and "
        "we'll have it back to you by Wednesday.",
        "TO MC",
        "back to you",
        "Wednesday",
    ),
    Line(
        "bank phone",
        "I've lost my wallet.",
        "Right, I've frozen both cards, and I'm going to order replacements for you now.",
        "TO",
    ),
    Line(
        "telecom chat",
        "The router keeps rebooting.",
        "I'll take ownership of this until it's fixed, so you won't have to explain it again.",
        "TO",
    ),
    # Deflection.
    Line(
        "retail phone",
        "The item I ordered from your marketplace is fake.",
        "Marketplace items come from third-party sellers, so you'll need to raise that with the "
        "seller.",
        "DF",
    ),
    Line(
        "bank e-mail",
        "A shop overcharged me on my card.",
        "Disputes with a shop aren't something we get involved in. You should contact the shop.",
        "DF",
    ),
    Line(
        "travel chat",
        "The tour operator cancelled my excursion.",
        "Excursions are run independently, so that one's really not on us.",
        "DF",
    ),
    Line(
        "telecom social",
        "@telco your app won't load on my tablet",
        "We don't support tablets, so there's not much we can do there I'm afraid.",
        "DF",
    ),
    Line(
        "software e-mail",
        "Your competitor's export file won't import.",
        "We don't handle other vendors' formats, but I'll write you a short converter script "
        "and send it over by Thursday.",
        "TO MC",
        "send it over",
        "Thursday",
    ),
    # Policy.
    Line(
        "retail chat",
        "Can I return these earrings?",
        "Pierced jewellery can't be returned for hygiene reasons, but I can offer you a credit "
        "note if they're faulty.",
        "PA",
    ),
    Line(
        "bank chat",
        "Can you increase my credit limit today?",
        "Limit increases can only be reviewed once every six months, but I can set a reminder "
        "and apply for you on the 3rd of June.",
        "PA",
    ),
    Line(
        "travel phone",
        "Can I bring my scooter on board?",
        "Under airline rules mobility scooters must go in the hold. What we can do is have it "
        "brought to the aircraft door when you land.",
        "PA",
    ),
    Line(
        "health e-mail",
        "Can I get my results by email?",
        "For confidentiality reasons results aren't emailed. That's the rule.",
        "BP",
    ),
    Line(
        "telecom phone",
        "Can I add my partner to the account?",
        "No. Only the account holder can do that. Policy.",
        "BP",
    ),
    Line(
        "hotel e-mail",
        "Can we get a refund for the night we didn't stay?",
        "As stated in our booking terms, no refunds are given for early departures.",
        "BP",
    ),
    Line(
        "insurance chat",
        "Why can't I claim for the phone?",
        "The policy excludes accidental damage, and there are no exceptions I can make.",
        "BP",
    ),
    Line(
        "software chat",
        "Is my data stored in the EU?",
        "Yes, our data protection policy keeps all customer data in Frankfurt and Dublin.",
    ),
    # Hand-offs.
    Line(
        "bank phone",
        "I want to talk about my pension.",
        "That's the pensions desk. Transferring you now.",
        "TW",
    ),
    Line(
        "retail e-mail",
        "My complaint from last month was never answered.",
        "Your email has been forwarded to the complaints team.",
        "TW",
    ),
    Line(
        "telecom chat",
        "My landline number is being ported and it's failed.",
        "I'll have to hand you over to the porting team for that one.",
        "TW",
    ),
    Line(
        "travel chat",
        "I need help with a group booking of 20.",
        "I'll hand this to our groups team, and I'll email you their direct line before you "
        "log off so you're never left waiting.",
        "TO MC",
        "email you",
        "before you log off",
    ),
    Line(
        "health phone",
        "I need to rearrange my physio.",
        "I'll put you through to physio now — I'll stay on until someone picks up.",
        "TO",
    ),
    # Blame.
    Line(
        "utilities e-mail",
        "Why is my bill so high?",
        "The high bill is down to you not sending a meter reading for eight months.",
        "BC",
    ),
    Line(
        "software forum",
        "The build fails on my machine.",
        "Works fine here. You must have changed something in your setup.",
        "BC",
    ),
    Line(
        "retail chat",
        "The parcel went to my old address.",
        "You didn't update your address before placing the order.",
        "BC",
    ),
    Line(
        "travel e-mail",
        "My visa was refused at the border.",
        "Checking visa requirements is the passenger's responsibility, as you agreed when you "
        "booked.",
        "BC",
    ),
    Line(
        "bank chat",
        "I didn't get a text code.",
        "You should have had one within a minute; I'll send a fresh code now.",
        "TO",
    ),
    # Minimising.
    Line(
        "telecom phone",
        "I'm beside myself, I've missed two job interviews because of this phone.",
        "Look, it's a phone, not the end of your career.",
        "MF",
    ),
    Line(
        "retail chat",
        "I'm so disappointed, the birthday balloons arrived flat.",
        "They're only balloons, to be honest.",
        "MF",
    ),
    Line(
        "bank phone",
        "I'm panicking, my salary hasn't arrived.",
        "Calm down, it's probably just late.",
        "MF",
    ),
    Line(
        "health chat",
        "I'm frightened of needles.",
        "Lots of people are, and that's completely understandable. We can use numbing cream.",
    ),
    Line(
        "hotel e-mail",
        "Is your spa quiet on weekdays?",
        "Very — weekday mornings are our calmest time.",
    ),
    # Non-apologies, and real apologies.
    Line(
        "retail e-mail",
        "The sofa you delivered is the wrong colour.",
        "We apologise if there has been any confusion about the colour.",
        "NA",
    ),
    Line(
        "travel social",
        "@air lost my bag AGAIN",
        "We're sorry you're unhappy with our baggage service.",
        "NA",
    ),
    Line(
        "telecom e-mail",
        "Your advisor hung up on me.",
        "I'm sorry you felt the advisor ended the call abruptly.",
        "NA",
    ),
    Line(
        "software chat",
        "You broke my integration with the last release.",
        "I'm sorry — that release should have been tested against your setup, and it wasn't.",
    ),
    Line(
        "bank e-mail",
        "I was kept on hold for an hour.",
        "Sorry for the long wait, that's far longer than it should be.",
    ),
    # Rudeness.
    Line(
        "telecom chat",
        "Can you go over the cancellation steps again?",
        "I've explained it twice now. Try keeping up.",
        "RL",
    ),
    Line(
        "retail phone",
        "I want a refund now!",
        "Don't take that tone with me.",
        "RL",
    ),
    Line(
        "software forum",
        "How do I reset my API key?",
        "RTFM. It's in the docs.",
        "RL",
    ),
    Line(
        "hotel phone",
        "The wifi is terrible.",
        "Not my problem, mate.",
        "RL DF",
    ),
    Line(
        "bank chat",
        "This bank is a bloody joke.",
        "I hear you — a bloody joke is exactly how this week must have felt. Let me fix the "
        "payment now.",
        "TO",
    ),
    Line(
        "travel chat",
        "Is it a stupid idea to book the late flight?",
        "Not stupid at all — the late flight is usually quieter.",
    ),
    # None.
    Line(
        "utilities chat",
        "What's my account number?",
        "It's on the top right of your bill, starting with 85.",
    ),
    Line(
        "retail chat",
        "Do you have this in a size 8?",
        "We do — there are three left in the Manchester store.",
    ),
    Line(
        "health e-mail",
        "What time does the pharmacy open on Saturday?",
        "Nine till one on Saturdays.",
    ),
    Line(
        "telecom chat",
        "How do I check my data usage?",
        "Dial *100# or open the app, and it's on the home screen.",
    ),
    Line(
        "travel chat",
        "Can I pick my seat?",
        "Yes, seat selection opens 48 hours before departure in Manage Booking.",
    ),
    Line(
        "bank chat",
        "Thanks, that's everything.",
        "Great, have a good afternoon!",
    ),
    Line(
        "software chat",
        "Is there a dark mode?",
        "There is: Settings > Appearance > Theme.",
    ),
    Line(
        "insurance phone",
        "Does my policy cover my bike?",
        "It does, up to £1,000 away from home.",
    ),
    Line(
        "hotel chat",
        "Can I have extra towels?",
        "Of course, there are spare ones in the wardrobe too.",
    ),
]


def test_the_block_is_new() -> None:
    assert_new(BLOCK, *blocks_before(3))


#: Floors a little under the first read recorded in the docstring (non_apology under the
#: second, which rose); where a read is 0.0 the floor holds only the precision (see the
#: test below).
FLOORS = {
    "takes_ownership": 0.85,
    "makes_commitment": 0.72,
    "deflects": 0.5,
    "explains_policy_with_alternative": 0.75,
    "blames_policy": 0.6,
    "transfers_without_ownership": 0.7,
    "blames_customer": 0.6,
    "minimises_feelings": 0.45,
    "non_apology": 0.45,
    "rude_language": 0.0,
}


@pytest.mark.parametrize("behaviour", FLOORS)
def test_each_behaviour_holds_its_floor_on_the_unread_block(behaviour: str) -> None:
    assert_floor(BLOCK, behaviour, FLOORS[behaviour])


def test_commitments_say_what_was_promised_and_by_when() -> None:
    assert_commitments_read(BLOCK, 7)


@pytest.mark.parametrize("behaviour", ALL_BREAKERS)
def test_no_breaker_fires_wrongly_on_the_unread_block(behaviour: str) -> None:
    wrong = [
        line.text
        for line, found in zip(BLOCK, fired(behaviour), strict=True)
        if found and not line.shows(behaviour)
    ]
    assert wrong == []


def fired(behaviour: str) -> list[bool]:
    """Whether `behaviour`'s detector fires on each line of the block."""
    return [bool(detect(line.text, line.context, behaviours=[behaviour])) for line in BLOCK]
