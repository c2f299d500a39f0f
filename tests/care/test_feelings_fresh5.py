"""A fifth fresh check for `acknowledges_feelings`: feelings named as nouns, idioms, and
the politeness that only sounds like a feeling.

Replies written for this test, each with the other person's turn before it, half from
service chat, e-mail, phone and social-media care, half from peer support and everyday
talk. Not taken from any labelled corpus. Earlier rounds read feeling *words* in frames
(`care.affect`); the misses they left were feelings named as nouns ("it's a grief people
don't talk about", "the stress of it", "that kind of loneliness") and idioms that carry a
feeling without a feeling word ("you've been through the wringer", "you must be over the
moon"). This round added both to `care.affect`, as vocabularies in frames of their own:
feeling nouns after "that kind of", "the … of it", "it's a …" and "that … must" (the
last for negative nouns only), and idioms after a word that aims them at the other
person ("you've been…", "that's…", "what…"), none of the speaker's own words between.

Not an acknowledgement: the agent's own feelings as politeness ("I'm happy to help",
"I'm afraid that's not possible", "glad you asked"), an apology for the service ("sorry
for the wait"), attending rather than siding ("I'm with you now"), minimising ("calm
down", "just don't think about it"), a feeling word about a thing ("the export code is in
a sad state"), and the speaker's own story. A sympathy token ("oh dear", "oh no") counts
when it meets the other person's trouble; one that reacts to the agent's own screen or
system ("oh dear, the system's being slow for me") is not aimed at them and does not.

Each block was labelled before the detector read it. FIRST READS are given against the
rules of the moment and against the rules this session started with (commit f21f09b).
"""

from __future__ import annotations

import pytest

from legendary.care.affect import affect_spans

from .test_feelings_fresh2 import Case, acknowledged, assert_balanced, feelings_scores

#: Written and labelled first, read once by the session's starting rules.
FIRST_BLOCK: list[Case] = [
    (
        "chat",
        "My salary hasn't gone in and rent is due tomorrow.",
        "That's really worrying when it's your wages, let me look at the payment now.",
        True,
    ),
    (
        "phone",
        "I've been going round in circles with your billing team for a month.",
        "I can hear how frustrating this has been for you.",
        True,
    ),
    (
        "email",
        "The courier finally found the parcel, it's arrived safe and sound!",
        "What a relief that must be after all the back and forth.",
        True,
    ),
    (
        "chat",
        "They charged me a cancellation fee for a flight THEY cancelled.",
        "Honestly, I'd be annoyed too. I'll get that fee reversed.",
        True,
    ),
    (
        "social",
        "Three weeks and my wheelchair still hasn't been repaired.",
        "Three weeks without your chair is a huge strain, and I'm sorry it's dragged on.",
        True,
    ),
    (
        "chat",
        "I got the mortgage approved this morning!",
        "That's wonderful news, you must be over the moon.",
        True,
    ),
    (
        "phone",
        "My mum's direct debit bounced and she's been panicking about it all weekend.",
        "The stress of it all weekend, on top of everything else, I completely understand.",
        True,
    ),
    (
        "email",
        "I've had to call in sick twice to wait for engineers who never came.",
        "You've been through the wringer with this, and I want to put it right today.",
        True,
    ),
    (
        "chat",
        "I lost my father last month and need to close his account.",
        "I'm so sorry for your loss. I'll take care of the paperwork with you step by step.",
        True,
    ),
    (
        "phone",
        "I'm at my wits' end with this router.",
        "That sounds exhausting, let's get it sorted together.",
        True,
    ),
    (
        "social",
        "Been stuck on the tarmac for two hours with a toddler.",
        "Two hours on the tarmac with a little one sounds like an ordeal, we're so sorry.",
        True,
    ),
    (
        "chat",
        "Finally got my refund, thank you so much!",
        "Brilliant, so pleased it came through for you!",
        True,
    ),
    (
        "email",
        "I was really embarrassed when my card got refused at the restaurant.",
        "Nobody should have to feel that kind of embarrassment in front of friends.",
        True,
    ),
    (
        "chat",
        "Can I change my delivery to Thursday?",
        "I'm happy to help with that, Thursday is free.",
        False,
    ),
    (
        "phone",
        "Could I get a refund on the upgrade?",
        "I'm afraid that's not possible after thirty days, but I can offer a credit.",
        False,
    ),
    (
        "chat",
        "Why does the app need my location?",
        "Glad you asked! It uses it to find your nearest store.",
        False,
    ),
    (
        "email",
        "I've been waiting twenty minutes on this chat.",
        "Sorry for the wait, I'm with you now. What's the order number?",
        False,
    ),
    (
        "phone",
        "This is absolutely ridiculous, I want my money back now!",
        "Calm down please, shouting won't get it processed any faster.",
        False,
    ),
    (
        "chat",
        "The export keeps timing out.",
        "Yeah, the export code is in a sad state, engineering are rewriting it.",
        False,
    ),
    (
        "chat",
        "My order number is 44821.",
        "Oh dear, the system's being slow for me this morning, bear with me.",
        False,
    ),
    (
        "email",
        "I'd like to know when my replacement card will arrive.",
        "Your replacement card was posted on Monday and should arrive within five working days.",
        False,
    ),
    (
        "social",
        "Is the Manchester store open on bank holidays?",
        "It is! 10 till 4 on bank holidays.",
        False,
    ),
    (
        "phone",
        "I've been charged twice for the same order.",
        "I can see both charges here. I'll refund the second one now.",
        False,
    ),
    (
        "chat",
        "Will the sale price apply to pre-orders?",
        "Great question, yes it applies to pre-orders too.",
        False,
    ),
    (
        "email",
        "The heater you sent is making a strange noise.",
        "That's a known fault with that batch, we'll send a replacement.",
        False,
    ),
    (
        "peer support",
        "My dog died yesterday and the house feels so empty.",
        "It's a grief people don't always take seriously, but losing a dog is losing family.",
        True,
    ),
    (
        "peer support",
        "I moved to a new city and haven't made a single friend in six months.",
        "That kind of loneliness wears you down, and it's not a failing on your part.",
        True,
    ),
    (
        "everyday",
        "I finally told my parents I'm gay and they hugged me.",
        "Oh that's amazing, I'm so happy for you!",
        True,
    ),
    (
        "peer support",
        "Got clean 90 days today.",
        "90 days! Huge. You should be really proud.",
        True,
    ),
    (
        "peer support",
        "My exam results came back and I failed again.",
        "Ugh, that's such a kick in the teeth after all the work you put in.",
        True,
    ),
    (
        "peer support",
        "My ex is getting married and I keep crying at random moments.",
        "Of course it's hitting you hard, that's a lot to process.",
        True,
    ),
    (
        "peer support",
        "I've had panic attacks every night this week.",
        "Every night? That sounds terrifying, and exhausting on top.",
        True,
    ),
    (
        "peer support",
        "My sister hasn't spoken to me since the funeral.",
        "That silence must hurt so much.",
        True,
    ),
    (
        "peer support",
        "I got into the nursing programme!",
        "Congratulations!! You've worked so hard for this.",
        True,
    ),
    (
        "peer support",
        "Work has been brutal and I have no energy left for my kids.",
        "You're running on empty, and it makes sense that you feel stretched thin.",
        True,
    ),
    (
        "peer support",
        "I got the all clear from my oncologist today.",
        "Best news I've heard all week, I bet you're walking on air.",
        True,
    ),
    (
        "peer support",
        "My landlord is evicting us with two weeks' notice.",
        "Oh no, that's so scary with kids to think about.",
        True,
    ),
    (
        "peer support",
        "I can't stop thinking I'm a burden to everyone.",
        "Have you tried talking to your GP about this?",
        False,
    ),
    (
        "peer support",
        "I've been feeling really low since the breakup.",
        "You should try journaling, it helped me a lot.",
        False,
    ),
    (
        "peer support",
        "My therapist moved away and I'm starting over.",
        "I'm happy to share the name of the person I see, she's good.",
        False,
    ),
    (
        "peer support",
        "I relapsed last night.",
        "Relapse is part of recovery for a lot of people. What's your plan for today?",
        False,
    ),
    (
        "peer support",
        "My boss yelled at me in front of the whole team.",
        "I'm so angry at my own manager this week too, they're all the same.",
        False,
    ),
    (
        "peer support",
        "I feel like nobody at school likes me.",
        "School is a sad place for lots of people, it gets better after.",
        False,
    ),
    (
        "peer support",
        "I've been anxious about my driving test.",
        "Just don't think about it, you'll be fine.",
        False,
    ),
    (
        "peer support",
        "Anyone know a good sleep app?",
        "I use Calm, it's pretty good for wind-down stories.",
        False,
    ),
    (
        "everyday",
        "My cat keeps scratching the sofa.",
        "Get a scratching post and put catnip on it.",
        False,
    ),
    (
        "peer support",
        "I lost my job today.",
        "What field were you in? Maybe I can point you to some listings.",
        False,
    ),
    (
        "peer support",
        "My grandmother is in hospital again.",
        "Which hospital is she in? The one near me has good visiting hours.",
        False,
    ),
    (
        "everyday",
        "I'm so nervous about my first date tonight.",
        "I'm nervous for my own interview tomorrow lol.",
        False,
    ),
    (
        "peer support",
        "I keep failing my maths resits.",
        "Maths is such a depressing subject, I hated it too.",
        False,
    ),
]

#: Each block's floors: precision, recall, F1 (a little under what the rules now score).
FLOORS = {
    "first": (FIRST_BLOCK, 0.9, 0.9, 0.92),
}


@pytest.mark.parametrize(("block", "precision", "recall", "f1"), FLOORS.values(), ids=FLOORS)
def test_each_block_holds_its_floor(
    block: list[Case], precision: float, recall: float, f1: float
) -> None:
    scores = feelings_scores(block)
    assert scores.precision >= precision, scores.summary()
    assert scores.recall >= recall, scores.summary()
    assert scores.f1 >= f1, scores.summary()


def test_the_blocks_are_balanced_and_span_the_settings() -> None:
    assert_balanced([(block, 50) for block, *_ in FLOORS.values()])


#: (the other person's turn, the reply, acknowledged?): the kinds this round added, and
#: their look-alikes. Each True case was missed by the session's starting rules.
KINDS: dict[str, tuple[str, str, bool]] = {
    "a feeling noun after that kind of": (
        "My dad has dementia and doesn't recognise me any more.",
        "That kind of grief, while he's still here, is so hard.",
        True,
    ),
    "the worry of not knowing": (
        "I'm so anxious about the biopsy results.",
        "The worry of not knowing is often the hardest part.",
        True,
    ),
    "it's a feeling noun": (
        "My dog died yesterday and the house feels so empty.",
        "It's a grief people don't always take seriously.",
        True,
    ),
    "an idiom of ordeal in the second person": (
        "I've had three engineers out and it still doesn't work.",
        "You've been through the mill with this one.",
        True,
    ),
    "an idiom of joy after their news": (
        "My son got into university!",
        "You must be over the moon!",
        True,
    ),
    "must hurt with a noun subject": (
        "My sister hasn't spoken to me since the funeral.",
        "That silence must hurt so much.",
        True,
    ),
    "a noun test, not a feeling": (
        "Is the release done?",
        "The stress test failed on the staging server, so not yet.",
        False,
    ),
    "a negated kind of noun": (
        "It's the worst pain I've had.",
        "An infection is not the sort of pain that helps anyone.",
        False,
    ),
    "the speaker's own fear": (
        "How was your week?",
        "The fear of losing my job kept me up all week.",
        False,
    ),
    "an idiom of joy said to sell": (
        "Will the update help with battery life?",
        "You'll be over the moon with the new features.",
        False,
    ),
    "the speaker's own idiom": (
        "Any news on the rollout?",
        "I'm over the moon with the new system, it's so much faster.",
        False,
    ),
    "attending, not siding": (
        "Hello? Is anyone there?",
        "I'm with you now, sorry for the wait.",
        False,
    ),
    "a sympathy token about the agent's own screen": (
        "My order number is 55120.",
        "Oh dear, my screen has frozen, one second.",
        False,
    ),
    "minimising before reassurance": (
        "I've been anxious about my exam.",
        "Just stop worrying about it, you'll be fine.",
        False,
    ),
}


@pytest.mark.parametrize(("context", "text", "expected"), KINDS.values(), ids=KINDS)
def test_nouns_idioms_and_their_look_alikes(context: str, text: str, expected: bool) -> None:
    assert acknowledged(context, text) is expected


def test_a_positive_idiom_or_noun_needs_their_news() -> None:
    assert affect_spans("What a relief that must be.", "The parcel finally arrived!")
    assert not affect_spans("What a relief that must be.", "Can you check my parcel?")
    assert affect_spans("You must be walking on air.", "We got the keys today!")
    assert not affect_spans("You must be walking on air.", "Where is my order?")
