"""Non-apologies and rude language on a fourth blind block, written for the two breakers.

60 new agent turns in the author's own words, each with the customer's previous turn,
labelled before any detector read them. Only `non_apology` (NA) and `rude_language` (RL)
are labelled here, so only those two are measured: 15 non-apologies (an apology whose
object is the customer's feeling, perception or choice rather than the company's act),
15 rude lines (a second-person judgement or dismissal aimed at the customer) and 30 hard
negatives (apologies for the company's act, "sorry you've been kept waiting", empathy
with the feeling, firm but polite refusals, the customer's angry words quoted back,
"you're right, that's not good enough"). Registers: chat, e-mail, phone, social replies
and forums in retail, telecoms, banking, travel, software, utilities and insurance.

Reads (F1; tp/fp/fn):

- First read, the rules as they stood (fe5226b): non_apology 0.500 (5/0/10),
  rude_language 0.500 (5/0/10). The start rules (04bf8b4): the same, 0.500 (5/0/10) and
  0.500 (5/0/10). No breaker fired wrongly; the misses were new wording of the same
  kinds: the customer's belief or choice as the apology's object ("sorry that you
  believe…", "we regret that you chose…"), a feeling with its cause ("apologies that you
  were upset by…"), and judgements or dismissals with no listed phrase ("you clearly
  didn't read…", "can't you look it up yourself?").
- After the fixes by structure (an apology head whose complement is the customer's view,
  choice, reading or feeling, in a turn that owns no act of the company's; a
  second-person judgement of a failing of attention; the customer's time or contact
  dismissed): non_apology 1.000 (15/0/0), rude_language 0.929 (13/0/2). Left: two
  sarcastic lines with no second-person frame ("Wow, what a hard question…", "Have you
  tried using a phone from this decade?"); sarcasm needs more than a phrase rule. The
  development figures read as before (`benchmarks/care_accuracy.py`, all eight equal to
  three decimals), and blocks 1 to 3 keep breaker precision 1.000.
"""

from __future__ import annotations

import pytest

from .test_committed_fresh1 import Line, assert_floor, assert_new, blocks_before, wrong_firings

BLOCK: list[Line] = [
    # Non-apologies: the apology's object is the customer's feeling, view or choice.
    Line(
        "retail chat",
        "This is the third time my order has been wrong.",
        "I'm sorry you see it that way, but our records show it was packed correctly.",
        "NA",
    ),
    Line(
        "telecom e-mail",
        "Your bill is impossible to understand.",
        "Apologies if you were confused by the layout of the bill.",
        "NA",
    ),
    Line(
        "bank chat",
        "I want to close my account, you've been useless.",
        "We regret that you chose to close your account with us.",
        "NA",
    ),
    Line(
        "utility phone",
        "Why did my direct debit go up again?",
        "Sorry, but that's just how it is this year.",
        "NA",
    ),
    Line(
        "travel social",
        "@airline worst flight of my life, no food, no seat.",
        "We're sorry you feel your flight didn't meet expectations.",
        "NA",
    ),
    Line(
        "software forum",
        "The update broke my export. Not happy.",
        "I apologise if you found the new export screen difficult to use.",
        "NA",
    ),
    Line(
        "insurance e-mail",
        "You declined my claim with no explanation.",
        "I'm sorry that you believe the decision was unfair.",
        "NA",
    ),
    Line(
        "hotel chat",
        "The room was filthy when we arrived.",
        "We're sorry you thought the room wasn't up to standard.",
        "NA",
    ),
    Line(
        "retail e-mail",
        "I was charged for delivery I didn't ask for.",
        "Sorry if you felt the delivery charge wasn't made clear.",
        "NA",
    ),
    Line(
        "telecom chat",
        "I've been cut off twice today.",
        "I'm sorry you're unhappy, but there is nothing wrong on our side.",
        "NA",
    ),
    Line(
        "bank phone",
        "Your app logged me out in the middle of a payment.",
        "Apologies that you were upset by the security timeout.",
        "NA",
    ),
    Line(
        "software chat",
        "I lost a whole day's work because of your sync.",
        "We're sorry you decided to turn off automatic backups.",
        "NA",
    ),
    Line(
        "travel e-mail",
        "The tour guide was rude to my mother.",
        "I'm sorry your mother took the guide's comments the wrong way.",
        "NA",
    ),
    Line(
        "utility social",
        "@power three days without heating and nobody cares",
        "Sorry you feel nobody cares. We do our best.",
        "NA",
    ),
    Line(
        "retail forum",
        "The blender broke after a week.",
        "We regret that you were disappointed with your purchase.",
        "NA",
    ),
    # Rude lines: a second-person judgement or dismissal aimed at the customer.
    Line(
        "retail chat",
        "Where's my refund? It's been two weeks.",
        "You clearly didn't read the refund terms before you ordered.",
        "RL",
    ),
    Line(
        "telecom phone",
        "My router keeps restarting.",
        "Do you even know how to plug it in properly?",
        "RL",
    ),
    Line(
        "bank chat",
        "I lost my card abroad and can't get cash.",
        "That's your problem, not ours.",
        "RL",
    ),
    Line(
        "utility phone",
        "Can you explain the standing charge again?",
        "I haven't got all day, I've explained it twice already.",
        "RL",
    ),
    Line(
        "software forum",
        "How do I reset my password?",
        "Wow, what a hard question. Maybe try the button that says 'reset password'.",
        "RL",
    ),
    Line(
        "travel chat",
        "Can I change the name on my ticket?",
        "You obviously never bother to read your booking emails.",
        "RL",
    ),
    Line(
        "insurance phone",
        "I don't understand what my excess is.",
        "It's not rocket science, the excess is what you pay first.",
        "RL",
    ),
    Line(
        "hotel e-mail",
        "Our booking disappeared from your system.",
        "Perhaps if you'd paid attention when you booked, it wouldn't have.",
        "RL",
    ),
    Line(
        "retail social",
        "@shop still no reply to my email!!!",
        "Stop spamming us, you'll get an answer when we get to it.",
        "RL",
    ),
    Line(
        "telecom chat",
        "Why is my bill so high?",
        "Because you never check what you're signing up for, apparently.",
        "RL",
    ),
    Line(
        "bank e-mail",
        "I was told the transfer would be instant.",
        "Honestly, you people never listen to what you're told.",
        "RL",
    ),
    Line(
        "software chat",
        "The app keeps crashing on my phone.",
        "Have you tried using a phone from this decade?",
        "RL",
    ),
    Line(
        "utility chat",
        "I've called five times about this meter.",
        "And you'll call five more times for all the good it does, it won't change anything.",
        "RL",
    ),
    Line(
        "travel phone",
        "Can you check whether the flight is on time?",
        "Can't you look it up yourself? It's on the website.",
        "RL",
    ),
    Line(
        "insurance chat",
        "I need to make a claim, my car was hit.",
        "Calm down and stop wasting my time with the story, just give me the policy number.",
        "RL",
    ),
    # Hard negatives: real apologies for the company's act, empathy, firm refusals.
    Line(
        "retail chat",
        "I've been waiting forty minutes on this chat.",
        "I'm sorry you've been kept waiting so long. I'm here now and I'll sort this out.",
    ),
    Line(
        "telecom e-mail",
        "I had to ring three times to get anyone to call back.",
        "I'm sorry you had to chase us. That shouldn't have happened.",
    ),
    Line(
        "bank chat",
        "You charged me twice for the same payment.",
        "I'm sorry we took the payment twice. I've refunded the second one now.",
    ),
    Line(
        "utility phone",
        "I'm so stressed about this bill.",
        "I can hear how stressful this has been, and I understand why you feel that way.",
    ),
    Line(
        "travel chat",
        "Can I get a refund on a non-refundable fare?",
        "I'm afraid that fare can't be refunded, but I can move it to another date for free.",
    ),
    Line(
        "software forum",
        "Your product is garbage and your support is a joke.",
        "You said our support is a joke, and after the week you've had I understand why.",
    ),
    Line(
        "insurance phone",
        "Nobody told me my policy had lapsed.",
        "You're right, that's not good enough. We should have written to you before it lapsed.",
    ),
    Line(
        "hotel e-mail",
        "The air conditioning didn't work all weekend.",
        "We're sorry the air conditioning failed during your stay; we've refunded one night.",
    ),
    Line(
        "retail social",
        "@shop parcel arrived smashed",
        "So sorry your parcel arrived damaged! DM us your order number and we'll replace it.",
    ),
    Line(
        "telecom chat",
        "I feel like you don't care at all.",
        "I'm sorry we've made you feel that way. You deserved better from us.",
    ),
    Line(
        "bank phone",
        "Can you waive the overdraft fee?",
        "I can't waive it this time, but I can set up a text alert so it doesn't happen again.",
    ),
    Line(
        "software chat",
        "Why did nobody answer my ticket for a week?",
        "I'm sorry you didn't hear from us for a week. That was our mistake.",
    ),
    Line(
        "utility e-mail",
        "I think your meter reading is wrong.",
        "You may well be right. I've asked for a fresh reading and put the bill on hold.",
    ),
    Line(
        "travel phone",
        "This is a disgrace, I missed my connection.",
        "It is a disgrace that the first flight was late. I've rebooked you on the next one.",
    ),
    Line(
        "insurance chat",
        "Why do you need all these documents?",
        "I know it feels like a lot. We need them to pay the claim quickly.",
    ),
    Line(
        "retail chat",
        "I was told I'd get a call back and never did.",
        "Apologies that nobody called you back as promised. I'll call you myself at three.",
    ),
    Line(
        "telecom forum",
        "Do I need to restart the router after the update?",
        "You don't need to restart it; the update applies itself overnight.",
    ),
    Line(
        "bank e-mail",
        "I'm sorry to keep bothering you about this.",
        "You're not bothering us at all. Thank you for sticking with it.",
    ),
    Line(
        "hotel chat",
        "I'm disappointed the pool was closed.",
        "I'm sorry you were disappointed; we should have told you before you booked.",
    ),
    Line(
        "software e-mail",
        "Can you add a dark mode?",
        "It's not on our plan for this year, I'm sorry, but I've logged your vote for it.",
    ),
    Line(
        "utility chat",
        "Your website said the outage would be fixed by noon.",
        "I'm sorry our website gave you the wrong time. Engineers expect power back by four.",
    ),
    Line(
        "travel e-mail",
        "I think I booked the wrong date by mistake.",
        "No problem at all, these things happen. I've moved it to the right date for you.",
    ),
    Line(
        "insurance phone",
        "You people never listen!",
        "I hear you, and I'm listening now. Tell me what happened from the start.",
    ),
    Line(
        "retail forum",
        "Is the warranty two years or one?",
        "It's two years from the date of delivery, so you're still covered.",
    ),
    Line(
        "telecom phone",
        "Can I cancel without paying the exit fee?",
        "Not within the minimum term, I'm afraid, but I can drop you to a cheaper plan today.",
    ),
    Line(
        "bank chat",
        "Your app is confusing, I couldn't find the transfer button.",
        "Sorry the app made that hard to find. It's under Payments, and we're moving it up.",
    ),
    Line(
        "software chat",
        "I deleted the project myself, can you get it back?",
        "Yes, deleted projects stay in the bin for thirty days; I've restored it for you.",
    ),
    Line(
        "hotel social",
        "@hotel you clearly don't care about guests",
        "We do care, and I'm sorry our check-in queue told you otherwise. I'll look into it.",
    ),
    Line(
        "utility phone",
        "I'm fed up of chasing you.",
        "I'm sorry you've had to keep chasing. You won't need to again; I'm keeping the case.",
    ),
    Line(
        "travel chat",
        "Honestly I feel stupid for not checking the visa rules.",
        "You're not stupid at all, the rules changed last month and they're easy to miss.",
    ),
]


def test_the_block_is_new() -> None:
    assert_new(BLOCK, *blocks_before(4))


def test_the_block_holds_what_it_says() -> None:
    counts = {code: sum(code in line.labels.split() for line in BLOCK) for code in ("NA", "RL")}
    assert (len(BLOCK), counts["NA"], counts["RL"]) == (60, 15, 15)


#: Floors a little under the figures after fresh4's fixes (see the docstring).
FLOORS = {"non_apology": 0.95, "rude_language": 0.9}


@pytest.mark.parametrize("behaviour", FLOORS)
def test_each_breaker_holds_its_floor_on_the_block(behaviour: str) -> None:
    assert_floor(BLOCK, behaviour, FLOORS[behaviour])


@pytest.mark.parametrize("behaviour", FLOORS)
def test_no_breaker_fires_wrongly_on_the_block(behaviour: str) -> None:
    assert wrong_firings(BLOCK, behaviour) == []
