"""A seventh fresh check for `acknowledges_feelings`, in two styles no block has covered
yet: emotional-support chats (a volunteer listener answering someone who writes in at
night, typed in lower case, short lines, warmth and validation) and service e-mails (an
agent's formal reply to a customer who wrote in upset: the courtesy formulas of a
letter, regret for the process, the hope that "this email finds you well").

Rows written for this test and labelled before the detector read any of them; not taken
from any labelled corpus. Labels follow `test_feelings_fresh2.py`: a reply acknowledges
feelings when it names or meets a feeling the other person showed or lives through. Not:
a letter's courtesy formulas, regret for an inconvenience, an apology for the company's
own fault with no feeling of the customer's met, a question or advice that names no
feeling, and the helper's own feelings about something else.

First read and the read of the session's starting rules (commit 32dd22e) of the same
block: 29 of 30 found, 1 false alarm: P 0.97 R 0.97 F1 0.967, the starting rules the
same. Missed: a feeling named in an embedded exclamation after a statement ("…, and how
guilty you're feeling tonight"): the phrase families knew "how" and a feeling only
after "I can see / hear / tell", and "guilty" was not among the feelings they name.
Taken: "sorry to hear the boiler's playing up again", which this block labelled a
service courtesy, while the project's standing rule (`test_feelings_sympathy.py`) counts
a "sorry to hear" that says what it is sorry about as sympathy whatever came before;
the row keeps its label and the rule stands (a one-row disagreement, not a kind).

Mended by kind: "how" and a feeling, then its subject and verb ("how guilty you're
feeling", "how lonely you've been", "how scared you must be") names the feeling
anywhere, not only after a verb of perceiving (a question inverts: "how guilty do you
feel?" is not it); "how much this hurts / it weighs on you" likewise; "guilty",
"hopeless", "powerless", "worthless" join the feelings the phrases name (`@felt`). Then
30 of 30, one false alarm (F1 0.984). Dev acknowledges_feelings 0.8423 before and after
(no row changed); judge set unchanged.

A second block (`BLOCK_2`, 40 pairs, written after that mend, the same two styles):
first read 16 of 20 found, 1 false alarm: P 0.94 R 0.80 F1 0.865, the starting rules
the same. Missed: a loss as "a real hole" left in them, "would crush anyone" (the
validation frames knew "make anyone feel…" only), an exclamation put as a question
("how good must that have felt") and "how happy you are" (the block-one frame took
only the feelings of `@felt`, where "happy" is left out because service talk uses it
for willingness). Taken: "we apologise for any embarrassment caused", a formula of
regret by this block's label. Mended by kind: "would/could… crush, floor, upset, shake…
anyone"; "how <word> must that have felt / been" (not "how long", "how much"…); "happy",
"pleased", "glad", "sad" in the "how … you're" frame only. Then 19 of 20, one false
alarm (F1 0.950). Left: the idiom of a hole left by a loss, and the formula. Dev 0.8423
unchanged.
"""

from __future__ import annotations

import pytest

from .test_feelings_fresh2 import Case, acknowledged, feelings_scores

#: Written and labelled first, read once by the rules of the moment and by the
#: session's starting rules (32dd22e).
BLOCK: list[Case] = [
    # emotional-support chats: acknowledgements
    (
        "support_chat",
        "i cant stop crying, my nan died on sunday and everyone expects me to be fine",
        "oh i'm so sorry about your nan. of course you're not fine, it's only been a few days",
        True,
    ),
    (
        "support_chat",
        "i feel like such a failure, i got rejected from another job today",
        "that's the kind of day that knocks the wind out of anyone. rejection stings.",
        True,
    ),
    (
        "support_chat",
        "my flatmates never include me in anything and i just sit in my room",
        "that sounds really lonely, being in a full house and still feeling left out",
        True,
    ),
    (
        "support_chat",
        "i'm scared to go to sleep because the nightmares keep coming back",
        "no wonder you're dreading bedtime, that's frightening to go through night after night",
        True,
    ),
    (
        "support_chat",
        "i finally told my parents i'm gay and they were actually ok with it!!",
        "that's wonderful, i'm so happy for you! what a relief that must be",
        True,
    ),
    (
        "support_chat",
        "everything is just too much right now, work, money, my mum being ill",
        "it makes total sense that you feel overwhelmed with all of that landing at once",
        True,
    ),
    (
        "support_chat",
        "i snapped at my kids again tonight and now i feel awful",
        "it's clear how much you care about them, and how guilty you're feeling tonight",
        True,
    ),
    (
        "support_chat",
        "i've been clean for 30 days today",
        "30 days! that's huge, you should be really proud of yourself",
        True,
    ),
    (
        "support_chat",
        "nobody at school talks to me since the rumour went round",
        "ugh, that's horrible. being shut out like that hurts so much",
        True,
    ),
    (
        "support_chat",
        "i don't know why i'm even messaging, nothing will change",
        "i'm really glad you reached out tonight. it sounds like you're feeling pretty hopeless",
        True,
    ),
    (
        "support_chat",
        "my dog had to be put down this morning",
        "oh no, i'm so sorry. losing a dog is losing a family member, it's heartbreaking",
        True,
    ),
    (
        "support_chat",
        "i keep thinking everyone secretly hates me",
        "that must be exhausting, carrying that worry around all the time",
        True,
    ),
    (
        "support_chat",
        "my partner left and took the car, i'm stuck out here with no way to get to work",
        "what a horrible position to be left in. you must be so angry and worried",
        True,
    ),
    (
        "support_chat",
        "the anxiety is so bad i couldn't get on the bus today",
        "that sounds so frustrating, especially when you'd planned the trip",
        True,
    ),
    (
        "support_chat",
        "i passed my driving test on the fourth go!!!",
        "yesss congratulations!! you must be over the moon",
        True,
    ),
    # emotional-support chats: look-alikes
    (
        "support_chat",
        "i can't sleep and my head won't switch off",
        "have you tried writing things down before bed? some people find it helps",
        False,
    ),
    (
        "support_chat",
        "my sister and i had a massive row about mum's care",
        "what was the row about?",
        False,
    ),
    (
        "support_chat",
        "i think i need to talk to someone properly",
        "the number for the local talking therapies service is 0300 123 4567",
        False,
    ),
    (
        "support_chat",
        "i've been feeling low for weeks",
        "how long has it been exactly, would you say?",
        False,
    ),
    (
        "support_chat",
        "hi, is anyone there?",
        "hi, yes, i'm here. this is a safe space to talk. what's on your mind?",
        False,
    ),
    (
        "support_chat",
        "i don't want to go to the party on saturday",
        "is there a reason you'd rather not go?",
        False,
    ),
    (
        "support_chat",
        "my exams start on monday",
        "which subject is first?",
        False,
    ),
    (
        "support_chat",
        "i'm going to try the breathing thing you mentioned",
        "great, breathe in for four, hold for four, and out for six",
        False,
    ),
    (
        "support_chat",
        "i just need to vent for a minute",
        "go ahead, take as long as you need",
        False,
    ),
    (
        "support_chat",
        "my therapist moved away and i have to start again with someone new",
        "you can ask your gp to refer you to the new service, it usually takes about two weeks",
        False,
    ),
    (
        "support_chat",
        "i've got a job interview tomorrow",
        "what's the job?",
        False,
    ),
    (
        "support_chat",
        "i think i'm ok now, thanks for listening",
        "you're welcome. you can message again any time, we're open until 2am",
        False,
    ),
    (
        "support_chat",
        "my mum keeps asking when i'll move out",
        "where are you living at the moment?",
        False,
    ),
    (
        "support_chat",
        "i've started running again",
        "running is a good way to clear your head, try to build up slowly though",
        False,
    ),
    (
        "support_chat",
        "can i ask you something personal",
        "sure, though i'm a volunteer so i can't share much about myself",
        False,
    ),
    # service e-mails: acknowledgements
    (
        "email",
        "This is the third time I have written about the leak and I am at the end of my "
        "tether. My daughter has asthma and the damp is making her ill.",
        "Dear Ms Lowe, I can only imagine how worrying it is to watch the damp affect "
        "your daughter's health, and how exhausting it must be to keep chasing us.",
        True,
    ),
    (
        "email",
        "I am deeply disappointed. The wedding cake arrived collapsed and we had nothing "
        "to serve our guests.",
        "Dear Mr and Mrs Ahmed, I am so sorry that your wedding day was spoiled in this "
        "way. I understand how upsetting and embarrassing that must have been in front of "
        "your guests.",
        True,
    ),
    (
        "email",
        "I'm writing because my late husband's account is still sending him letters and "
        "every one of them is like a punch in the stomach.",
        "Dear Mrs Carter, please accept my condolences. Receiving those letters must be "
        "incredibly painful, and I am sorry we added to your grief.",
        True,
    ),
    (
        "email",
        "Your engineer didn't turn up AGAIN. I took another day off work for nothing.",
        "Hi Tom, you have every right to be furious. Losing a second day's pay because we "
        "didn't show up is not acceptable.",
        True,
    ),
    (
        "email",
        "I was so nervous about switching banks but your team made it painless. Thank you!",
        "Dear Priya, it's lovely to hear that the switch went smoothly and that your "
        "nerves were put to rest. We're delighted for you.",
        True,
    ),
    (
        "email",
        "I have been on hold for two hours over three days. I am beyond frustrated.",
        "Dear Mr Okafor, I completely understand your frustration; two hours on hold "
        "would try anyone's patience.",
        True,
    ),
    (
        "email",
        "The hotel cancelled our booking the night before our anniversary trip.",
        "Dear Sam, what a disappointing way to start your anniversary. I'm sorry, that "
        "must have been a real blow after all your planning.",
        True,
    ),
    (
        "email",
        "I'm worried sick. My son's passport still hasn't come and we fly on Friday.",
        "Dear Mrs Byrne, I appreciate how anxious you must be with the flight so close.",
        True,
    ),
    (
        "email",
        "I feel completely let down by your company after twelve years as a customer.",
        "Dear Mr Singh, I'm truly sorry that you feel let down, and after twelve years "
        "of loyalty that disappointment is entirely understandable.",
        True,
    ),
    (
        "email",
        "I'm embarrassed to ask, but I can't pay this month's bill. I lost my job.",
        "Dear Alex, there's no need to feel embarrassed at all, and I'm sorry to hear "
        "about your job. It must be a stressful time.",
        True,
    ),
    (
        "email",
        "The new sofa has a tear across the back and I'm really upset, it cost a fortune.",
        "Hello Joan, I'm sorry the sofa arrived damaged. I know how upsetting it is when "
        "something you saved up for isn't right.",
        True,
    ),
    (
        "email",
        "My mother is 92 and was left waiting in the cold for a taxi you never sent.",
        "Dear Mr Hale, I was saddened to read what happened to your mother. It must have "
        "been very distressing for you both.",
        True,
    ),
    (
        "email",
        "We've finally got the keys to our first home and your mortgage team were great.",
        "Dear Lucy and Dan, congratulations on your first home! We're thrilled for you both.",
        True,
    ),
    (
        "email",
        "I'm at my wits' end with the noise from the building works next door.",
        "Dear Ms Patel, months of drilling would wear anyone down, and I'm sorry it has "
        "gone on for so long.",
        True,
    ),
    (
        "email",
        "I've been crying all morning. The photos from the shoot are all corrupted.",
        "Dear Hannah, I'm so sorry. Losing photos like that is heartbreaking, and I "
        "understand why you're so upset.",
        True,
    ),
    # service e-mails: look-alikes
    (
        "email",
        "Please can you tell me when my refund will be processed?",
        "Dear Mr Jones, I hope this email finds you well. Your refund was processed on "
        "3 March and should appear within five working days.",
        False,
    ),
    (
        "email",
        "The parcel was delivered to the wrong address.",
        "Dear customer, we apologise for any inconvenience caused. A replacement has been "
        "dispatched today.",
        False,
    ),
    (
        "email",
        "Your website kept crashing when I tried to pay.",
        "Hi Sara, sorry for the delay in getting back to you. The payment page was "
        "updated yesterday and should now work on all browsers.",
        False,
    ),
    (
        "email",
        "I want to cancel my subscription.",
        "Dear Mr Brown, we're sad to see you go. Your subscription will end on 30 April.",
        False,
    ),
    (
        "email",
        "Can I change the delivery date?",
        "Hello Ann, happy to help! I've moved it to Thursday 14th. Please don't hesitate "
        "to contact us if you need anything else.",
        False,
    ),
    (
        "email",
        "The invoice shows the wrong VAT number.",
        "Dear Ms Clark, thank you for bringing this to our attention. A corrected invoice "
        "is attached.",
        False,
    ),
    (
        "email",
        "I was overcharged by £40 on my last bill.",
        "Dear Mr Ali, we regret that an error occurred on your account. The £40 has been "
        "credited back and will show on your next statement.",
        False,
    ),
    (
        "email",
        "Is the blue version coming back in stock?",
        "Hi Ben, we're excited to say the blue one returns next month! You can sign up "
        "for a reminder on the product page.",
        False,
    ),
    (
        "email",
        "My order arrived two days late.",
        "Dear Mrs Green, we understand that you would like compensation for the delay. "
        "Under our terms, deliveries within five days are on time.",
        False,
    ),
    (
        "email",
        "I'd like a copy of my contract please.",
        "Dear Mr Lee, thank you for your patience while we located this. Please find "
        "your contract attached.",
        False,
    ),
    (
        "email",
        "The boiler is making a banging noise again.",
        "Hi Karen, sorry to hear the boiler's playing up again. An engineer can visit "
        "on Tuesday between 8am and 12pm; please reply to confirm.",
        False,
    ),
    (
        "email",
        "Why was my account suspended?",
        "Dear customer, your account was suspended because three payments were missed. "
        "We'd be glad to set up a payment plan.",
        False,
    ),
    (
        "email",
        "Your driver was rude to me at the door.",
        "Dear Mr Fox, thank you for your feedback. We take all complaints seriously and "
        "have passed this to the delivery manager.",
        False,
    ),
    (
        "email",
        "I haven't received my loyalty points.",
        "Dear Olivia, apologies for the oversight. The 500 points have now been added to "
        "your account.",
        False,
    ),
    (
        "email",
        "Can you send me the manual for the blender?",
        "Hi Raj, I hope you're having a lovely week! The manual is attached as a PDF.",
        False,
    ),
]


#: Written after the block above was mended, in the same two styles; labelled first and
#: read once by the rules of the moment and by the session's starting rules (32dd22e).
BLOCK_2: list[Case] = [
    # emotional-support chats: acknowledgements
    (
        "support_chat",
        "i failed my driving test again",
        "ah no, that's gutting after all that practice",
        True,
    ),
    (
        "support_chat",
        "i'm so angry at myself for relapsing",
        "i can hear how hard you're being on yourself tonight",
        True,
    ),
    (
        "support_chat",
        "my best friend moved to australia today",
        "saying goodbye like that must leave a real hole",
        True,
    ),
    (
        "support_chat",
        "i got the flat!!! keys on friday",
        "amazing news, you must be buzzing!",
        True,
    ),
    (
        "support_chat",
        "i feel numb, like nothing matters",
        "that numbness sounds really frightening to live with",
        True,
    ),
    (
        "support_chat",
        "he said i was useless and i believed him",
        "hearing that from someone you love would crush anyone",
        True,
    ),
    (
        "support_chat",
        "i'm terrified of the operation next week",
        "it's completely natural to feel scared before surgery",
        True,
    ),
    (
        "support_chat",
        "nobody remembered my birthday",
        "oh, that must have hurt so much",
        True,
    ),
    (
        "support_chat",
        "i finally said no to my boss and the world didn't end",
        "yes! how good must that have felt",
        True,
    ),
    (
        "support_chat",
        "i can't stop worrying about money",
        "money worries are so draining, especially when they follow you to bed",
        True,
    ),
    # emotional-support chats: look-alikes
    (
        "support_chat",
        "i can't focus on revision",
        "do you revise at home or in the library?",
        False,
    ),
    ("support_chat", "my mum's in hospital", "which hospital is she in?", False),
    (
        "support_chat",
        "i want to get fitter",
        "a short walk every day is a good place to start",
        False,
    ),
    ("support_chat", "are you a real person?", "yes, i'm a trained volunteer", False),
    (
        "support_chat",
        "i think i'll call my sister",
        "ok, you can come back here any time after",
        False,
    ),
    (
        "support_chat",
        "i've been journaling like you said",
        "what sort of things have you been writing about?",
        False,
    ),
    (
        "support_chat",
        "i start my new job monday",
        "what will you be doing there?",
        False,
    ),
    (
        "support_chat",
        "my therapist says i should exercise more",
        "what kind of exercise do you enjoy?",
        False,
    ),
    (
        "support_chat",
        "can you give me the number for the gp out of hours",
        "it's 111, any time day or night",
        False,
    ),
    (
        "support_chat",
        "i moved back in with my parents",
        "how far is that from your work?",
        False,
    ),
    # service e-mails: acknowledgements
    (
        "email",
        "I'm furious. Nobody told me the flight time had changed and we missed it.",
        "Dear Mr Reeve, I'm very sorry. Missing your flight because we failed to tell "
        "you must have been infuriating.",
        True,
    ),
    (
        "email",
        "I've been so anxious waiting to hear about my claim.",
        "Dear Ms Barr, I understand how anxious the wait has made you, and I'm sorry it "
        "has taken this long.",
        True,
    ),
    (
        "email",
        "My grandson's present never arrived and he was in tears.",
        "Hello Mrs Cole, I'm so sorry, it must have been heartbreaking to see him so upset "
        "on his birthday.",
        True,
    ),
    (
        "email",
        "I'm delighted with the new kitchen, your fitters were brilliant.",
        "Dear Mr Amin, it's wonderful to hear how happy you are with the new kitchen!",
        True,
    ),
    (
        "email",
        "This is the fourth email I've sent and I'm losing the will to live.",
        "Dear Jo, I completely understand how exhausting it is to keep writing to us "
        "without an answer.",
        True,
    ),
    (
        "email",
        "I am mortified. I sent the payment to the wrong account.",
        "Dear Mr Pike, please don't feel embarrassed, it happens more than you'd think, "
        "and I know how worrying it is.",
        True,
    ),
    (
        "email",
        "After my wife's death I can't face sorting out the accounts.",
        "Dear Mr Hall, I'm deeply sorry for your loss. It's understandable that this "
        "feels like too much right now.",
        True,
    ),
    (
        "email",
        "The removal men broke my grandmother's mirror. It can't be replaced.",
        "Dear Ms Shaw, I'm so sorry. Losing something with that much meaning is "
        "devastating, and no payment puts that right.",
        True,
    ),
    (
        "email",
        "I'm stressed out of my mind, the mortgage offer expires on Friday.",
        "Dear Tara, I can see how stressful this deadline is for you.",
        True,
    ),
    (
        "email",
        "Thank you so much, I was so worried I'd lose my deposit.",
        "Dear Mr Lowe, what a relief that must be. I'm glad we could put your mind at rest.",
        True,
    ),
    # service e-mails: look-alikes
    (
        "email",
        "When does my contract end?",
        "Dear Mr Cope, your contract ends on 31 August. I hope this helps.",
        False,
    ),
    (
        "email",
        "The heater you sent doesn't turn on.",
        "Hello Ian, sorry for the trouble. Please try holding the power button for five seconds.",
        False,
    ),
    (
        "email",
        "I'd like an invoice for my records.",
        "Dear Ms Wade, please find your invoice attached. Kind regards.",
        False,
    ),
    (
        "email",
        "Your advert was misleading.",
        "Dear customer, we are sorry you feel that way. Our adverts comply with all regulations.",
        False,
    ),
    (
        "email",
        "Can I bring my dog to the hotel?",
        "Hi Maya, we'd be happy to welcome your dog! There's a £15 cleaning fee per stay.",
        False,
    ),
    (
        "email",
        "My bank card was declined at your till.",
        "Dear Mr Kerr, we apologise for any embarrassment caused. Card payments are "
        "processed by a third party.",
        False,
    ),
    (
        "email",
        "The gym was too crowded last night.",
        "Dear member, thank you for your feedback. Evenings between 6 and 8 are our busiest times.",
        False,
    ),
    (
        "email",
        "Please stop sending me marketing emails.",
        "Dear Ms Lyons, we've removed you from our mailing list. We're sorry to see you go.",
        False,
    ),
    (
        "email",
        "I need to change my surname after my wedding.",
        "Dear Mrs Moss, please send us a copy of your marriage certificate.",
        False,
    ),
    (
        "email",
        "Is the sale still on?",
        "Hi Tom, we're excited to tell you the sale runs until Sunday!",
        False,
    ),
]


def test_the_block_is_half_acknowledgements_in_its_two_styles() -> None:
    assert len(BLOCK) == 60
    assert sum(expected for *_, expected in BLOCK) == 30
    assert {setting for setting, *_ in BLOCK} == {"support_chat", "email"}


def test_the_block_holds_its_floor() -> None:
    scores = feelings_scores(BLOCK)
    assert scores.precision >= 0.95, scores.summary()
    assert scores.recall >= 0.95, scores.summary()
    assert scores.f1 >= 0.96, scores.summary()


def test_the_second_block_is_half_acknowledgements_and_holds_its_floor() -> None:
    assert len(BLOCK_2) == 40
    assert sum(expected for *_, expected in BLOCK_2) == 20
    assert {setting for setting, *_ in BLOCK_2} == {"support_chat", "email"}
    assert not {text for _, _, text, _ in BLOCK_2} & {text for _, _, text, _ in BLOCK}
    scores = feelings_scores(BLOCK_2)
    assert scores.precision >= 0.93, scores.summary()
    assert scores.recall >= 0.93, scores.summary()
    assert scores.f1 >= 0.93, scores.summary()


#: (the other person's turn, the reply, acknowledged?): the kinds this block mended and
#: their look-alikes.
KINDS: dict[str, tuple[str, str, bool]] = {
    "how and a feeling after a statement": (
        "I missed my son's school play because of a late shift.",
        "You clearly try hard for him, and I can only guess how guilty you felt.",
        True,
    ),
    "how lonely they have been": (
        "Since the divorce the weekends are so quiet.",
        "The quiet weekends, and how lonely you've been since.",
        True,
    ),
    "how much it hurts": (
        "My best friend didn't invite me to her wedding.",
        "I can hear how much that hurts.",
        True,
    ),
    "how much it weighs on them": (
        "I still think about the accident every day.",
        "It's clear how much it still weighs on you.",
        True,
    ),
    "something that would crush anyone": (
        "My husband forgot our anniversary for the third year running.",
        "Being forgotten like that would floor anyone.",
        True,
    ),
    "an exclamation put as a question": (
        "I ran my first half marathon today!",
        "Wow, how proud must that have felt at the finish line!",
        True,
    ),
    "how happy they are": (
        "The new hearing aids are brilliant, I can hear the birds again.",
        "It's lovely to hear how happy you are with them.",
        True,
    ),
    "how long it must take, not a feeling": (
        "The roadworks outside my house have been going on for weeks.",
        "How long must it take to resurface one road?",
        False,
    ),
    "happy to wait, not a feeling": (
        "I don't mind waiting for the next delivery slot.",
        "Thanks, I can see you're happy to wait until Thursday.",
        False,
    ),
    "a question of degree, not a feeling named": (
        "I lied to my manager about being ill.",
        "How guilty do you feel about it now?",
        False,
    ),
    "how busy, not a feeling": (
        "I work two jobs and look after my dad.",
        "I know how busy you are, so I'll keep this short.",
        False,
    ),
    "how much it costs": (
        "Is the repair expensive?",
        "I'll check how much it costs and come back to you.",
        False,
    ),
}


@pytest.mark.parametrize(("context", "text", "expected"), KINDS.values(), ids=KINDS)
def test_the_mended_kinds_and_their_look_alikes(context: str, text: str, expected: bool) -> None:
    assert acknowledged(context, text) is expected
