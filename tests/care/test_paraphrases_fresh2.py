"""A second fresh check for `paraphrases`: two blind blocks written for it, in service
(retail, telecom, bank, travel, software), counselling and everyday conversation.

Not taken from any labelled corpus, and labelled before the detector saw them. The hard
negatives reuse the customer's words without saying them back: an explanation of how
things work, an answer, a question back, advice, an action, a bare "I understand".

Block 1 (133 rows) was written first and scored with the engine as it stood on 23
November 2026 at 05:15 UTC: P 0.870, R 0.923, F1 0.896. Block 2 (48 rows) was written
after the rules it then led to (conclusions drawn with "so", receipts, turned pronouns,
near-synonyms, explanations) and scored before its errors were read: P 0.815, R 0.917,
F1 0.863 (the earlier engine: 0.840). Those first reads are the honest estimate; the
floors below only stop a later change from sliding back.
"""

from __future__ import annotations

import pytest

from .test_paraphrases_fresh import Case, assert_holds_floors

# Case: (setting, customer's turn, agent's reply, is it a paraphrase?)

REFLECTIONS: list[Case] = [
    (
        "counselling",
        "I keep telling myself I'll cut down on the drinking but then the weekend comes and it "
        "all goes out the window.",
        "So during the week you mean it, and by Saturday the plan has gone.",
        True,
    ),
    (
        "counselling",
        "My wife says I'm drinking too much, but honestly everyone at work drinks more than me.",
        "You don't see it as a problem compared with the people around you.",
        True,
    ),
    (
        "counselling",
        "I've tried the patches twice and both times I was smoking again within a month.",
        "You've given it two real attempts, and it didn't hold either time.",
        True,
    ),
    (
        "counselling",
        "I don't know, part of me wants to quit and part of me really likes having a cigarette "
        "with my coffee.",
        "You're pulled in two directions: you want to stop, and you'd miss that morning cigarette.",
        True,
    ),
    (
        "counselling",
        "My doctor keeps going on about my blood pressure and I'm just sick of hearing it.",
        "You're tired of being lectured about it.",
        True,
    ),
    (
        "counselling",
        "I walk the dog every morning now, and I've lost about four pounds.",
        "The walking is already paying off.",
        True,
    ),
    (
        "counselling",
        "I get really anxious before I have to speak in meetings, my hands shake.",
        "Meetings really bring the nerves on for you.",
        True,
    ),
    (
        "counselling",
        "I only smoke when I'm stressed, which is, well, most days lately.",
        "Stress has been a daily thing lately, and the cigarettes come with it.",
        True,
    ),
    (
        "counselling",
        "I'm here because the court told me to be here.",
        "Coming here wasn't your choice.",
        True,
    ),
    (
        "counselling",
        "I feel like nobody at home notices how much I do.",
        "It sounds like you're carrying a lot and it goes unseen.",
        True,
    ),
    (
        "counselling",
        "I used to run every weekend before the kids came along.",
        "Running used to be a big part of your life.",
        True,
    ),
    (
        "counselling",
        "I don't think I can give up sugar completely, that's just not realistic for me.",
        "Cutting it out altogether feels like too much.",
        True,
    ),
    (
        "counselling",
        "Every time I try to talk to my son about his grades it ends in a shouting match.",
        "Those conversations keep turning into arguments.",
        True,
    ),
    (
        "counselling",
        "I know the weed isn't helping my sleep, but it's the only thing that calms me down.",
        "It's the one thing that settles you, even though you can see what it's doing to your "
        "sleep.",
        True,
    ),
    (
        "counselling",
        "I've been sober for three months and honestly I'm proud of it.",
        "Three months, and you're proud of what you've done.",
        True,
    ),
    (
        "counselling",
        "I'm worried that if I stop drinking I'll lose all my friends.",
        "You're afraid quitting would cost you your social life.",
        True,
    ),
    (
        "counselling",
        "Work has been crazy and I just haven't had time to cook, so it's takeaways every night.",
        "With work this busy, cooking has slipped and takeaways have filled the gap.",
        True,
    ),
    (
        "counselling",
        "I don't really see the point of coming to these sessions.",
        "You're not sure these sessions are doing anything for you.",
        True,
    ),
    (
        "retail",
        "I ordered the blue one and you sent me green.",
        "So you got the green one when you'd ordered blue.",
        True,
    ),
    (
        "retail",
        "The parcel never arrived and I'd like my money back.",
        "Just to confirm, the parcel never turned up and you want a refund?",
        True,
    ),
    (
        "telecom",
        "I've been on hold for forty minutes and now the chat keeps dropping.",
        "Forty minutes waiting, and then the chat cutting out on top of it.",
        True,
    ),
    (
        "telecom",
        "My internet drops every evening around eight, right when I need it for work.",
        "It sounds like the connection fails just when you need it most.",
        True,
    ),
    (
        "retail",
        "I paid for express delivery and it still took a week.",
        "You paid extra for speed and didn't get it.",
        True,
    ),
    (
        "software",
        "The app logged me out and now it won't accept my password.",
        "So since it logged you out, your password isn't being accepted.",
        True,
    ),
    (
        "travel",
        "The flight was delayed six hours and nobody told us anything.",
        "Six hours of delay, and no information the whole time.",
        True,
    ),
    (
        "bank",
        "I was charged a fee for a transfer that never went through.",
        "You're being charged for a transfer that didn't even happen.",
        True,
    ),
    (
        "bank",
        "I cancelled the gym membership in January but they're still taking money.",
        "The payments have carried on since you cancelled in January.",
        True,
    ),
    (
        "retail",
        "The washing machine leaks every time it gets to the spin cycle.",
        "So the leak only happens on the spin cycle.",
        True,
    ),
    (
        "retail",
        "I need the dress by Saturday because it's for my sister's wedding.",
        "You need it in time for the wedding on Saturday.",
        True,
    ),
    (
        "bank",
        "My bank card got swallowed by the cash machine this morning.",
        "The machine kept your card this morning.",
        True,
    ),
    (
        "software",
        "I've emailed three times and nobody has replied.",
        "Three emails and not a single reply.",
        True,
    ),
    (
        "telecom",
        "I moved house last month and my bills are still going to the old address.",
        "Your bills are still going to the old place even though you moved last month.",
        True,
    ),
    (
        "travel",
        "The hotel room smelled of smoke and we'd booked non-smoking.",
        "You booked a non-smoking room and got one that smelled of smoke.",
        True,
    ),
    (
        "software",
        "The printer says it's out of ink but I put a new cartridge in yesterday.",
        "So it's reporting no ink even with a fresh cartridge in.",
        True,
    ),
    (
        "retail",
        "I got a text saying my package was delivered, but there's nothing here.",
        "The tracking says delivered, but nothing has reached you.",
        True,
    ),
    (
        "retail",
        "I'm really frustrated, this is the second replacement that's broken.",
        "Two replacements, both broken — I can see why you're fed up.",
        True,
    ),
    (
        "bank",
        "My son used my card to buy games and I didn't know.",
        "Purchases were made on your card without you knowing.",
        True,
    ),
    (
        "retail",
        "The lift in our building has been broken for two weeks and I'm on the ninth floor.",
        "Two weeks of stairs up to the ninth floor.",
        True,
    ),
    (
        "travel",
        "I want to change my flight but the website won't let me.",
        "The site is blocking you from changing the flight.",
        True,
    ),
    (
        "telecom",
        "My bill went up by twenty pounds and nobody warned me.",
        "An increase of twenty pounds, with no warning at all.",
        True,
    ),
    (
        "software",
        "I keep getting logged out of the app every few minutes.",
        "So it's kicking you out every few minutes.",
        True,
    ),
    (
        "retail",
        "The delivery driver left the parcel in the rain and the box is soaked.",
        "It was left out in the rain and the box got soaked.",
        True,
    ),
    (
        "telecom",
        "I can't get through to anyone on the phone, it just rings out.",
        "You call and nobody picks up.",
        True,
    ),
    (
        "telecom",
        "I've been a customer for ten years and this is how you treat me?",
        "After ten years with us, this feels like a poor way to be treated.",
        True,
    ),
    (
        "retail",
        "My order says dispatched but the tracking hasn't moved in five days.",
        "It's shown as dispatched but stuck for five days.",
        True,
    ),
    (
        "retail",
        "The heating engineer didn't turn up and I took the day off for it.",
        "You took a day off work and the engineer never came.",
        True,
    ),
    (
        "bank",
        "I don't understand why my credit score dropped when I paid everything on time.",
        "You've paid everything on time and still your score went down.",
        True,
    ),
    (
        "retail",
        "The shoes fell apart after two weeks of normal wear.",
        "Two weeks in and they've fallen apart.",
        True,
    ),
    (
        "telecom",
        "I was promised a call back yesterday and nobody rang.",
        "So the call back you were promised yesterday never came.",
        True,
    ),
    (
        "retail",
        "The chair arrived with two screws missing so I can't build it.",
        "You're stuck because it came without all the screws.",
        True,
    ),
    (
        "conversation",
        "we moved up here from Texas about five years ago and I still miss the winters down there",
        "oh so you came up from Texas",
        True,
    ),
    (
        "conversation",
        "I've got three kids and all of them play soccer so our weekends are just gone",
        "your weekends are all soccer then",
        True,
    ),
    (
        "conversation",
        "we ended up paying a fortune to fix the roof after the storm",
        "the storm damage cost you a lot",
        True,
    ),
    ("conversation", "I mostly listen to country music in the car", "country in the car", True),
    (
        "conversation",
        "we did the camping thing once and it rained the whole week",
        "rained the whole week",
        True,
    ),
    (
        "conversation",
        "my husband does most of the cooking, I can't boil an egg",
        "so he's the cook in the family",
        True,
    ),
    (
        "conversation",
        "I think the schools around here are getting worse every year",
        "you think they're going downhill",
        True,
    ),
    (
        "conversation",
        "we've been renting for years because houses here are so expensive",
        "so buying just isn't affordable where you are",
        True,
    ),
    (
        "retail",
        "Hi, I returned the boots two weeks ago and still haven't had my refund.",
        "Thanks Priya, so the boots went back two weeks ago and the refund hasn't reached you yet.",
        True,
    ),
    (
        "travel",
        "I booked a double room but when we arrived they only had twins.",
        "You were given twin beds instead of the double you booked.",
        True,
    ),
    (
        "bank",
        "I'm stuck abroad and my card has been blocked.",
        "Your card's been blocked while you're overseas — that's a stressful spot to be in.",
        True,
    ),
    (
        "software",
        "The update deleted all my saved playlists.",
        "Sounds like the update wiped your playlists.",
        True,
    ),
    (
        "software",
        "I've got a presentation in an hour and my laptop won't start.",
        "So the laptop won't boot and you're up against the clock.",
        True,
    ),
    (
        "bank",
        "My elderly mum was sold a contract she doesn't understand.",
        "Your mum has been signed up to something she can't make sense of.",
        True,
    ),
    (
        "retail",
        "The coffee machine makes a grinding noise and then nothing comes out.",
        "It grinds but doesn't pour anything.",
        True,
    ),
]

NOT_REFLECTIONS: list[Case] = [
    (
        "retail",
        "The parcel never arrived.",
        "Parcels in your area are delivered by our partner courier.",
        False,
    ),
    (
        "telecom",
        "My internet drops every evening.",
        "Evening outages in your area are usually caused by network congestion.",
        False,
    ),
    (
        "retail",
        "I was charged twice for my order.",
        "I'll refund the second charge straight away.",
        False,
    ),
    (
        "software",
        "The app keeps crashing.",
        "Can you tell me which version of the app you're using?",
        False,
    ),
    ("travel", "My flight was cancelled.", "What would you like to do about the flight?", False),
    (
        "retail",
        "I ordered the wrong size.",
        "No problem, you can return it for free within 30 days.",
        False,
    ),
    ("travel", "The hotel room was dirty.", "I understand.", False),
    ("telecom", "I've been waiting an hour.", "I understand, thank you for your patience.", False),
    (
        "bank",
        "My card was swallowed by the cash machine.",
        "I've cancelled that card and ordered a new one.",
        False,
    ),
    (
        "retail",
        "The washing machine is leaking.",
        "Please turn off the water supply to the machine before the engineer arrives.",
        False,
    ),
    (
        "telecom",
        "My bill went up.",
        "Bills are reviewed every April in line with inflation.",
        False,
    ),
    ("software", "I can't log in.", "Have you tried resetting your password?", False),
    ("retail", "The shoes fell apart.", "Which shoes were they?", False),
    (
        "retail",
        "I need the dress by Saturday.",
        "Standard delivery takes three to five working days.",
        False,
    ),
    ("telecom", "I moved house last month.", "Congratulations on the new home!", False),
    (
        "software",
        "The printer says it's out of ink.",
        "Try taking the cartridge out and putting it back in firmly.",
        False,
    ),
    (
        "retail",
        "Thanks so much for your help today.",
        "You're welcome, have a lovely evening.",
        False,
    ),
    ("software", "I'd like to cancel my subscription.", "I can help with that.", False),
    ("retail", "My order number is 55812.", "Thanks, I've found order 55812.", False),
    ("travel", "The train was late again.", "Sorry about that.", False),
    ("retail", "I'm really frustrated with this.", "I'm sorry you feel that way.", False),
    (
        "retail",
        "My package says delivered but it isn't here.",
        "Could you check with your neighbours and around the property?",
        False,
    ),
    ("telecom", "I want to speak to a manager.", "Let me see if a manager is available.", False),
    (
        "telecom",
        "The wifi password doesn't work.",
        "The wifi password is printed on the back of the router.",
        False,
    ),
    (
        "bank",
        "My son used my card without asking.",
        "Do you want to dispute those transactions?",
        False,
    ),
    (
        "retail",
        "The delivery driver was rude.",
        "Our drivers are trained to be courteous at all times.",
        False,
    ),
    (
        "retail",
        "I paid for express delivery.",
        "Express orders placed before 2pm go out the same day.",
        False,
    ),
    (
        "software",
        "Okay, that makes sense.",
        "Great, is there anything else I can help with?",
        False,
    ),
    (
        "retail",
        "The heating isn't working.",
        "An engineer can come on Thursday between 8 and 12.",
        False,
    ),
    (
        "software",
        "I've emailed three times.",
        "Our email team is currently working through a backlog.",
        False,
    ),
    ("telecom", "Hello?", "Hello, yes, I'm here.", False),
    ("travel", "It's been a nightmare.", "I completely understand.", False),
    (
        "telecom",
        "I don't want to pay the cancellation fee.",
        "The cancellation fee is part of the contract you signed.",
        False,
    ),
    (
        "software",
        "My laptop won't turn on.",
        "Is it plugged in and is the charging light on?",
        False,
    ),
    ("bank", "Yeah.", "Right, so the next step is to fill in the claim form.", False),
    (
        "bank",
        "I think someone hacked my account.",
        "I'll lock the account now so nobody else can get in.",
        False,
    ),
    (
        "counselling",
        "I've been drinking more since the divorce.",
        "How much would you say you drink in a typical week?",
        False,
    ),
    (
        "counselling",
        "I want to quit smoking.",
        "There are a few options we could look at, like patches or gum.",
        False,
    ),
    (
        "counselling",
        "I don't know if I can do this.",
        "What would help you feel more confident?",
        False,
    ),
    (
        "counselling",
        "My doctor told me to lose weight.",
        "Would it be okay if I shared some information about healthy eating?",
        False,
    ),
    (
        "counselling",
        "I feel so alone lately.",
        "Have you thought about joining a support group?",
        False,
    ),
    ("counselling", "I've cut down to five cigarettes a day.", "That's great progress.", False),
    (
        "counselling",
        "My mum drank a lot when I was growing up.",
        "Many people who grew up around drinking find it affects them later.",
        False,
    ),
    ("counselling", "I'm not sure.", "Okay, let's come back to that later.", False),
    (
        "counselling",
        "I've started going to the gym again.",
        "I go to the gym three times a week myself.",
        False,
    ),
    (
        "counselling",
        "I just want to feel normal again.",
        "Let's talk about what normal looked like for you.",
        False,
    ),
    (
        "counselling",
        "I'm scared of relapsing.",
        "Relapse is a normal part of recovery for a lot of people.",
        False,
    ),
    ("counselling", "Mm.", "Mm-hmm.", False),
    ("counselling", "I drink maybe ten beers on a Friday.", "And on Saturday?", False),
    (
        "counselling",
        "My partner is really supportive.",
        "How does your partner show that support?",
        False,
    ),
    ("conversation", "we moved here from Texas", "oh I have a cousin in Dallas", False),
    ("conversation", "I mostly listen to country music", "I'm more of a rock person myself", False),
    ("conversation", "the schools around here are getting worse", "yeah", False),
    ("conversation", "we went camping last summer", "did you go up to the mountains", False),
    (
        "conversation",
        "I think taxes are too high",
        "well I don't know, somebody has to pay for the roads",
        False,
    ),
    ("conversation", "uh-huh", "uh-huh", False),
    ("conversation", "my husband does all the cooking", "that's nice", False),
    ("conversation", "it rained the whole week", "that's too bad", False),
    (
        "retail",
        "The boots I returned haven't been refunded.",
        "Refunds can take up to ten working days to show on your statement.",
        False,
    ),
    (
        "retail",
        "The chair came with screws missing.",
        "I'll post the missing screws out today.",
        False,
    ),
    (
        "travel",
        "My flight is at 6am tomorrow.",
        "You'll need to check in at least two hours before.",
        False,
    ),
    (
        "software",
        "The app is really slow.",
        "You can clear the cache under Settings to speed it up.",
        False,
    ),
    (
        "telecom",
        "I'd like to upgrade my phone.",
        "You're eligible for an upgrade from next month.",
        False,
    ),
    (
        "bank",
        "My card is blocked.",
        "For your security, could you confirm your date of birth?",
        False,
    ),
    (
        "retail",
        "Is the store open on Sunday?",
        "Yes, the store is open on Sunday from ten until four.",
        False,
    ),
    (
        "retail",
        "I got a parking fine at your car park.",
        "Parking fines are handled by a separate company.",
        False,
    ),
    ("telecom", "I'm calling about my broadband.", "Sure, I can help with your broadband.", False),
    (
        "retail",
        "The coffee machine makes a grinding noise.",
        "Grinding noises usually mean the beans are too oily.",
        False,
    ),
]

SECOND_REFLECTIONS: list[Case] = [
    (
        "retail",
        "I returned the kettle a month ago and the refund still hasn't shown up.",
        "So just to confirm, the kettle went back a month ago and you're still waiting on the "
        "money?",
        True,
    ),
    (
        "telecom",
        "The router keeps restarting itself every hour or so.",
        "It sounds like the router is rebooting on its own roughly every hour.",
        True,
    ),
    (
        "bank",
        "Someone took two hundred pounds out of my account and it wasn't me.",
        "So there's a withdrawal of two hundred pounds you didn't make.",
        True,
    ),
    (
        "travel",
        "We landed at midnight and the car hire desk was already shut.",
        "You got in at midnight and there was nobody at the car hire desk.",
        True,
    ),
    (
        "software",
        "Ever since the last update my calendar won't sync with my phone.",
        "The syncing stopped working with the last update.",
        True,
    ),
    (
        "retail",
        "The sofa we ordered in May still hasn't been delivered and it's August.",
        "Three months on and still no sofa.",
        True,
    ),
    (
        "telecom",
        "I was told the upgrade would be free, and now there's a charge on my bill.",
        "You were promised a free upgrade and you've been billed for it anyway.",
        True,
    ),
    (
        "retail",
        "The jeans shrank two sizes the first time I washed them.",
        "One wash and they've shrunk two sizes.",
        True,
    ),
    (
        "bank",
        "I'm worried because I can't remember if I locked my card after I lost my wallet.",
        "You're not sure whether the card was locked after the wallet went missing, and that's "
        "worrying you.",
        True,
    ),
    (
        "travel",
        "They've put us on a flight that leaves at 5am, with two little kids.",
        "A 5am departure with two young children is a lot to ask.",
        True,
    ),
    (
        "software",
        "I keep getting an error saying my licence has expired, but I renewed it last week.",
        "So you renewed last week and it's still telling you the licence has expired.",
        True,
    ),
    (
        "telecom",
        "My elderly dad has been without a landline for ten days.",
        "Your dad has had no landline for ten days now.",
        True,
    ),
    (
        "retail",
        "The voucher code says invalid even though it doesn't expire until next year.",
        "The code should still be valid but it's being rejected.",
        True,
    ),
    (
        "counselling",
        "I drink to switch off after work, it's the only time I relax.",
        "Drinking is how you wind down after a long day.",
        True,
    ),
    (
        "counselling",
        "I know I should exercise, I just never seem to find the time.",
        "You'd like to exercise, but time keeps getting away from you.",
        True,
    ),
    (
        "counselling",
        "My kids are the reason I want to stop, I don't want them seeing me like this.",
        "Your children are a big part of why you want to change.",
        True,
    ),
    (
        "counselling",
        "I stopped for six weeks last year and felt great, then my mum got ill and I started "
        "again.",
        "You managed six weeks and felt the benefit, and then your mum's illness pulled you back.",
        True,
    ),
    (
        "counselling",
        "Honestly I don't think my drinking is that bad.",
        "From where you're standing it doesn't look like a big problem.",
        True,
    ),
    (
        "counselling",
        "I feel like everyone is judging me for being here.",
        "It feels like people are looking down on you for coming.",
        True,
    ),
    (
        "counselling",
        "I've been eating better but the scales haven't moved at all.",
        "You've made real changes and it's discouraging not to see the numbers shift.",
        True,
    ),
    (
        "conversation",
        "we drove all the way to Florida with three kids in the back seat",
        "oh so a long drive with a full car",
        True,
    ),
    (
        "conversation",
        "my dad was a mechanic so I learned to fix cars pretty young",
        "so you grew up around engines",
        True,
    ),
    (
        "conversation",
        "I haven't voted in the last couple of elections",
        "you haven't voted lately",
        True,
    ),
    (
        "conversation",
        "we get maybe two inches of rain a year out here",
        "hardly any rain at all",
        True,
    ),
]

SECOND_NOT_REFLECTIONS: list[Case] = [
    (
        "retail",
        "I returned the kettle a month ago.",
        "Refunds go back to the original payment method.",
        False,
    ),
    (
        "telecom",
        "The router keeps restarting itself.",
        "Could you tell me what colour the lights on the front are?",
        False,
    ),
    (
        "bank",
        "Someone took money out of my account.",
        "I'll freeze the card now and raise a fraud case.",
        False,
    ),
    (
        "travel",
        "The car hire desk was shut when we landed.",
        "The desk closes at 11pm, as it says in your booking confirmation.",
        False,
    ),
    ("software", "My calendar won't sync.", "Try signing out of the app and back in again.", False),
    (
        "retail",
        "The sofa still hasn't been delivered.",
        "I understand, thanks for bearing with us.",
        False,
    ),
    (
        "telecom",
        "There's a charge on my bill I don't recognise.",
        "That charge is the monthly fee for your insurance add-on.",
        False,
    ),
    ("retail", "The jeans shrank in the wash.", "Did you wash them at thirty degrees?", False),
    ("bank", "I lost my wallet.", "Oh no, that's awful.", False),
    ("travel", "Our flight leaves at 5am.", "Check-in opens three hours before departure.", False),
    (
        "software",
        "It says my licence has expired.",
        "Licences renew automatically every twelve months.",
        False,
    ),
    ("telecom", "My dad has no landline.", "What's the phone number for the line, please?", False),
    (
        "retail",
        "The voucher code isn't working.",
        "Voucher codes can't be combined with other offers.",
        False,
    ),
    (
        "counselling",
        "I drink to switch off after work.",
        "What else have you tried to help you relax?",
        False,
    ),
    (
        "counselling",
        "I never find time to exercise.",
        "Some people find a ten-minute walk at lunch is a good start.",
        False,
    ),
    ("counselling", "My kids are the reason I want to stop.", "How old are your children?", False),
    ("counselling", "I stopped for six weeks last year.", "That's brilliant.", False),
    (
        "counselling",
        "I don't think my drinking is that bad.",
        "Would you be willing to fill in a short questionnaire about it?",
        False,
    ),
    ("counselling", "Yeah.", "Okay, so let's look at your week.", False),
    ("counselling", "I've been eating better.", "I'm really pleased to hear that.", False),
    ("conversation", "we drove all the way to Florida", "I've never been to Florida", False),
    ("conversation", "my dad was a mechanic", "mine was a teacher", False),
    ("conversation", "I haven't voted in a while", "well I always vote", False),
    ("conversation", "uh-huh", "yeah", False),
]

FIRST_BLOCK = REFLECTIONS + NOT_REFLECTIONS
SECOND_BLOCK = SECOND_REFLECTIONS + SECOND_NOT_REFLECTIONS
SETTINGS = {"retail", "telecom", "bank", "travel", "software", "counselling", "conversation"}


def test_the_blocks_are_labelled_as_listed_and_span_every_setting() -> None:
    assert len(FIRST_BLOCK) >= 120
    assert len(SECOND_BLOCK) >= 40
    for positives, negatives in (
        (REFLECTIONS, NOT_REFLECTIONS),
        (SECOND_REFLECTIONS, SECOND_NOT_REFLECTIONS),
    ):
        assert all(expected for *_, expected in positives)
        assert not any(expected for *_, expected in negatives)
    assert {case[0] for case in FIRST_BLOCK} == SETTINGS
    assert {case[0] for case in SECOND_BLOCK} == SETTINGS


# Floors (precision, recall, F1) a little under what each block scores today.
FLOORS = {
    "first block": (FIRST_BLOCK, (0.93, 0.9, 0.92)),
    "second block": (SECOND_BLOCK, (0.82, 0.87, 0.85)),
}


@pytest.mark.parametrize(("cases", "floors"), FLOORS.values(), ids=FLOORS.keys())
def test_paraphrases_hold_their_floor_on_each_blind_block(
    cases: list[Case], floors: tuple[float, float, float]
) -> None:
    assert_holds_floors(cases, floors)
