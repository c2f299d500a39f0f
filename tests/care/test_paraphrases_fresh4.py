"""A fourth fresh check for `paraphrases`, in the styles the held-out data comes in:
counselling reflections that name what the client's words mean or how they weigh
(without a stem: "It's become part of who you are."), everyday talk said back in other
words or in a word or two ("twenty-six years", "an empty nest"), and service replies by
chat, phone, e-mail and social media that sum up the customer's trouble in the agent's
words ("It keeps dropping your session whenever you leave it.").

Written for this test in our own words, not taken from any labelled corpus, and
labelled before the detector read them. The hard negatives share the customer's words or
name them without saying them back: a question, an explanation or a general truth
("Walking is great exercise.", "taxes always go up"), the agent's own story ("we've got a
dog too"), an action or an instruction ("You can switch…", "take your time"),
bookkeeping, a courtesy, a backchannel traded back.

Block 1 (64 rows) was scored with the engine as it stood on 23 November 2026 at 11:35
UTC, before any change of this round: P 0.90, R 0.71, F1 0.79 (its misses: reflections
that name the customer inside the sentence rather than as its subject, summaries in
other words with no "you", a double-sided reflection after "Mm."; its false alarms: a
general truth and a "me too" in the customer's words). Block 2 (50 rows) was written
after the rules it led to and scored before its errors were read: P 0.96, R 0.73, F1
0.83 (the round's starting rules read it at 0.81). Block 3 (41 rows), after the
precision rules for service replies: P 0.83, R 0.86, F1 0.84 (starting rules 0.71).
Block 4 (40 rows), at the end of the round: P 0.79, R 0.71, F1 0.75 (starting rules
0.67). Those first reads are the honest estimate; the floors only stop a later change from
sliding back.
"""

from __future__ import annotations

import pytest

from .test_paraphrases_fresh import Case, assert_holds_floors, paraphrased

# Case: (setting, customer's turn, agent's reply, is it a paraphrase?)

FOURTH_REFLECTIONS: list[Case] = [
    (
        "counselling",
        "I've tried patches, gum, the lot, and I always end up back on them within a month.",
        "Nothing's kept you off them for long.",
        True,
    ),
    (
        "counselling",
        "My wife says I'm grumpy when I haven't had a drink, and I suppose she's right.",
        "You've noticed it changes your mood too.",
        True,
    ),
    (
        "counselling",
        "I don't think I drink more than anyone else at the rugby club.",
        "Compared with your mates, it doesn't seem like much.",
        True,
    ),
    (
        "counselling",
        "I get so anxious before going out that I have a couple of drinks first just to get "
        "through the door.",
        "The drinks take the edge off the nerves.",
        True,
    ),
    (
        "counselling",
        "I'd like to cut down but I don't know if I can manage it with everything going on.",
        "You want to, but you're doubting whether now is the time.",
        True,
    ),
    (
        "counselling",
        "My son won't let me see the grandkids if I'm still using.",
        "Seeing your grandchildren is a big reason to stop.",
        True,
    ),
    (
        "counselling",
        "I've been walking to work instead of taking the bus.",
        "You've already started making changes on your own.",
        True,
    ),
    (
        "counselling",
        "It's not like I'm hurting anyone.",
        "As far as you can see, it only affects you.",
        True,
    ),
    (
        "counselling",
        "I've been smoking since I was fourteen, I don't know who I'd be without it.",
        "It's become part of who you are.",
        True,
    ),
    (
        "counselling",
        "Honestly I'm sick of being told off at every appointment.",
        "You're tired of feeling judged here.",
        True,
    ),
    (
        "counselling",
        "Mm.",
        "So on one hand the wine helps you unwind, and on the other it's costing you sleep.",
        True,
    ),
    (
        "conversation",
        "we've got three dogs and two cats and a rabbit",
        "oh, a regular zoo at your place",
        True,
    ),
    (
        "conversation",
        "I only drive about five thousand miles a year, I take the train mostly",
        "so you hardly use the car",
        True,
    ),
    (
        "conversation",
        "it was about two hundred dollars for the whole weekend",
        "two hundred dollars",
        True,
    ),
    (
        "conversation",
        "my husband does all the cooking in our house",
        "so he's the chef, huh",
        True,
    ),
    (
        "conversation",
        "we don't get much snow here, maybe once every couple of years",
        "so it's pretty mild down there",
        True,
    ),
    (
        "conversation",
        "they're building a new shopping centre right where the woods used to be",
        "oh, so the woods are gone",
        True,
    ),
    (
        "conversation",
        "I grew up on a farm out in Nebraska",
        "a farm girl, huh",
        True,
    ),
    (
        "conversation",
        "I've been teaching for twenty-six years",
        "twenty-six years",
        True,
    ),
    (
        "conversation",
        "my kids are all grown and moved out now",
        "an empty nest",
        True,
    ),
    (
        "conversation",
        "the taxes went up again and the schools are still falling apart",
        "you're paying more and getting less",
        True,
    ),
    (
        "chat",
        "I ordered on Monday with next-day delivery and it's Thursday and nothing.",
        "So three days on and the next-day parcel still hasn't turned up.",
        True,
    ),
    (
        "chat",
        "The app logs me out every time I switch to another app and back.",
        "It keeps dropping your session whenever you leave it.",
        True,
    ),
    (
        "phone",
        "I've been on hold for forty minutes before getting through to you.",
        "Forty minutes waiting just to reach someone.",
        True,
    ),
    (
        "phone",
        "My mum's in hospital and I'm trying to sort her bills out for her.",
        "You're juggling her affairs on top of worrying about her.",
        True,
    ),
    (
        "email",
        "This is the third time I am writing about the same broken dishwasher.",
        "You've had to chase us again and again about the dishwasher.",
        True,
    ),
    (
        "email",
        "The invoice shows twelve licences but we only ever had ten users.",
        "You're being billed for two seats you never used.",
        True,
    ),
    (
        "social",
        "@brand two weeks and my refund still isn't showing",
        "Two weeks is a long time to wait for money that's yours.",
        True,
    ),
    (
        "social",
        "love the new menu but the queue at lunch was out the door",
        "Great food, shame about the wait.",
        True,
    ),
    (
        "chat",
        "I changed my address online but the new card went to my old flat.",
        "So the update didn't reach the card team in time.",
        True,
    ),
    (
        "phone",
        "I'm a pensioner, I can't just find an extra sixty pounds a month.",
        "The increase is a real strain on a fixed income.",
        True,
    ),
    (
        "chat",
        "I didn't even order this, someone's used my account.",
        "It looks like someone else got into your account.",
        True,
    ),
    (
        "email",
        "We booked the venue for a hundred guests and now you say the room only holds eighty.",
        "The room you confirmed won't fit your guest list.",
        True,
    ),
    (
        "social",
        "third cancelled train this week, I'm going to lose my job at this rate",
        "You're worried the delays are putting your job at risk.",
        True,
    ),
    (
        "chat",
        "The jacket is lovely but the sleeves come down past my fingers.",
        "Good fit on the body, just too long in the arm.",
        True,
    ),
    (
        "phone",
        "I keep getting letters saying I owe money, but I paid in full in January.",
        "You've settled it, yet the reminders keep coming.",
        True,
    ),
    (
        "chat",
        "I set up the printer exactly as the guide says and it still won't connect to the wifi",
        "Followed every step and still no connection.",
        True,
    ),
    (
        "phone",
        "I'm not angry, I'm just disappointed, I've been with you ten years.",
        "After ten years you expected better from us.",
        True,
    ),
]

FOURTH_NOT_REFLECTIONS: list[Case] = [
    (
        "counselling",
        "I've tried patches and gum.",
        "What did you like about the patches?",
        False,
    ),
    (
        "counselling",
        "My wife says I'm grumpy without a drink.",
        "Many people find their mood settles after a few weeks.",
        False,
    ),
    (
        "counselling",
        "I've been walking to work.",
        "Walking is great exercise.",
        False,
    ),
    (
        "counselling",
        "Mm-hmm.",
        "Would it be okay if I shared some information about that?",
        False,
    ),
    (
        "counselling",
        "I don't know.",
        "That's okay, take your time.",
        False,
    ),
    (
        "counselling",
        "I just want to be a better dad.",
        "I want that for you too.",
        False,
    ),
    (
        "conversation",
        "we've got three dogs",
        "we've got a dog too",
        False,
    ),
    (
        "conversation",
        "it was about two hundred dollars",
        "yeah",
        False,
    ),
    (
        "conversation",
        "I grew up in Nebraska",
        "I've never been to Nebraska",
        False,
    ),
    (
        "conversation",
        "the taxes went up again",
        "taxes always go up",
        False,
    ),
    (
        "conversation",
        "my kids are grown now",
        "how many do you have?",
        False,
    ),
    (
        "conversation",
        "we don't get much snow",
        "we got a foot last week",
        False,
    ),
    (
        "conversation",
        "yeah",
        "yeah",
        False,
    ),
    (
        "chat",
        "My parcel still hasn't arrived.",
        "I've checked and it's with the courier, due tomorrow.",
        False,
    ),
    (
        "chat",
        "The app logs me out.",
        "Please update to version 5.2 from the app store.",
        False,
    ),
    (
        "chat",
        "The new card went to my old address.",
        "I'm sorry about that.",
        False,
    ),
    (
        "chat",
        "Someone's used my account.",
        "I'll lock the account now and reset your password.",
        False,
    ),
    (
        "chat",
        "The sleeves are too long.",
        "We do a petite range with shorter sleeves.",
        False,
    ),
    (
        "phone",
        "I've been on hold for forty minutes.",
        "Thanks for holding, how can I help?",
        False,
    ),
    (
        "phone",
        "I can't afford the increase.",
        "You can switch to a cheaper tariff at any time.",
        False,
    ),
    (
        "phone",
        "I paid in full in January.",
        "Do you have the receipt for that payment?",
        False,
    ),
    (
        "phone",
        "Thank you, that's sorted it.",
        "You're welcome, have a lovely day.",
        False,
    ),
    (
        "email",
        "I'm writing about the broken dishwasher again.",
        "Your reference number is 44821.",
        False,
    ),
    (
        "email",
        "We were billed for twelve licences.",
        "Licences are billed on the number of seats on the plan.",
        False,
    ),
    (
        "social",
        "my refund still isn't showing",
        "Please DM us your order number and we'll take a look.",
        False,
    ),
    (
        "social",
        "love the new menu!",
        "Thanks so much, glad you're enjoying it!",
        False,
    ),
]

# Block 2 (50 rows), other wording in the same settings, written after the first two
# commits of this round and scored before its errors were read (11:44 UTC): P 0.96, R 0.73,
# F1 0.83 (the round's starting rules: P 0.95, R 0.70, F1 0.81). Its misses are summaries
# in other words with no "you" at their head ("The pleasure's gone and only the routine is
# left.", "that's a long way to go for milk") and one in the company's voice ("The boots
# are back with us…").
SECOND_REFLECTIONS: list[Case] = [
    (
        "counselling",
        "Every time I try to stop, I get the shakes and I'm back on it by lunchtime.",
        "The withdrawal pulls you straight back in.",
        True,
    ),
    (
        "counselling",
        "I don't even enjoy it anymore, it's just habit.",
        "The pleasure's gone and only the routine is left.",
        True,
    ),
    (
        "counselling",
        "My doctor says my liver results are bad but I feel fine.",
        "It's hard to take the warning seriously when you don't feel ill.",
        True,
    ),
    (
        "counselling",
        "I've got three kids and a full-time job, when would I even go to the gym?",
        "There's no room in your week for anything more.",
        True,
    ),
    (
        "counselling",
        "I used to be the life of the party and now I just stay in.",
        "You miss the person you used to be.",
        True,
    ),
    (
        "counselling",
        "I know I should quit, everyone tells me, but I'm not ready.",
        "Knowing it and being ready are two different things for you.",
        True,
    ),
    (
        "counselling",
        "I started vaping to stop smoking and now I do both.",
        "So the plan backfired and you've ended up with two habits.",
        True,
    ),
    (
        "counselling",
        "Mm-hmm.",
        "And it sounds like your partner's support makes a real difference.",
        True,
    ),
    (
        "counselling",
        "I'm scared that if I stop drinking I won't have any friends left.",
        "Losing your social life worries you more than the drinking.",
        True,
    ),
    (
        "conversation",
        "we've lived in the same house for thirty-five years",
        "thirty-five years in one place",
        True,
    ),
    (
        "conversation",
        "I jog every morning before work, rain or shine",
        "oh, so you're pretty dedicated",
        True,
    ),
    (
        "conversation",
        "my parents came over from Italy in the fifties",
        "so your family's Italian",
        True,
    ),
    (
        "conversation",
        "I watch the news but honestly it's mostly bad news",
        "it gets depressing after a while",
        True,
    ),
    (
        "conversation",
        "we pay almost half our income in rent",
        "half your income, wow",
        True,
    ),
    (
        "conversation",
        "our youngest just started college, and the oldest is getting married",
        "a lot of changes at once",
        True,
    ),
    (
        "conversation",
        "the nearest grocery store is forty minutes away",
        "that's a long way to go for milk",
        True,
    ),
    (
        "chat",
        "My account says the payment failed but the money's gone from my bank.",
        "So it's left your bank but hasn't reached us.",
        True,
    ),
    (
        "chat",
        "Hi, I've tried three different browsers and the checkout page just spins.",
        "The checkout won't load whichever browser you use.",
        True,
    ),
    (
        "chat",
        "I was promised a callback yesterday and nobody rang.",
        "You were left waiting for a call that never came.",
        True,
    ),
    (
        "phone",
        "I'm calling because my elderly dad got a letter saying his electricity will be cut off.",
        "Your dad's been threatened with disconnection and you're worried for him.",
        True,
    ),
    (
        "phone",
        "I moved house in March and I'm still getting bills for the old place.",
        "The old address is still being billed months after you left.",
        True,
    ),
    (
        "phone",
        "I've been a loyal customer for years and new customers get a better deal than me.",
        "It feels unfair that loyalty earns you less.",
        True,
    ),
    (
        "email",
        "I returned the boots on the 3rd and I haven't seen a refund yet.",
        "The boots are back with us but the money hasn't reached you.",
        True,
    ),
    (
        "email",
        "The course materials were meant to arrive before the first session and they didn't.",
        "You started the course without the materials you needed.",
        True,
    ),
    (
        "email",
        "Your engineer turned up without the part and said he'd have to come back.",
        "A wasted visit, then, and another one to wait for.",
        True,
    ),
    (
        "social",
        "ordered a birthday cake for my son and it came with the wrong name on it",
        "His special cake with someone else's name on it, what a letdown.",
        True,
    ),
    (
        "social",
        "@airline stuck on the tarmac for 2 hours, no info, no water",
        "Two hours on the tarmac with no updates and nothing to drink.",
        True,
    ),
    (
        "social",
        "your app update wiped all my saved playlists",
        "All your playlists gone after the update.",
        True,
    ),
    (
        "chat",
        "The discount code says expired but your email said it's valid until Sunday.",
        "The code's being refused even though it should still work.",
        True,
    ),
    (
        "phone",
        "I've sent my passport details four times now.",
        "Four times, and still being asked again.",
        True,
    ),
]

SECOND_NOT_REFLECTIONS: list[Case] = [
    (
        "counselling",
        "I get the shakes when I stop.",
        "Have you talked to your doctor about a detox plan?",
        False,
    ),
    (
        "counselling",
        "It's just habit now.",
        "Habits can be changed with the right support.",
        False,
    ),
    (
        "counselling",
        "I'm not ready to quit.",
        "That's fine, we can go at your pace.",
        False,
    ),
    (
        "counselling",
        "Mm-hmm.",
        "Shall we look at the diary you kept this week?",
        False,
    ),
    (
        "conversation",
        "we've lived here thirty-five years",
        "we moved here in nineteen ninety",
        False,
    ),
    (
        "conversation",
        "I jog every morning",
        "I keep meaning to start running",
        False,
    ),
    (
        "conversation",
        "my parents are from Italy",
        "what part of Italy?",
        False,
    ),
    (
        "conversation",
        "rent is half our income",
        "uh-huh",
        False,
    ),
    (
        "conversation",
        "the grocery store is forty minutes away",
        "we've got one just round the corner",
        False,
    ),
    (
        "chat",
        "The payment failed.",
        "Please try again using a different card.",
        False,
    ),
    (
        "chat",
        "The checkout page just spins.",
        "Our website is currently undergoing maintenance.",
        False,
    ),
    (
        "chat",
        "Nobody rang me back yesterday.",
        "I'll book you a callback for this afternoon.",
        False,
    ),
    (
        "phone",
        "My dad got a disconnection letter.",
        "Can I take his account number, please?",
        False,
    ),
    (
        "phone",
        "I'm still getting bills for my old address.",
        "Your final bill will be sent to your new address.",
        False,
    ),
    (
        "phone",
        "New customers get a better deal.",
        "Our loyalty team can look at your tariff for you.",
        False,
    ),
    (
        "email",
        "I haven't seen my refund.",
        "Refunds take up to ten working days to appear.",
        False,
    ),
    (
        "email",
        "The engineer came without the part.",
        "Thank you for letting us know.",
        False,
    ),
    (
        "social",
        "the cake had the wrong name on it",
        "DM us your order details and we'll sort it.",
        False,
    ),
    (
        "social",
        "your app wiped my playlists",
        "Have you tried logging out and back in?",
        False,
    ),
    (
        "social",
        "love your new store!",
        "Thank you, come and see us again soon!",
        False,
    ),
]

# Block 3 (41 rows), written after the precision rules for service replies that name the
# customer ("The booking page lets you…", "The bill covers your usage…") and scored before
# its errors were read (12:01 UTC): P 0.83, R 0.86, F1 0.84 (the round's starting rules:
# P 0.75, R 0.68, F1 0.71). Its false alarms are older than this round: an offer ("Large-
# print letters are available on request."), a status ("Your sofa is scheduled for
# production in week 14."), a prediction ("…won't affect your broadband") and "So glad
# you like it!".
THIRD_REFLECTIONS: list[Case] = [
    (
        "counselling",
        "I only smoke when I'm out with my mates, never at home.",
        "For you it's tied up with being out with your friends.",
        True,
    ),
    (
        "counselling",
        "My girlfriend keeps saying she'll leave if I don't sort myself out.",
        "The relationship is on the line, and that's a lot of pressure on you.",
        True,
    ),
    (
        "counselling",
        "I've tried to talk to my dad about it but he just shouts.",
        "It's lonely when the person you turn to won't listen.",
        True,
    ),
    (
        "counselling",
        "I was clean for two years and then my marriage ended.",
        "The divorce knocked you off a path you'd worked hard for.",
        True,
    ),
    (
        "counselling",
        "Sometimes I think I'm fine, other times I think I'm a complete mess.",
        "Your view of yourself swings a lot from day to day.",
        True,
    ),
    (
        "counselling",
        "Mm.",
        "And part of you is tired of having to hide it.",
        True,
    ),
    (
        "conversation",
        "I've had the same car since nineteen ninety-eight",
        "it's lasted you a long time",
        True,
    ),
    (
        "conversation",
        "we grow most of our own vegetables now",
        "oh, so you hardly buy any",
        True,
    ),
    (
        "conversation",
        "my wife's a nurse and she works every other weekend",
        "so weekends together are rare for you",
        True,
    ),
    (
        "conversation",
        "the schools here are really good, that's why we moved",
        "the schools were the big draw, then",
        True,
    ),
    (
        "conversation",
        "I don't really watch TV anymore, just the odd film",
        "not much of a telly person",
        True,
    ),
    (
        "chat",
        "I've been charged the annual fee even though I cancelled in January.",
        "You cancelled back in January and the fee has still been taken.",
        True,
    ),
    (
        "chat",
        "The tracking hasn't changed in six days and it says it's at the depot.",
        "Six days stuck at the depot with no movement at all.",
        True,
    ),
    (
        "chat",
        "I can't get the voucher to work on the website, it just says invalid.",
        "The site keeps rejecting your voucher as invalid.",
        True,
    ),
    (
        "phone",
        "I'm registered blind and your letters come in tiny print.",
        "Your letters aren't reaching you in a form you can read.",
        True,
    ),
    (
        "phone",
        "I was told twice I'd get a call back and I'm still waiting.",
        "Two promised calls and you're still waiting by the phone.",
        True,
    ),
    (
        "email",
        "The hotel you booked for us had no lift and my mother uses a wheelchair.",
        "A hotel without a lift left your mother unable to get around.",
        True,
    ),
    (
        "email",
        "We ordered the sofa in March for the new flat and it still hasn't been made.",
        "Months on and the sofa for your new home hasn't even been built.",
        True,
    ),
    (
        "social",
        "3rd time this month my train's been cancelled, late for work again",
        "Late for work again because of another cancelled train.",
        True,
    ),
    (
        "social",
        "your new packaging is impossible to open without scissors",
        "Packaging that needs scissors just to get in.",
        True,
    ),
    (
        "chat",
        "I'm trying to sort my late husband's account and I keep being asked for his password.",
        "You're being asked for something you have no way of knowing, at a hard time.",
        True,
    ),
    (
        "phone",
        "I've moved in with my daughter so I don't need the landline anymore.",
        "With the move to your daughter's, the landline has become surplus.",
        True,
    ),
]

THIRD_NOT_REFLECTIONS: list[Case] = [
    (
        "counselling",
        "I only smoke with my mates.",
        "How many would you say you have on a night out?",
        False,
    ),
    (
        "counselling",
        "My girlfriend wants me to stop.",
        "We have a support group for partners on Thursdays.",
        False,
    ),
    (
        "counselling",
        "I don't know.",
        "Take your time, there's no rush.",
        False,
    ),
    (
        "conversation",
        "I've had the same car for years",
        "I need a new car myself",
        False,
    ),
    (
        "conversation",
        "we grow our own vegetables",
        "what do you grow?",
        False,
    ),
    (
        "conversation",
        "my wife works weekends",
        "right",
        False,
    ),
    (
        "chat",
        "I cancelled in January.",
        "The annual fee covers your membership until the end of the year.",
        False,
    ),
    (
        "chat",
        "The tracking hasn't changed.",
        "The courier updates your tracking once a day.",
        False,
    ),
    (
        "chat",
        "The voucher says invalid.",
        "Vouchers can't be used on sale items.",
        False,
    ),
    (
        "chat",
        "I need to close my husband's account.",
        "Our bereavement team will guide you through each step.",
        False,
    ),
    (
        "phone",
        "Your letters are in tiny print.",
        "Large-print letters are available on request.",
        False,
    ),
    (
        "phone",
        "I'm still waiting for a call back.",
        "I'll ask a manager to ring you before five.",
        False,
    ),
    (
        "phone",
        "I don't need the landline anymore.",
        "Cancelling the landline won't affect your broadband.",
        False,
    ),
    (
        "phone",
        "Thanks for your help.",
        "You're welcome, enjoy the rest of your day.",
        False,
    ),
    (
        "email",
        "The hotel had no lift.",
        "Accessibility details are listed on each hotel's page.",
        False,
    ),
    (
        "email",
        "The sofa hasn't been made yet.",
        "Your sofa is scheduled for production in week 14.",
        False,
    ),
    (
        "social",
        "my train's been cancelled again",
        "Please check the app for replacement buses.",
        False,
    ),
    (
        "social",
        "your packaging is impossible to open",
        "Our packaging is fully recyclable.",
        False,
    ),
    (
        "social",
        "loving the new flavour",
        "So glad you like it!",
        False,
    ),
]

# Block 4 (40 rows), written at the end of the round, after the rules for service replies
# that diagnose, hand over or explain, and scored before its errors were read (12:19
# UTC): P 0.79, R 0.71, F1 0.75 (the round's starting rules: P 0.80, R 0.57, F1 0.67).
# Its misses are summaries in other words with no tie to the customer's ("The will is
# there; it's the first step that's unclear."); its false alarms an instruction ("Make
# sure all four corners of your ID…"), an offer, the service's workings and a promise in
# the customer's word ("An engineer will call you…").
FOURTH_BLOCK_REFLECTIONS: list[Case] = [
    (
        "counselling",
        "I've put on three stone since I stopped smoking and I hate it.",
        "Quitting has cost you in a way you didn't bargain for.",
        True,
    ),
    (
        "counselling",
        "My kids have started asking why I'm always tired.",
        "They're noticing, and that's hard for you to hear.",
        True,
    ),
    (
        "counselling",
        "I tell everyone I'm fine, but I'm not.",
        "Keeping up the front takes a lot out of you.",
        True,
    ),
    (
        "counselling",
        "I want to stop, I just don't know where to start.",
        "The will is there; it's the first step that's unclear.",
        True,
    ),
    (
        "counselling",
        "Mm-hmm.",
        "So the gambling started as fun and slowly became the thing you think about most.",
        True,
    ),
    (
        "counselling",
        "I only drink on my own now, never with other people.",
        "It's become something private for you.",
        True,
    ),
    (
        "conversation",
        "we've got a boat but we hardly ever take it out anymore",
        "it mostly just sits there now, huh",
        True,
    ),
    (
        "conversation",
        "my brother and I haven't spoken in about ten years",
        "ten years of silence",
        True,
    ),
    (
        "conversation",
        "I learned to cook when my wife got sick",
        "so you had to pick it up fast",
        True,
    ),
    (
        "conversation",
        "we get maybe two weeks of real summer up here",
        "short summers, then",
        True,
    ),
    (
        "conversation",
        "I drive about an hour each way to work",
        "that's a lot of your day in the car",
        True,
    ),
    (
        "chat",
        "I've uploaded my ID three times and it keeps saying verification failed.",
        "Three uploads and it's still rejecting your ID.",
        True,
    ),
    (
        "chat",
        "The jumper I ordered is a completely different colour to the photo.",
        "What arrived doesn't match what you saw online.",
        True,
    ),
    (
        "chat",
        "I need the replacement before my exam on Monday or I'm stuck.",
        "The timing really matters with your exam coming up.",
        True,
    ),
    (
        "phone",
        "I've been with you twelve years and this is the first time I've complained.",
        "You've been patient with us for a long time.",
        True,
    ),
    (
        "phone",
        "The engineer said it was fixed but it went off again an hour later.",
        "So the fix lasted barely an hour.",
        True,
    ),
    (
        "email",
        "I was charged in dollars even though I'm in the UK and paid in pounds.",
        "Your payment was taken in the wrong currency.",
        True,
    ),
    (
        "email",
        "The kitchen fitter left the old units in my garden and hasn't come back.",
        "You've been left with the old kitchen in your garden.",
        True,
    ),
    (
        "social",
        "ordered food 2 hours ago and the app still says preparing",
        "Two hours and still stuck on preparing.",
        True,
    ),
    (
        "social",
        "booked a window seat and got put in the middle of a row of 3",
        "Squeezed into the middle after choosing the window.",
        True,
    ),
    (
        "phone",
        "My mum has dementia and she keeps ordering things from your catalogue.",
        "It's worrying when she's buying things she doesn't remember ordering.",
        True,
    ),
]

FOURTH_BLOCK_NOT_REFLECTIONS: list[Case] = [
    (
        "counselling",
        "I've put on weight since I quit.",
        "Would you like some ideas about managing your weight?",
        False,
    ),
    (
        "counselling",
        "I don't know where to start.",
        "Let's look at one small step you could take this week.",
        False,
    ),
    (
        "counselling",
        "Mm-hmm.",
        "Okay, I'll see you same time next week.",
        False,
    ),
    (
        "conversation",
        "we've got a boat",
        "I get seasick just looking at boats",
        False,
    ),
    (
        "conversation",
        "my brother and I don't speak",
        "oh",
        False,
    ),
    (
        "conversation",
        "I drive an hour to work",
        "which way do you go?",
        False,
    ),
    (
        "chat",
        "My ID keeps failing verification.",
        "Make sure all four corners of your ID are in the photo.",
        False,
    ),
    (
        "chat",
        "The jumper is the wrong colour.",
        "Screen settings can change how colours look on your device.",
        False,
    ),
    (
        "chat",
        "I need it before Monday.",
        "Next-day delivery is available at checkout.",
        False,
    ),
    (
        "chat",
        "Thanks, that's all.",
        "You're welcome, enjoy your evening.",
        False,
    ),
    (
        "phone",
        "I've been with you twelve years.",
        "Let me see what loyalty offers are on your account.",
        False,
    ),
    (
        "phone",
        "The engineer said it was fixed.",
        "An engineer will call you within 24 hours.",
        False,
    ),
    (
        "phone",
        "Can I speak to a manager?",
        "I can put you through to my team leader.",
        False,
    ),
    (
        "email",
        "I was charged in dollars.",
        "Your bank sets the exchange rate on foreign payments.",
        False,
    ),
    (
        "email",
        "The fitter left the old units.",
        "Waste removal is included in your installation.",
        False,
    ),
    (
        "social",
        "my food still says preparing",
        "Restaurants update the order status themselves.",
        False,
    ),
    (
        "social",
        "I got a middle seat",
        "Seats are assigned at check-in unless you pay to choose.",
        False,
    ),
    (
        "social",
        "great service today, thanks!",
        "Thanks for the lovely feedback, see you soon!",
        False,
    ),
    (
        "phone",
        "My mum keeps ordering things.",
        "You can set a spending limit on her account.",
        False,
    ),
]

FIRST_BLOCK = FOURTH_REFLECTIONS + FOURTH_NOT_REFLECTIONS
SECOND_BLOCK = SECOND_REFLECTIONS + SECOND_NOT_REFLECTIONS
THIRD_BLOCK = THIRD_REFLECTIONS + THIRD_NOT_REFLECTIONS
FOURTH_BLOCK = FOURTH_BLOCK_REFLECTIONS + FOURTH_BLOCK_NOT_REFLECTIONS
SETTINGS = {"counselling", "conversation", "chat", "phone", "email", "social"}


def test_the_blocks_are_labelled_as_listed_and_span_every_setting() -> None:
    assert len(FIRST_BLOCK) >= 60
    assert len(SECOND_BLOCK) >= 50
    for positives, negatives in (
        (FOURTH_REFLECTIONS, FOURTH_NOT_REFLECTIONS),
        (SECOND_REFLECTIONS, SECOND_NOT_REFLECTIONS),
        (THIRD_REFLECTIONS, THIRD_NOT_REFLECTIONS),
        (FOURTH_BLOCK_REFLECTIONS, FOURTH_BLOCK_NOT_REFLECTIONS),
    ):
        assert all(expected for *_, expected in positives)
        assert not any(expected for *_, expected in negatives)
    assert {case[0] for case in FIRST_BLOCK} == SETTINGS
    assert {case[0] for case in SECOND_BLOCK} == SETTINGS
    assert {case[0] for case in THIRD_BLOCK} == SETTINGS
    assert {case[0] for case in FOURTH_BLOCK} == SETTINGS


# Floors (precision, recall, F1) a little under what each block scores today.
FLOORS = {
    "first block": (FIRST_BLOCK, (0.93, 0.82, 0.88)),
    "second block": (SECOND_BLOCK, (0.93, 0.7, 0.8)),
    "third block": (THIRD_BLOCK, (0.85, 0.84, 0.85)),
    "fourth block": (FOURTH_BLOCK, (0.75, 0.7, 0.72)),
}


@pytest.mark.parametrize(("cases", "floors"), FLOORS.values(), ids=FLOORS.keys())
def test_paraphrases_hold_their_floor_on_each_blind_block(
    cases: list[Case], floors: tuple[float, float, float]
) -> None:
    assert_holds_floors(cases, floors)


# The shapes this round's rules read, each with a reply of the same shape that is not a
# reflection.
NAMED_INSIDE = {
    "a relative clause about them": (
        "I've smoked since I was fourteen, I don't know who I'd be without it.",
        "It's become part of who you are.",
    ),
    "their loss as the subject": (
        "My son won't let me see the grandkids if I'm still using.",
        "Seeing your grandchildren is a big reason to stop.",
    ),
    "what keeps happening to them": (
        "The app logs me out every time I switch to another app and back.",
        "It keeps dropping your session whenever you leave it.",
    ),
    "what little room they have left": (
        "I work nights and look after my mum in the day.",
        "There's hardly any time left in your day for yourself.",
    ),
    "a worry named with a clause of time": (
        "My mum's not well and I'm scared.",
        "It's hard to think straight when you're that worried about her.",
    ),
    "the company as what they had to chase": (
        "I've emailed three times about the broken dishwasher.",
        "You've had to chase us again and again.",
    ),
    "what the situation does to them": (
        "My back's been bad for months and I can't sleep.",
        "The pain keeps you up and wears you out.",
    ),
    "a guess at how they are": (
        "I haven't slept properly in weeks.",
        "I imagine you're exhausted.",
    ),
    "a guess at where they stand": (
        "I've been waiting since nine.",
        "I take it you're still on hold with the airline.",
    ),
    "two sides of theirs weighed": (
        "I like a drink after work but I've been sleeping badly.",
        "On one hand the wine helps you unwind, and on the other it's costing you sleep.",
    ),
    "a feeling named after what it is about": (
        "I keep explaining the same thing to different people.",
        "Having to repeat yourself each time must be exhausting.",
    ),
    "a transcript's stage direction before it": (
        "He's a decent boss, really. [laughs]",
        "[chuckles] You're glad to be working for him?",
    ),
    "a conclusion checked with 'what' inside it": (
        "I thought the course would be easy and it wasn't.",
        "So it wasn't what you expected?",
    ),
}

NAMED_BUT_NOT_REFLECTED = {
    "a hand-over": ("I've lost my receipt.", "There's your copy, attached to this email."),
    "the company's terms": ("The price went up.", "You're inside our price promise."),
    "what the service gives them": (
        "I want to return the jacket.",
        "That gives you thirty days to send it back.",
    ),
    "what a page lets them do": (
        "I need to change my booking.",
        "The booking page lets you pick a new date.",
    ),
    "a courtesy at parting": ("It worked, thanks.", "It was a pleasure chatting with you."),
    "the agent's work done for them": ("I've sent the photos.", "That's all sorted for you now."),
    "a prediction": ("I want to cancel.", "Cancelling now would cost you the early exit fee."),
    "how their account works": (
        "I'm moving house next week.",
        "Your direct debit stays the same after the move.",
    ),
    "what a bill covers, in their word": (
        "My bill is wrong.",
        "The bill covers your usage from March to April.",
    ),
    "where a refund goes, in their word": (
        "I want my money back.",
        "The refund goes back to your original card.",
    ),
    "a guess that suggests": (
        "My flight was cancelled.",
        "I guess you could try the train instead.",
    ),
    "'so' saying how much": ("loving the new flavour", "So glad you like it!"),
    "their order's status": (
        "The sofa hasn't been made yet.",
        "Your sofa is scheduled for production in week 14.",
    ),
    "a supposition in their word": (
        "I'd like to upgrade my plan.",
        "Upgrading the plan would cost you less per gigabyte.",
    ),
    "a choice handed to them": ("I'll decide later.", "It's up to you."),
    "where the fault is": ("My internet is slow.", "The fault is on the line outside your house."),
    "what is wrong with their phone": (
        "The app keeps crashing.",
        "Your phone's operating system is out of date.",
    ),
    "what an update does, in their word": (
        "The app keeps crashing.",
        "The latest update fixes crashes on your model.",
    ),
    "an instruction about their document": (
        "My ID keeps failing verification.",
        "Make sure all four corners of your ID are in the photo.",
    ),
    "a promise in their word": (
        "The engineer said it was fixed.",
        "An engineer will call you within 24 hours.",
    ),
    "where a thing is": (
        "I can't find the setting.",
        "The option sits at the bottom of your screen.",
    ),
    "the agent's own two sides": (
        "I can't decide.",
        "On the one hand we could refund you, on the other we could send a new one.",
    ),
    "a guess at the cause": (
        "My parcel went to the wrong town.",
        "It must be a mix-up at the depot.",
    ),
    "'so what…?' asks": ("I thought the course would be easy.", "So what made it hard?"),
    "a stage direction alone": ("[laughs]", "[laughs]"),
    "a formula": ("I don't know.", "That's okay, take your time."),
    "bookkeeping": (
        "I'm writing about the broken dishwasher again.",
        "Your reference number is 44821.",
    ),
    "the service's workings": ("My parcel hasn't come.", "Oh, the courier uses a depot near you."),
    "a wish": ("It's been a rough week.", "Well, hope the weekend treats you better."),
    "hearsay": ("It was mini skirts back then.", "They say you dress how you feel."),
    "a me-too in their words": ("we've got three dogs", "we've got a dog too"),
    "a general truth": ("the taxes went up again", "taxes always go up"),
}


@pytest.mark.parametrize(("context", "text"), NAMED_INSIDE.values(), ids=NAMED_INSIDE.keys())
def test_a_statement_naming_the_customer_inside_it_reflects(context: str, text: str) -> None:
    assert paraphrased(context, text)


@pytest.mark.parametrize(
    ("context", "text"), NAMED_BUT_NOT_REFLECTED.values(), ids=NAMED_BUT_NOT_REFLECTED.keys()
)
def test_naming_the_customer_or_their_words_is_not_enough(context: str, text: str) -> None:
    assert not paraphrased(context, text)
