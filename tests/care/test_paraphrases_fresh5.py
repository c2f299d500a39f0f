"""A fifth fresh check for `paraphrases`: reflections that share few or none of the
customer's words (a summary in other words, "so the workload has become too much" after
"my boss keeps piling work on me"; the meaning of what they said, "being there for your
children matters more than anything"; both sides of it, "part of you wants the change,
and part of you hates…"), service confirmations ("Just so I've got this right: …?",
"So you've been charged twice for the one order."), and transcribed speech with its
fillers and cut-offs. Half of each block is service talk by chat, phone, e-mail and
social media, half counselling and everyday conversation (AnnoMI and Switchboard styles).

Written for this test in our own words, not taken from any labelled corpus, and each
block labelled before the detector read it. The hard negatives reuse the customer's
words without saying them back: a question asking for something new ("So do you have
your membership number to hand?"), the agent's explanation or promise in their words
("Refunds are issued within 14 days…", "Bills include VAT…"), a verdict on a thing in
general ("Walking is one of the best things for your mood"), a generic acknowledgement
("I understand.", "Okay."), the agent's own story, and a single word said back. That last
kind ("Thursday?", "Storm?", "Dog.", "Website?") is labelled here as not a reflection,
but Switchboard labels such repeats paraphrases (about 286 of the 312 one-word repeats of
the development set), so the engine keeps reading them as echoes: those rows stay wrong
on purpose.

First reads (each block scored once, before its errors were looked at), against the
rules this round started from (commit f21f09b):

- block 1 (40 rows), before any change: P 0.87, R 0.91, F1 0.89 (the same rules);
- block 2 (40), after the concept groups and frames block 1 led to: P 0.94, R 0.75,
  F1 0.83 (starting rules 0.83);
- block 3 (40): P 0.77, R 0.85, F1 0.81 (starting rules 0.78);
- block 4 (40): P 0.86, R 0.95, F1 0.90 (starting rules 0.88);
- block 5 (40, transcribed speech): P 0.88, R 0.75, F1 0.81 (starting rules 0.81);
- block 6 (40), after this file was first committed: P 0.87, R 0.65, F1 0.74 (starting
  rules 0.71); its misses were mostly summaries in words the concept groups lacked (wages,
  gambling, a subscription, a warning, "doubled" said as "twice over");
- block 7 (40, agent turns of several sentences, the reflection among greetings, apologies
  and actions): P 1.00, R 0.85, F1 0.92 (starting rules 0.82);
- block 8 (40, hard negatives in the customer's own matter: explanations, timetables and
  advice in words of the same concept groups): P 0.83, R 1.00, F1 0.91 (starting rules
  0.80); the concept groups added one false alarm ("Pension payments are made on…") and
  the recall the starting rules lacked;
- block 9 (40), at the end of the round: P 0.84, R 0.80, F1 0.82 (starting rules 0.82,
  on other rows: "weekends" as a marker of habit cost a reflection that the customer's
  own "at weekends" now keeps).

Those first reads are the honest estimate of what unseen wording gets; the floors below
only stop a later change from sliding back. Misses that remain are summaries sharing no
word even through the concept groups ("Everybody's tense while she's revising."), and a
plain present in -s still reads as how a thing works ("The bot just loops…"), and "we"
keeps a sentence the agent's own unless it only names the company's past act after a noun
("the engineer we sent…") and the customer spoke to the company as "you".
"""

from __future__ import annotations

import pytest

from .test_paraphrases_fresh import Case, assert_holds_floors, paraphrased

# Case: (setting, customer's turn, agent's reply, is it a paraphrase?)
BLOCKS: dict[str, list[Case]] = {
    "block 1": [
        (
            "chat",
            "I ordered a kettle last Tuesday and the tracking has said out for delivery for "
            "four days now.",
            "So the kettle's been stuck on 'out for delivery' since the weekend and hasn't "
            "turned up.",
            True,
        ),
        (
            "phone",
            "They took the payment twice, once on the 3rd and again on the 4th, same amount.",
            "Right, so you've been charged twice for the one order.",
            True,
        ),
        (
            "email",
            "I moved house in March and I'm still getting letters at my old address.",
            "It sounds as though our records never caught up with your move.",
            True,
        ),
        (
            "chat",
            "Every time I try to log in it tells me my password is wrong, but I've reset it "
            "three times.",
            "Just so I've got this right: even with a fresh password it still won't let you in?",
            True,
        ),
        (
            "phone",
            "The engineer was meant to come between eight and twelve and nobody showed up, I "
            "took the day off for this.",
            "You lost a day's pay waiting for someone who never arrived.",
            True,
        ),
        (
            "social",
            "@ShopCo third time my order's been cancelled without a word from you. Getting "
            "silly now.",
            "Three cancellations and not one message from us explaining why.",
            True,
        ),
        (
            "email",
            "The jacket I bought arrived with a rip along the seam and the zip doesn't close.",
            "So the coat came torn and the fastening is broken too.",
            True,
        ),
        (
            "chat",
            "My bill this month is nearly double what it normally is and I haven't changed "
            "anything.",
            "Your invoice jumped to almost twice the usual amount without you changing your plan.",
            True,
        ),
        (
            "phone",
            "I've been on hold for forty minutes, transferred twice, and nobody can tell me "
            "where my refund is.",
            "What I'm hearing is that you've been passed around and still have no answer about "
            "the money.",
            True,
        ),
        (
            "chat",
            "The app logs me out whenever I switch to another app and then I have to start the "
            "form from scratch.",
            "In other words, leaving the app even for a second wipes everything you've filled in.",
            True,
        ),
        (
            "email",
            "I asked for a window seat when I booked, paid extra for it, and got put in the "
            "middle.",
            "You paid for the seat you wanted and didn't get it.",
            True,
        ),
        (
            "counselling",
            "My boss keeps piling more and more on me and I'm at the office till nine most nights.",
            "So the workload has become too much to manage.",
            True,
        ),
        (
            "counselling",
            "I just want to be around for my kids, you know, see them grow up, not be in hospital.",
            "It sounds like being there for your children matters more than anything.",
            True,
        ),
        (
            "counselling",
            "Part of me knows the drinking is a problem, but it's also the only time I really "
            "relax.",
            "On the one hand you can see it's causing harm, and on the other it's the one thing "
            "that helps you unwind.",
            True,
        ),
        (
            "counselling",
            "I've stopped going to the gym, I've stopped seeing my friends, I just sit at home.",
            "You've pulled back from a lot of the things that used to fill your week.",
            True,
        ),
        (
            "counselling",
            "My mum has been on at me for years to stop smoking and now my daughter's started too.",
            "The people closest to you are all asking you to quit.",
            True,
        ),
        (
            "counselling",
            "I don't sleep much, maybe four hours, and then I'm useless at work the next day.",
            "The lack of sleep is spilling over into your job.",
            True,
        ),
        (
            "conversation",
            "We spent most of the summer driving around Scotland in a camper van with the dog.",
            "A road trip with the dog, that sounds like quite a summer.",
            True,
        ),
        (
            "conversation",
            "My grandfather worked down the pits for forty years and never missed a shift.",
            "So he was a miner his whole working life.",
            True,
        ),
        (
            "conversation",
            "I grew up in a tiny village, everybody knew everybody's business.",
            "Oh, a place where nothing stays private.",
            True,
        ),
        (
            "counselling",
            "I keep telling myself I'll start on Monday and then Monday comes and I don't.",
            "The intention's there, but getting started keeps slipping.",
            True,
        ),
        (
            "counselling",
            "If I don't get this under control I'm scared I'll lose my licence and then my job.",
            "You're worried about what losing your licence would mean for work.",
            True,
        ),
        (
            "chat",
            "My parcel still hasn't arrived and it was due yesterday.",
            "The parcel will be delivered on Monday between 9 and 5.",
            False,
        ),
        (
            "phone",
            "I was charged twice for my May bill.",
            "Can you tell me the last four digits of the card you used?",
            False,
        ),
        ("email", "I can't log in to my account.", "I understand.", False),
        ("chat", "The screen on my tablet is cracked.", "Okay.", False),
        ("phone", "I need to change my flight to Thursday.", "Thursday?", False),
        (
            "chat",
            "The refund hasn't reached my account.",
            "Refunds usually take three to five working days to reach your account.",
            False,
        ),
        (
            "email",
            "The heater in my room doesn't work.",
            "Please try switching the heater off at the wall for a minute and then back on.",
            False,
        ),
        (
            "social",
            "@Airline my bag didn't come off the plane in Lisbon.",
            "Sorry to hear that, please DM us your booking reference.",
            False,
        ),
        (
            "chat",
            "I want to cancel my subscription.",
            "What's the email address on the account?",
            False,
        ),
        (
            "phone",
            "My internet keeps dropping out in the evenings.",
            "Which router model do you have?",
            False,
        ),
        (
            "counselling",
            "I've been drinking a lot more since the divorce.",
            "How much would you say you drink on a typical day?",
            False,
        ),
        ("counselling", "I'm thinking about cutting down on the smoking.", "Okay. Mm-hmm.", False),
        (
            "counselling",
            "I feel like nobody at home listens to me.",
            "Can I share some information about how families often handle this?",
            False,
        ),
        (
            "counselling",
            "I walk the dog every morning.",
            "Walking is one of the best things for your mood.",
            False,
        ),
        ("conversation", "We had a huge storm last night.", "Storm?", False),
        (
            "conversation",
            "My brother lives in Canada now.",
            "I've got a cousin out in Toronto myself.",
            False,
        ),
        (
            "conversation",
            "I've been watching a lot of old films lately.",
            "What's the best one you've seen?",
            False,
        ),
        (
            "counselling",
            "I don't think I can stop completely.",
            "What would cutting down look like for you?",
            False,
        ),
    ],
    "block 2": [
        (
            "email",
            "Hello, I returned the boots on the 2nd using your prepaid label and I still "
            "haven't seen a penny back.",
            "Thanks for the detail. You sent the boots back at the start of the month and the "
            "money still hasn't reached you.",
            True,
        ),
        (
            "chat",
            "Your website keeps saying my card is declined but my bank says there's nothing "
            "wrong with it.",
            "The bank's happy with the card, yet our checkout keeps turning it down.",
            True,
        ),
        (
            "phone",
            "I'm on a pay-as-you-go and it's eating my credit even when I'm not using the phone.",
            "So the balance is going down on its own, even while the handset sits unused.",
            True,
        ),
        (
            "social",
            "@RailCo sat outside Reading for an hour with no announcement. No info, no nothing. "
            "#fuming",
            "An hour stuck outside Reading and not a word from the crew. That's a long time to "
            "be kept in the dark.",
            True,
        ),
        (
            "chat",
            "I upgraded to the premium plan but none of the extra features have shown up.",
            "Just to check I've followed: you're paying for premium but still seeing the basic "
            "version?",
            True,
        ),
        (
            "email",
            "This is the fourth email I've sent about the leak in the bathroom ceiling and no "
            "one has come out.",
            "You've written to us four times about the water coming through the ceiling and "
            "still nobody has visited.",
            True,
        ),
        (
            "phone",
            "My mum is eighty-two and she was on hold for over an hour trying to get her "
            "pension sorted.",
            "Your mother spent more than an hour waiting on the line just to sort her pension.",
            True,
        ),
        (
            "chat",
            "I ordered a double duvet and you sent a single, and now the one I wanted is out of "
            "stock.",
            "So you got the wrong size and the right one has since sold out.",
            True,
        ),
        (
            "phone",
            "I booked the table for eight people and when we got there they'd only set it for "
            "four.",
            "Half your party had nowhere to sit when you arrived.",
            True,
        ),
        (
            "email",
            "The hotel charged me a resort fee that was never mentioned when I booked.",
            "If I've understood, an extra fee turned up on your bill that the booking never "
            "told you about.",
            True,
        ),
        (
            "counselling",
            "Honestly I only drink because everyone at work does, it's how you fit in there.",
            "Drinking feels like the price of belonging with your colleagues.",
            True,
        ),
        (
            "counselling",
            "I want to lose the weight, but every time I try I end up feeling deprived and give "
            "up.",
            "Part of you really wants the change, and part of you hates how restricted it makes "
            "you feel.",
            True,
        ),
        (
            "counselling",
            "My dad was a heavy drinker and I swore I'd never be like him.",
            "It matters a great deal to you not to repeat what you saw growing up.",
            True,
        ),
        (
            "counselling",
            "I've been off the pills for two weeks and I actually feel clearer in the mornings.",
            "Two weeks in, and you're already noticing a difference when you wake up.",
            True,
        ),
        (
            "counselling",
            "I keep getting into fights when I've had a few, and then I can't remember half of "
            "it the next day.",
            "The drinking and the trouble seem to go hand in hand, and the blackouts make it "
            "worse.",
            True,
        ),
        (
            "counselling",
            "Nobody at the clinic ever asks me what I want, they just tell me what to do.",
            "You'd like to have more say in your own treatment.",
            True,
        ),
        (
            "conversation",
            "We've had three different landlords in two years and each one put the rent up.",
            "Every new owner, another rise.",
            True,
        ),
        (
            "conversation",
            "I taught primary school for thirty years before I retired.",
            "A whole career with little ones.",
            True,
        ),
        (
            "conversation",
            "My daughter's doing her exams this month so the whole house is on edge.",
            "Everybody's tense while she's revising.",
            True,
        ),
        (
            "counselling",
            "I don't really see the point of cutting down if I'm still going to have the odd one.",
            "So for you, if it's not all or nothing, it doesn't seem worth doing.",
            True,
        ),
        (
            "email",
            "I returned the boots on the 2nd and still haven't been refunded.",
            "Refunds are issued within 14 days of the item reaching our warehouse.",
            False,
        ),
        (
            "chat",
            "My card keeps getting declined on your website.",
            "Could you try a different browser and let me know if it still happens?",
            False,
        ),
        (
            "phone",
            "I'm not happy with the service at all.",
            "I understand, I do understand.",
            False,
        ),
        (
            "chat",
            "The premium features haven't appeared on my account.",
            "Premium features can take up to an hour to appear after an upgrade.",
            False,
        ),
        (
            "email",
            "There's water coming through my bathroom ceiling.",
            "Our plumber will be with you on Wednesday morning between 8 and 12.",
            False,
        ),
        (
            "social",
            "@RailCo train stuck outside Reading again",
            "Hi, which service are you on so we can look into it?",
            False,
        ),
        ("chat", "I got the wrong size duvet.", "Okay, no problem.", False),
        (
            "phone",
            "My mum was on hold for ages.",
            "What's your mum's date of birth, please?",
            False,
        ),
        (
            "email",
            "The hotel charged me a resort fee.",
            "The resort fee covers the pool, the gym and the Wi-Fi.",
            False,
        ),
        (
            "chat",
            "I need to update my delivery address.",
            "Delivery addresses can be changed under My Account, then Addresses.",
            False,
        ),
        (
            "counselling",
            "I drink mostly at the weekends.",
            "What does a typical weekend look like for you?",
            False,
        ),
        (
            "counselling",
            "I'd like to lose some weight.",
            "Would it be okay if I gave you some information about portion sizes?",
            False,
        ),
        (
            "counselling",
            "My dad drank a lot.",
            "Many people who grew up around heavy drinking find it shapes their own habits.",
            False,
        ),
        ("counselling", "I've stopped taking the pills.", "Right.", False),
        (
            "counselling",
            "I get into fights when I've been drinking.",
            "Have you ever been arrested because of that?",
            False,
        ),
        (
            "conversation",
            "We've moved house three times in two years.",
            "We moved last year ourselves, never again.",
            False,
        ),
        (
            "conversation",
            "I taught school for thirty years.",
            "Teaching is one of the hardest jobs there is.",
            False,
        ),
        ("conversation", "My daughter's got exams this month.", "Good luck to her!", False),
        (
            "counselling",
            "I don't see the point of cutting down.",
            "Let's look at what the last few months have cost you.",
            False,
        ),
        (
            "conversation",
            "It's been raining here all week.",
            "It's been sunny down here, believe it or not.",
            False,
        ),
    ],
    "block 3": [
        (
            "chat",
            "I've been trying to cancel this gym membership since January and you're still "
            "taking money every month.",
            "You've been asking to leave since January and the payments haven't stopped.",
            True,
        ),
        (
            "phone",
            "The sofa came yesterday and one of the legs was snapped clean off, and there's a "
            "big scuff on the arm.",
            "So it arrived with a broken leg and a mark on the arm.",
            True,
        ),
        (
            "email",
            "I was told on the phone that my contract would be £25 a month, but the first bill "
            "was £41.",
            "What you were promised on the call and what you've actually been billed don't match.",
            True,
        ),
        (
            "chat",
            "I'm abroad for work and my card has been blocked, I can't pay for the hotel.",
            "You're stuck overseas with no way to pay because the card's been frozen.",
            True,
        ),
        (
            "social",
            "@Telco no signal in my flat for a week now. Paying for a service I can't use.",
            "A whole week without coverage at home while still paying full price.",
            True,
        ),
        (
            "phone",
            "I've called four times and every time someone promises a callback that never happens.",
            "Four calls, four promises of a call back, and nothing.",
            True,
        ),
        (
            "email",
            "My father passed away last month and I'm trying to close his account, but you keep "
            "asking for documents I've already sent.",
            "You're dealing with your dad's death and being asked again and again for paperwork "
            "you've already provided.",
            True,
        ),
        (
            "chat",
            "The washing machine works but it makes a horrible grinding noise on the spin.",
            "It washes fine, it's only during the spin cycle that it grinds.",
            True,
        ),
        (
            "phone",
            "My son used my phone and bought about two hundred quid of game stuff without me "
            "knowing.",
            "So your lad ran up a big bill on in-game purchases behind your back.",
            True,
        ),
        (
            "chat",
            "The confirmation email says the 14th but the app says the 15th, which one is right?",
            "The two dates don't agree, and you need to know which one to trust.",
            True,
        ),
        (
            "counselling",
            "When I'm stressed the first thing I reach for is a cigarette, it's automatic.",
            "Smoking has become your go-to way of coping with pressure.",
            True,
        ),
        (
            "counselling",
            "I know I should go to the meetings, but sitting in a room telling strangers about "
            "myself, I just can't.",
            "Opening up to people you don't know feels like too much right now.",
            True,
        ),
        (
            "counselling",
            "My wife says she'll leave if I don't sort myself out.",
            "Your marriage is on the line.",
            True,
        ),
        (
            "counselling",
            "I've tried to stop three times this year and I always end up back at it by the "
            "weekend.",
            "Stopping hasn't stuck so far, even though you keep trying.",
            True,
        ),
        (
            "counselling",
            "I'm not an alcoholic, I go to work, I pay my bills, I look after my kids.",
            "You're managing your responsibilities, so the label doesn't fit how you see yourself.",
            True,
        ),
        (
            "counselling",
            "I like the buzz, but I hate how I feel the morning after.",
            "You enjoy the high, and at the same time you dread the next day.",
            True,
        ),
        (
            "conversation",
            "We used to go camping every summer when the kids were small, but now they're all "
            "grown up.",
            "Those trips stopped once the children left home.",
            True,
        ),
        (
            "conversation",
            "I've had this old Volvo since 1998 and it still starts every morning.",
            "Twenty-odd years and the car's never let you down.",
            True,
        ),
        (
            "conversation",
            "The council put the rates up again and the bins only get collected every fortnight "
            "now.",
            "Paying more and getting less.",
            True,
        ),
        (
            "conversation",
            "My neighbours have a dog that barks from six in the morning.",
            "An early alarm you never asked for.",
            True,
        ),
        (
            "chat",
            "I want to cancel my gym membership.",
            "So do you have your membership number to hand?",
            False,
        ),
        (
            "phone",
            "The sofa leg was snapped when it arrived.",
            "Our furniture is checked at the depot before it's loaded onto the van.",
            False,
        ),
        (
            "email",
            "My bill was higher than I was told.",
            "Bills include VAT and any calls outside your allowance.",
            False,
        ),
        (
            "chat",
            "My card's been blocked abroad.",
            "For security, cards are blocked when we notice unusual spending overseas.",
            False,
        ),
        (
            "social",
            "@Telco no signal at home for a week",
            "Hi there, can you DM us your postcode so we can check the network in your area?",
            False,
        ),
        ("phone", "Nobody ever calls me back.", "That makes sense.", False),
        (
            "email",
            "My father passed away and I need to close his account.",
            "Please send us a copy of the death certificate and a letter from the executor.",
            False,
        ),
        (
            "chat",
            "The washing machine is grinding on the spin cycle.",
            "Spin cycle noises are often caused by a coin stuck in the drum.",
            False,
        ),
        (
            "phone",
            "My son spent money on games on my phone.",
            "You can set up parental controls so purchases need a password.",
            False,
        ),
        ("chat", "Which date is right, the 14th or the 15th?", "The 15th is the right one.", False),
        (
            "counselling",
            "When I'm stressed I smoke.",
            "So what else have you tried when you're stressed?",
            False,
        ),
        ("counselling", "I don't want to go to the meetings.", "Mm-hmm, okay.", False),
        (
            "counselling",
            "My wife wants me to get help.",
            "Would she come along to one of our sessions?",
            False,
        ),
        (
            "counselling",
            "I've tried to stop three times this year.",
            "Most people need several attempts before they stop for good.",
            False,
        ),
        ("counselling", "I like the buzz.", "Lots of my clients say the same.", False),
        (
            "conversation",
            "We used to go camping every summer.",
            "Camping in this country, in the rain? Not for me.",
            False,
        ),
        ("conversation", "I've had my Volvo since 1998.", "Volvos are built like tanks.", False),
        (
            "conversation",
            "The council put the rates up again.",
            "When did they last do that?",
            False,
        ),
        ("conversation", "My neighbours' dog barks all morning.", "Dog.", False),
        (
            "counselling",
            "I hate how I feel the morning after.",
            "Drinking water before bed can help with that.",
            False,
        ),
    ],
    "block 4": [
        (
            "chat",
            "My boss needs this laptop fixed by Friday or I can't do my job next week.",
            "So without the laptop back by Friday, your work grinds to a halt.",
            True,
        ),
        (
            "phone",
            "I've got three kids and the boiler's been out since Sunday, we're boiling kettles "
            "to wash.",
            "You've had no heating or hot water for days with a young family.",
            True,
        ),
        (
            "email",
            "I was charged a late fee even though I paid on the due date, I have the receipt.",
            "You paid on time, you can prove it, and you were still penalised.",
            True,
        ),
        (
            "chat",
            "I keep getting texts saying my parcel is waiting at the depot but I was in all day "
            "and nobody knocked.",
            "The messages say the driver tried, but you were home and no one came to the door.",
            True,
        ),
        (
            "phone",
            "It's the third router you've sent me and it still drops out every evening.",
            "Three replacements and the evening dropouts are still happening.",
            True,
        ),
        (
            "social",
            "@BankCo app down AGAIN on payday. Can't see my wages, can't pay my rent.",
            "Locked out of your money on the one day you most need it.",
            True,
        ),
        (
            "email",
            "The tour guide left us at the museum and the coach went back to the hotel without "
            "half the group.",
            "Half of you were stranded at the museum when the coach left.",
            True,
        ),
        (
            "chat",
            "I asked for the vegetarian meal on my flight and they had nothing for me.",
            "So you went the whole flight without anything you could eat.",
            True,
        ),
        (
            "phone",
            "The installer drilled through a water pipe and now my kitchen floor is ruined.",
            "Our fitter damaged a pipe and the water has wrecked your kitchen floor.",
            True,
        ),
        (
            "chat",
            "I'm not very good with computers and your new website has completely confused me.",
            "The redesign has left you feeling lost.",
            True,
        ),
        (
            "counselling",
            "I smoke more when I'm bored, like in the evenings when there's nothing on.",
            "Boredom is a big trigger for you.",
            True,
        ),
        (
            "counselling",
            "I'd love to run with my grandson, but I get out of breath just walking up the stairs.",
            "Keeping up with your grandson is something you really want, and your breathing is "
            "getting in the way.",
            True,
        ),
        (
            "counselling",
            "Everyone keeps telling me what to do, my doctor, my wife, my sister, it's exhausting.",
            "You're tired of being lectured from every side.",
            True,
        ),
        (
            "counselling",
            "When I was using I lost my flat, my job, my friends, everything.",
            "The drugs cost you almost all you had.",
            True,
        ),
        (
            "counselling",
            "I've been sober for six months but the holidays are coming and I'm scared.",
            "You've come a long way, and the festive season feels like a real threat to that.",
            True,
        ),
        (
            "counselling",
            "I don't drink in the house because I don't want my kids to see me like that.",
            "Being a good example to your children is important to you.",
            True,
        ),
        (
            "conversation",
            "We gave up the car two years ago and just cycle everywhere now.",
            "So you're a bike family these days.",
            True,
        ),
        (
            "conversation",
            "My husband does all the cooking, I can barely boil an egg.",
            "He's the chef in your house, then.",
            True,
        ),
        (
            "conversation",
            "I've lived in this town my whole life and I've never once been to the castle.",
            "Right on your doorstep and you've never gone.",
            True,
        ),
        (
            "conversation",
            "We had snow in April last year, can you believe it.",
            "Snow in spring.",
            True,
        ),
        (
            "chat",
            "My laptop needs fixing by Friday.",
            "Our repair centre's turnaround is usually five working days.",
            False,
        ),
        (
            "phone",
            "The boiler's been broken since Sunday.",
            "Is the pressure gauge on the front showing anything at all?",
            False,
        ),
        (
            "email",
            "I was charged a late fee.",
            "Late fees are added when a payment reaches us after the due date.",
            False,
        ),
        ("chat", "My parcel's at the depot.", "Your parcel will be redelivered tomorrow.", False),
        ("phone", "My router keeps dropping out.", "Let me run a line test from here.", False),
        ("social", "@BankCo app down again", "Thanks for letting us know.", False),
        (
            "email",
            "The coach left without half our group.",
            "Coach departure times are printed on the back of your ticket.",
            False,
        ),
        (
            "chat",
            "There was no vegetarian meal on my flight.",
            "Special meals need to be requested 48 hours before departure.",
            False,
        ),
        ("phone", "Your installer drilled through a pipe.", "Right, okay, I see.", False),
        ("chat", "Your website is confusing.", "Website?", False),
        (
            "counselling",
            "I smoke more when I'm bored.",
            "What do you usually do in the evenings?",
            False,
        ),
        (
            "counselling",
            "I get out of breath on the stairs.",
            "Have you mentioned that to your GP?",
            False,
        ),
        (
            "counselling",
            "Everyone keeps telling me what to do.",
            "I'm not going to tell you what to do.",
            False,
        ),
        (
            "counselling",
            "I lost my flat when I was using.",
            "There are housing charities that can help with that.",
            False,
        ),
        (
            "counselling",
            "The holidays are coming up.",
            "Shall we plan for the holidays together?",
            False,
        ),
        (
            "conversation",
            "We cycle everywhere now.",
            "I used to cycle to work before I moved.",
            False,
        ),
        ("conversation", "My husband does all the cooking.", "Oh, that's nice.", False),
        (
            "conversation",
            "I've never been to the castle.",
            "The castle's open at weekends from ten.",
            False,
        ),
        ("conversation", "We had snow in April.", "It's supposed to be mild this winter.", False),
        ("counselling", "I don't drink at home.", "So where do you drink?", False),
    ],
    "block 5 (transcribed speech)": [
        (
            "phone",
            "Yeah, so, um, I rang last week and the lady said she'd, uh, she'd put a note on "
            "it, and, and nothing's happened.",
            "Okay, so you were told it'd be noted and then, uh, nothing came of it.",
            True,
        ),
        (
            "phone",
            "It's, it's the, the meter, it's reading way higher than what we actually use, like "
            "double.",
            "Right, the readings are running about twice your real usage.",
            True,
        ),
        (
            "phone",
            "I mean I've, I've been a customer for like fifteen years and this is how I get "
            "treated.",
            "Fifteen years with us and this is the thanks you get, mm.",
            True,
        ),
        (
            "phone",
            "So the, um, the delivery fella just left it by the bins, in the rain.",
            "Uh-huh, so it was dumped outside and got soaked.",
            True,
        ),
        (
            "phone",
            "Well my husband deals with all this normally but he's in hospital so, uh, I'm "
            "trying to sort it.",
            "So you're having to pick all this up while he's unwell.",
            True,
        ),
        (
            "phone",
            "They, they said the engineer would ring before coming and he just turned up at "
            "seven in the morning.",
            "Mm, no call first, just a knock at seven a.m.",
            True,
        ),
        (
            "phone",
            "Uh, I don't even know what half these charges on here are, to be honest.",
            "A lot of the bill doesn't make sense to you.",
            True,
        ),
        (
            "phone",
            "Every time I ring, um, I get a different answer from a different person.",
            "Everyone you speak to tells you something new.",
            True,
        ),
        (
            "phone",
            "I just want it sorted, I don't want compensation or anything, just, just working.",
            "You're not after money, you just want the thing to work.",
            True,
        ),
        (
            "phone",
            "The, er, the form on your site, it just kept spinning and spinning and then it "
            "timed out.",
            "The page kept loading and then gave up on you.",
            True,
        ),
        (
            "counselling",
            "I- I guess I, um, I drink so I don't have to think about, you know, about stuff "
            "with my ex.",
            "The drinking helps keep the break-up out of your head.",
            True,
        ),
        (
            "counselling",
            "Yeah, um, my kids, they, they don't really talk to me much anymore since, since "
            "all this.",
            "You've lost some closeness with your children through all of this.",
            True,
        ),
        (
            "counselling",
            "It's not that I- I don't want to stop, it's just, every time I try I- I get the "
            "shakes.",
            "You do want to stop, and the withdrawal is what keeps dragging you back.",
            True,
        ),
        (
            "counselling",
            "Um, I used to run, like, marathons, and now I can't even, uh, get round the block.",
            "You've gone from marathons to struggling with a short walk.",
            True,
        ),
        (
            "counselling",
            "I, uh, I mean, it's not like I'm hurting anyone, it's my own body.",
            "As you see it, it's your choice and nobody else is harmed.",
            True,
        ),
        (
            "conversation",
            "Oh, we, uh, we went to Florida, and it was, it was just so hot, I mean, a hundred "
            "degrees every day.",
            "Sweltering the whole time.",
            True,
        ),
        (
            "conversation",
            "My, uh, my son's in the Navy, he's been stationed in, uh, Japan for two years now.",
            "So he's been overseas a good while.",
            True,
        ),
        (
            "conversation",
            "Well we, we don't watch much TV really, maybe, uh, the news and that's about it.",
            "Just the news, huh.",
            True,
        ),
        (
            "conversation",
            "And, uh, the kids are, are just so much more, uh, into the computers and stuff, "
            "than we ever were.",
            "Oh, they've grown up with technology.",
            True,
        ),
        (
            "conversation",
            "We did the, the garden ourselves, took us, oh, the whole summer,",
            "All by hand.",
            True,
        ),
        (
            "phone",
            "Yeah, um, it's about my, my bill.",
            "Okay, uh, can I take your account number?",
            False,
        ),
        ("phone", "The meter's reading really high.", "Mm-hmm. Mm-hmm.", False),
        (
            "phone",
            "I've been a customer for years.",
            "Uh, let me just bring your details up.",
            False,
        ),
        (
            "phone",
            "The delivery was left by the bins.",
            "Okay, so I'll raise that with the courier, uh, today.",
            False,
        ),
        ("phone", "My husband's in hospital.", "Oh, I hope he's feeling better soon.", False),
        (
            "phone",
            "The engineer turned up at seven.",
            "Engineers, um, start their rounds at seven.",
            False,
        ),
        (
            "phone",
            "I don't know what these charges are.",
            "So the first one, uh, that's your line rental.",
            False,
        ),
        ("phone", "I get a different answer every time.", "Okay. Uh-huh. Right.", False),
        (
            "phone",
            "I just want it working.",
            "So, um, is the light on the front green or, or orange?",
            False,
        ),
        (
            "phone",
            "Your form timed out.",
            "If it times out, uh, just refresh the page and it'll keep what you've typed.",
            False,
        ),
        (
            "counselling",
            "I drink so I don't think about my ex.",
            "Um, how long ago did you split up?",
            False,
        ),
        ("counselling", "My kids don't talk to me much.", "Mm-hmm.", False),
        (
            "counselling",
            "I get the shakes when I stop.",
            "That's, uh, that's something we'd want your doctor to know about.",
            False,
        ),
        ("counselling", "I used to run marathons.", "I ran one once, uh, never again.", False),
        (
            "counselling",
            "It's my own body.",
            "Okay. Um, what would you like to talk about today?",
            False,
        ),
        ("conversation", "We went to Florida last year.", "Did you go to, uh, Disney?", False),
        ("conversation", "My son's in the Navy.", "My nephew was in the Navy, yeah.", False),
        (
            "conversation",
            "We don't watch much TV.",
            "Yeah, there's, uh, not much on anyway.",
            False,
        ),
        ("conversation", "The kids are into computers.", "Uh-huh, yeah.", False),
        (
            "conversation",
            "We did the garden ourselves.",
            "Gardens are so much work, I mean.",
            False,
        ),
    ],
    "block 6": [
        (
            "email",
            "I have been without a working fridge for eleven days now and I've had to throw away "
            "two weekly shops.",
            "Eleven days with no fridge, and two lots of groceries wasted on top.",
            True,
        ),
        (
            "chat",
            "Why does it say I owe £300 when I cleared the balance in full last month??",
            "You settled everything last month, so a £300 debt makes no sense to you.",
            True,
        ),
        (
            "social",
            "@Airline 6 hour delay, no food vouchers, no updates, 2 toddlers. Thanks for nothing.",
            "Six hours stuck with two little ones and nothing from us to help or keep you "
            "informed.",
            True,
        ),
        (
            "phone",
            "I changed my password like you said and it's locked me out completely now.",
            "Following our advice is what locked you out.",
            True,
        ),
        (
            "chat",
            "I've sent the same photo of my ID five times and every time it gets rejected with "
            "no reason.",
            "Five uploads, five rejections, and not a word on what's wrong with it.",
            True,
        ),
        (
            "email",
            "The cleaner you sent missed half the rooms and left the kitchen worse than before.",
            "So the clean was only half done and the kitchen ended up in a worse state.",
            True,
        ),
        (
            "phone",
            "We've been waiting six weeks for the planning survey and the builders can't start "
            "without it.",
            "The whole job is held up until that survey happens.",
            True,
        ),
        (
            "chat",
            "I only noticed because my bank app pinged, there's a subscription I never signed up "
            "for.",
            "A payment you never agreed to has been coming out of your account.",
            True,
        ),
        (
            "social",
            "@Energy direct debit doubled overnight with zero warning. Pensioner here.",
            "Your monthly payment went up twice over without any notice, and you're on a fixed "
            "income.",
            True,
        ),
        (
            "email",
            "Every time I call, your recorded message tells me to go online, but the website "
            "tells me to call.",
            "You're being sent round in a circle between the phone line and the website.",
            True,
        ),
        (
            "counselling",
            "My whole family drinks, Christmas, birthdays, funerals, there's always a bottle out.",
            "Drink is part of every gathering in your family.",
            True,
        ),
        (
            "counselling",
            "I get paid on a Friday and by Sunday it's all gone on the machines.",
            "The gambling swallows your wages within a couple of days.",
            True,
        ),
        (
            "counselling",
            "I don't want to be the dad who's always asleep on the sofa.",
            "You want to be more present for your kids.",
            True,
        ),
        (
            "counselling",
            "My GP says my liver results are bad but I feel fine.",
            "The tests say one thing and your body says another.",
            True,
        ),
        (
            "counselling",
            "I tried the app thing, counting drinks, but I kept forgetting to log them.",
            "Tracking it didn't stick.",
            True,
        ),
        (
            "counselling",
            "Some days I'm fine and other days I'd do anything for a smoke.",
            "The cravings come and go, and on the bad days they're very strong.",
            True,
        ),
        (
            "conversation",
            "My sister moved to Australia and now we only talk at weird hours.",
            "The time difference makes it hard to stay in touch.",
            True,
        ),
        (
            "conversation",
            "We bought the house in 1985 for thirty thousand, can you imagine.",
            "A bargain by today's standards.",
            True,
        ),
        (
            "conversation",
            "Our team hasn't won a thing since I was a boy.",
            "A long wait for a trophy, then.",
            True,
        ),
        (
            "conversation",
            "I do the crossword every morning, it keeps my brain going.",
            "Keeps you sharp.",
            True,
        ),
        (
            "email",
            "My fridge has stopped working.",
            "Our engineers cover your area on Tuesdays and Thursdays.",
            False,
        ),
        (
            "chat",
            "It says I owe £300.",
            "Can you confirm the first line of your address?",
            False,
        ),
        (
            "social",
            "@Airline 6 hour delay",
            "We're sorry for the delay, our team at the gate will have the latest information.",
            False,
        ),
        (
            "phone",
            "I'm locked out of my account.",
            "No worries at all.",
            False,
        ),
        (
            "chat",
            "My ID keeps getting rejected.",
            "Photos must be in colour and show all four corners of the document.",
            False,
        ),
        (
            "email",
            "The cleaner missed some rooms.",
            "I'll arrange for the team to come back at no charge.",
            False,
        ),
        (
            "phone",
            "We're waiting on a planning survey.",
            "Surveys are booked in date order.",
            False,
        ),
        (
            "chat",
            "There's a subscription I don't recognise.",
            "Subscription?",
            False,
        ),
        (
            "social",
            "@Energy my direct debit doubled",
            "Direct debits are reviewed every six months based on your usage.",
            False,
        ),
        (
            "email",
            "The website tells me to call.",
            "You can also reach us by live chat from 8am to 8pm.",
            False,
        ),
        (
            "counselling",
            "My whole family drinks.",
            "How do you feel about that?",
            False,
        ),
        (
            "counselling",
            "I spend my wages on the machines.",
            "What would you do with the money if you didn't gamble?",
            False,
        ),
        (
            "counselling",
            "I'm always asleep on the sofa.",
            "Okay, mm-hmm.",
            False,
        ),
        (
            "counselling",
            "My liver results are bad.",
            "Liver damage can often be reversed if you stop early enough.",
            False,
        ),
        (
            "counselling",
            "I kept forgetting to log my drinks.",
            "There's a reminder setting in the app you could switch on.",
            False,
        ),
        (
            "conversation",
            "My sister lives in Australia.",
            "I've always wanted to go there.",
            False,
        ),
        (
            "conversation",
            "We bought our house in 1985.",
            "Houses round here are silly money now.",
            False,
        ),
        (
            "conversation",
            "Our team hasn't won anything in years.",
            "Who do you support?",
            False,
        ),
        (
            "conversation",
            "I do the crossword every morning.",
            "I'm more of a sudoku person.",
            False,
        ),
        (
            "counselling",
            "Some days I really want a smoke.",
            "Let's think about what you could do on those days.",
            False,
        ),
    ],
    "block 7 (turns of several sentences)": [
        (
            "email",
            "Hi, my order 55120 says delivered but there's nothing here and my neighbours "
            "haven't got it either.",
            "Hi Sam, thanks for getting in touch. So the tracking shows it as delivered, but "
            "it's not with you or next door. I've opened a claim with the courier and will "
            "update you by Friday.",
            True,
        ),
        (
            "chat",
            "I've been charged for two TV boxes but I only have one.",
            "Thanks for waiting. You're paying for a second box you don't have. I'll take that "
            "off the bill now.",
            True,
        ),
        (
            "phone",
            "I booked a taxi for 5am for my flight and it never came, I had to pay £80 for "
            "another one.",
            "Oh no, I'm sorry. So the car we booked didn't show and you had to find your own way "
            "at a cost of eighty pounds. Let me get that refunded for you.",
            True,
        ),
        (
            "email",
            "I've now had three different answers about whether my warranty covers the screen.",
            "Dear Ms Patel, I'm sorry for the confusion. You've been told three different things "
            "about the screen cover, which isn't good enough. The warranty does include "
            "accidental screen damage.",
            True,
        ),
        (
            "chat",
            "The discount code from your email doesn't work at checkout.",
            "Ah, that's annoying. The code we sent you is being rejected when you try to pay? "
            "I'll apply the discount manually.",
            True,
        ),
        (
            "phone",
            "My elderly dad has been cut off because a direct debit bounced and he didn't know.",
            "I'm sorry to hear that. Your father lost his service over a missed payment he "
            "wasn't aware of. I've reconnected him this minute.",
            True,
        ),
        (
            "email",
            "I ordered a birthday cake for Saturday and it arrived on Monday.",
            "Hello, and I'm so sorry. The cake came two days after the party it was meant for. "
            "I've refunded it in full.",
            True,
        ),
        (
            "chat",
            "I keep getting emails about an account I closed last year.",
            "Thanks for letting us know. You closed that account a year ago and we're still "
            "writing to you about it. I'll remove you from the mailing list.",
            True,
        ),
        (
            "social",
            "@HotelCo booked a sea view, got a view of the car park. Anniversary trip ruined.",
            "We're sorry to read this. You paid for the sea and got the car park, on your "
            "anniversary of all weekends. Please DM us your booking and we'll put it right.",
            True,
        ),
        (
            "phone",
            "I'm self-employed and I've lost two days' work waiting in for your engineer.",
            "Right. Two days of earnings gone because our engineer didn't turn up. I'll put in a "
            "compensation claim for you.",
            True,
        ),
        (
            "counselling",
            "I want to cut back for my health, but all my mates are at the pub every night.",
            "Okay. Your health is pushing you one way and your social life is pulling the other. "
            "That's a hard spot to be in.",
            True,
        ),
        (
            "counselling",
            "I've been sleeping in my car since she kicked me out.",
            "Mm. You've lost your home as well as the relationship. How are you managing for food?",
            True,
        ),
        (
            "counselling",
            "I don't want to take tablets for the rest of my life, I'm only forty.",
            "Sure. Being on medication for decades feels like a lot at your age. Can I ask what "
            "you know about the tablets?",
            True,
        ),
        (
            "counselling",
            "My probation officer says I have to be here.",
            "Okay, so coming here wasn't exactly your choice. I appreciate you turning up anyway.",
            True,
        ),
        (
            "counselling",
            "I smoke about twenty a day, more if I'm out.",
            "Right. About a pack a day, and more when you're socialising. What do you like about "
            "smoking?",
            True,
        ),
        (
            "conversation",
            "We've got four kids and two dogs in a three-bed semi.",
            "Oh, a full house then. We've only got the one and it feels crowded.",
            True,
        ),
        (
            "conversation",
            "I've been learning Spanish for a year and I still can't order a coffee.",
            "A whole year and the basics still won't come. I know the feeling.",
            True,
        ),
        (
            "conversation",
            "My garden's been taken over by slugs this summer, they've eaten everything.",
            "Uh-huh, the slugs have had the lot. What were you growing?",
            True,
        ),
        (
            "counselling",
            "I drink because it's the only way I can sleep.",
            "So alcohol has become your sleeping pill. What happens on nights you don't drink?",
            True,
        ),
        (
            "counselling",
            "My wife keeps hiding my cigarettes, it drives me mad.",
            "It sounds like her hiding them makes you angry rather than helping. What would help "
            "more?",
            True,
        ),
        (
            "email",
            "My order says delivered but it isn't here.",
            "Hi Sam, thanks for getting in touch. I've opened a claim with the courier. You'll "
            "hear from us within 48 hours.",
            False,
        ),
        (
            "chat",
            "I've been charged for two TV boxes.",
            "Thanks for waiting. I've removed the second box from your account. Is there "
            "anything else I can help with?",
            False,
        ),
        (
            "phone",
            "My taxi never came.",
            "I'm sorry. Can you give me the booking reference? I'll look into it straight away.",
            False,
        ),
        (
            "email",
            "Does my warranty cover the screen?",
            "Dear Ms Patel, thank you for your email. The warranty covers accidental screen "
            "damage for two years. Kind regards, Tom.",
            False,
        ),
        (
            "chat",
            "Your discount code doesn't work.",
            "Sorry about that. Codes can only be used once per account. Have you used it before?",
            False,
        ),
        (
            "phone",
            "My dad's been cut off.",
            "I'm sorry to hear that. I'll need to speak to the account holder, is he there with "
            "you?",
            False,
        ),
        (
            "email",
            "My cake arrived late.",
            "Hello, I'm very sorry. A full refund has been issued. It should reach your card in "
            "3 to 5 days.",
            False,
        ),
        (
            "chat",
            "I keep getting emails I don't want.",
            "No problem. You can unsubscribe using the link at the bottom of any email. Anything "
            "else?",
            False,
        ),
        (
            "social",
            "@HotelCo awful room",
            "Sorry to hear this. Please DM us your booking reference and we'll look into it.",
            False,
        ),
        (
            "phone",
            "Your engineer didn't turn up.",
            "I do apologise. Let me book you a new slot. Is Thursday morning any good?",
            False,
        ),
        (
            "counselling",
            "I want to cut back on drinking.",
            "Okay. What would cutting back look like? How many days a week are you thinking?",
            False,
        ),
        (
            "counselling",
            "I've been sleeping in my car.",
            "Right. There's a housing officer here on Tuesdays. Would you like me to book you in?",
            False,
        ),
        (
            "counselling",
            "I don't want to take tablets.",
            "Okay. Can I tell you a bit about how they work? Then you can decide.",
            False,
        ),
        (
            "counselling",
            "I have to be here.",
            "Mm-hmm. Okay. Let's get started then.",
            False,
        ),
        (
            "counselling",
            "I smoke about twenty a day.",
            "Okay. Have you ever tried to stop? What happened?",
            False,
        ),
        (
            "conversation",
            "We've got four kids.",
            "Wow. We've got two. They keep us busy.",
            False,
        ),
        (
            "conversation",
            "I've been learning Spanish.",
            "Oh nice. I did French at school. Can't remember a word.",
            False,
        ),
        (
            "conversation",
            "Slugs ate my garden.",
            "Beer traps work well for slugs. You just bury a jar.",
            False,
        ),
        (
            "counselling",
            "I drink to help me sleep.",
            "Okay. Thanks for telling me. Shall we look at your week?",
            False,
        ),
        (
            "counselling",
            "My wife hides my cigarettes.",
            "Right. What did you do at the weekend?",
            False,
        ),
    ],
    "block 8 (hard negatives in the customer's matter)": [
        (
            "chat",
            "I paid for next-day delivery and it's now day four.",
            "You paid extra for speed and it's taken four days.",
            True,
        ),
        (
            "phone",
            "I'm a nurse, I work nights, and your engineers only come in the morning when I'm "
            "asleep.",
            "Our morning visits clash with the hours you sleep after night shifts.",
            True,
        ),
        (
            "email",
            "Your app charged my card in dollars and my bank added a fee on top.",
            "So you were billed in the wrong currency and hit with a bank fee as well.",
            True,
        ),
        (
            "chat",
            "I've got a wedding on Saturday and the suit you altered is now too short.",
            "The alteration has left the trousers short, days before the wedding.",
            True,
        ),
        (
            "social",
            "@Gym charged me for 3 months after I cancelled. Still waiting on my money.",
            "Three months of fees after you'd left, and none of it back yet.",
            True,
        ),
        (
            "phone",
            "My pension payment hasn't gone in and the rent is due tomorrow.",
            "Your income hasn't arrived and the landlord needs paying tomorrow.",
            True,
        ),
        (
            "email",
            "I have a severe nut allergy and the restaurant served me a dessert with almonds in "
            "it.",
            "You told them about the allergy and still got a pudding with nuts in.",
            True,
        ),
        (
            "chat",
            "Your checkout says free delivery but then adds £4.99 at the last step.",
            "The free delivery you were shown turns into a charge at the very end.",
            True,
        ),
        (
            "phone",
            "The heating's on full and the house is still freezing.",
            "It's running flat out and the rooms stay cold.",
            True,
        ),
        (
            "chat",
            "I want to close the account because my husband has died.",
            "You'd like to close your late husband's account.",
            True,
        ),
        (
            "counselling",
            "I only really drink when I'm stressed about money.",
            "Money worries are what set off the drinking.",
            True,
        ),
        (
            "counselling",
            "My boss noticed I smelled of booze and gave me a warning.",
            "Your drinking has started to show up at work.",
            True,
        ),
        (
            "counselling",
            "I worry that if I stop smoking I'll put on loads of weight.",
            "Gaining weight is a big fear for you about stopping.",
            True,
        ),
        (
            "counselling",
            "I go to the gym when I can but with the kids it's hard to find time.",
            "Exercise gets squeezed out by family life.",
            True,
        ),
        (
            "counselling",
            "My mum died last year and since then I just haven't been able to sleep.",
            "Your sleep has been broken since you lost your mother.",
            True,
        ),
        (
            "conversation",
            "My daughter's just started university in Leeds and the house feels empty.",
            "It's quiet at home without her.",
            True,
        ),
        (
            "conversation",
            "I've worked at the same factory for thirty years.",
            "Three decades in one place.",
            True,
        ),
        (
            "conversation",
            "We ate out a lot before the kids, now it's fish fingers every night.",
            "Restaurants have given way to children's teas.",
            True,
        ),
        (
            "counselling",
            "I don't trust doctors, they just want to put you on pills.",
            "You feel doctors are too quick to reach for medication.",
            True,
        ),
        (
            "conversation",
            "It rained every single day of our holiday in Wales.",
            "A washout of a trip.",
            True,
        ),
        (
            "chat",
            "I paid for next-day delivery and it hasn't come.",
            "Next-day delivery orders placed after 8pm go out the following day.",
            False,
        ),
        (
            "phone",
            "Your engineers only come in the morning.",
            "Engineers work from 8 till 6, Monday to Saturday.",
            False,
        ),
        (
            "email",
            "I was charged in dollars.",
            "Payments through the app are taken in the currency of the store you shop in.",
            False,
        ),
        (
            "chat",
            "My suit is too short.",
            "Alterations can be redone free of charge within 14 days.",
            False,
        ),
        (
            "social",
            "@Gym charged me after I cancelled",
            "Please email membership@ with your details and the team will check your payments.",
            False,
        ),
        (
            "phone",
            "My pension hasn't gone in.",
            "Pension payments are made on the last working day of the month.",
            False,
        ),
        (
            "email",
            "I have a nut allergy.",
            "All our desserts are made in a kitchen that handles nuts.",
            False,
        ),
        (
            "chat",
            "Why is delivery £4.99?",
            "Delivery is free over £50 and £4.99 below that.",
            False,
        ),
        (
            "phone",
            "The house is freezing.",
            "Can you check whether the thermostat is set above 20 degrees?",
            False,
        ),
        (
            "chat",
            "My husband has died.",
            "I'm so sorry for your loss.",
            False,
        ),
        (
            "counselling",
            "I drink when I'm stressed about money.",
            "There's a debt advice service that runs a drop-in on Mondays.",
            False,
        ),
        (
            "counselling",
            "My boss gave me a warning.",
            "What did your boss say exactly?",
            False,
        ),
        (
            "counselling",
            "I'm worried about putting on weight.",
            "Most people gain a few pounds at first, and there are ways to keep it down.",
            False,
        ),
        (
            "counselling",
            "I can't get to the gym.",
            "Even a ten-minute walk counts as exercise.",
            False,
        ),
        (
            "counselling",
            "My mum died last year.",
            "I'm sorry.",
            False,
        ),
        (
            "conversation",
            "My daughter's at university.",
            "What's she studying?",
            False,
        ),
        (
            "conversation",
            "I've worked at the factory for years.",
            "Factories round here have mostly closed down.",
            False,
        ),
        (
            "conversation",
            "We used to eat out a lot.",
            "We went to that new Thai place on Friday.",
            False,
        ),
        (
            "counselling",
            "I don't trust doctors.",
            "Doctors are there to help you.",
            False,
        ),
        (
            "conversation",
            "It rained all holiday.",
            "Wales is always wet, isn't it.",
            False,
        ),
    ],
    "block 9": [
        (
            "email",
            "Our car insurance renewal has gone up by £400 and we haven't made a single claim.",
            "No claims at all, and yet the renewal price has jumped by four hundred pounds.",
            True,
        ),
        (
            "chat",
            "I've been trying to port my number for a week and I still have no service on either "
            "SIM.",
            "A week into the switch and neither SIM is working for you.",
            True,
        ),
        (
            "phone",
            "I'm deaf and your only option to verify me is a phone call, it's ridiculous.",
            "Verification by phone shuts you out completely because of your hearing.",
            True,
        ),
        (
            "email",
            "The mattress smells of chemicals so strongly that we've had to sleep on the sofa.",
            "The smell is so bad that you've been driven out of your own bed.",
            True,
        ),
        (
            "chat",
            "I was promised a callback from a manager three times this week and nobody rang.",
            "Three promised calls from a manager this week, and not one came.",
            True,
        ),
        (
            "social",
            "@Parcels driver threw my parcel over the gate, it's smashed. Laptop inside.",
            "Your parcel was thrown over the gate and the laptop inside has been damaged.",
            True,
        ),
        (
            "phone",
            "I set up the payment plan you offered and now I've got a letter saying I'm in "
            "arrears.",
            "You did exactly what was agreed and you're still being told you're behind.",
            True,
        ),
        (
            "chat",
            "The gift card my mum gave me says it's already been used but I've never touched it.",
            "Your mum's present shows as spent though you've never used it.",
            True,
        ),
        (
            "email",
            "We booked a family room and got two singles pushed together with a cot in the "
            "corridor.",
            "Not the family room you booked, and the baby's cot left outside the room.",
            True,
        ),
        (
            "phone",
            "My prescription was sent to the wrong pharmacy, and now they say it'll be another "
            "week.",
            "The mix-up with the chemist means you'll be waiting another week for your medicine.",
            True,
        ),
        (
            "counselling",
            "I've cut out the crisps and chocolate but the scales haven't moved in a month.",
            "You've made real changes and it's disheartening that the weight isn't shifting.",
            True,
        ),
        (
            "counselling",
            "I keep forgetting my blood pressure tablets, especially at weekends.",
            "Taking them every day is hard to keep up, and weekends are when it slips.",
            True,
        ),
        (
            "counselling",
            "I've put about five grand on my credit card at the bookies and my wife doesn't know.",
            "You're carrying a big betting debt and keeping it secret from your wife.",
            True,
        ),
        (
            "counselling",
            "If I'm honest I only come because my daughter drives me here.",
            "Your daughter's the reason you're here more than you are.",
            True,
        ),
        (
            "counselling",
            "When I'm using I don't feel anything, and that's the point really.",
            "The drugs numb things that would otherwise be too painful.",
            True,
        ),
        (
            "counselling",
            "I'd quit tomorrow if I knew I wouldn't just fall apart.",
            "It's the fear of not coping that holds you back.",
            True,
        ),
        (
            "conversation",
            "My grandson's teaching me to use the tablet, I'm hopeless with it.",
            "So the young one's teaching you the technology.",
            True,
        ),
        (
            "conversation",
            "We've been to Majorca every year for fifteen years, same hotel, same room.",
            "Creatures of habit, then.",
            True,
        ),
        (
            "conversation",
            "My husband snores like a tractor, I've moved into the spare room.",
            "Driven out by the snoring.",
            True,
        ),
        (
            "conversation",
            "I used to smoke forty a day, but I gave up when my first grandchild was born.",
            "The grandchild gave you the push to stop.",
            True,
        ),
        (
            "email",
            "My car insurance renewal has gone up.",
            "Renewal prices take into account the claims made across your area.",
            False,
        ),
        (
            "chat",
            "My number port is stuck.",
            "Ports normally complete within one working day.",
            False,
        ),
        (
            "phone",
            "I can't verify by phone because I'm deaf.",
            "We also offer verification through our text relay service.",
            False,
        ),
        (
            "email",
            "The mattress smells of chemicals.",
            "New mattresses may have a slight odour for the first few days.",
            False,
        ),
        (
            "chat",
            "Nobody called me back.",
            "I'll make sure a manager rings you today before 5pm.",
            False,
        ),
        (
            "social",
            "@Parcels my parcel is smashed",
            "So sorry! Could you DM us a photo of the damage?",
            False,
        ),
        (
            "phone",
            "I'm on your payment plan.",
            "Thanks, can you confirm the reference on the letter?",
            False,
        ),
        (
            "chat",
            "My gift card says it's been used.",
            "Gift cards can be checked on our balance page.",
            False,
        ),
        (
            "email",
            "We didn't get the family room we booked.",
            "Family rooms are subject to availability on arrival.",
            False,
        ),
        (
            "phone",
            "My prescription went to the wrong pharmacy.",
            "Which pharmacy would you like it sent to?",
            False,
        ),
        (
            "counselling",
            "The scales haven't moved.",
            "Weight loss often stalls for a few weeks.",
            False,
        ),
        (
            "counselling",
            "I forget my tablets at weekends.",
            "A pill organiser with the days on it can make that easier.",
            False,
        ),
        (
            "counselling",
            "I owe money from the bookies.",
            "How much do you owe altogether?",
            False,
        ),
        (
            "counselling",
            "My daughter brings me here.",
            "Okay.",
            False,
        ),
        (
            "counselling",
            "When I'm using I don't feel anything.",
            "Mm.",
            False,
        ),
        (
            "conversation",
            "My grandson's teaching me the tablet.",
            "My mum's got one of those.",
            False,
        ),
        (
            "conversation",
            "We go to Majorca every year.",
            "Majorca's lovely in May.",
            False,
        ),
        (
            "conversation",
            "My husband snores.",
            "Have you tried earplugs?",
            False,
        ),
        (
            "conversation",
            "I gave up smoking years ago.",
            "Smoking's banned everywhere now anyway.",
            False,
        ),
        (
            "counselling",
            "I'd quit if I could cope.",
            "Let's talk about the support that's available.",
            False,
        ),
    ],
}

SETTINGS = {"counselling", "conversation", "chat", "phone", "email", "social"}


def test_each_block_is_half_reflections_and_spans_service_and_counselling() -> None:
    for cases in BLOCKS.values():
        assert len(cases) == 40
        positives = sum(expected for *_, expected in cases)
        assert 18 <= positives <= 22
        settings = {case[0] for case in cases}
        assert settings <= SETTINGS
        assert {"counselling", "conversation"} & settings
        assert {"chat", "phone"} & settings


# Floors (precision, recall, F1) a little under what each block scores with the rules of
# this round (block 1: 0.92 / 1.00 / 0.96, block 2: 1.00 / 0.85 / 0.92, blocks 3 and 4:
# 0.95 / 0.95 / 0.95, block 5: 0.94 / 0.85 / 0.89, block 6: 0.94 / 0.80 / 0.86, block 7:
# 1.00 / 0.90 / 0.95, block 8: 0.91 / 1.00 / 0.95, block 9: 0.85 / 0.85 / 0.85).
FLOORS: dict[str, tuple[float, float, float]] = {
    "block 1": (0.88, 0.95, 0.92),
    "block 2": (0.95, 0.8, 0.88),
    "block 3": (0.9, 0.9, 0.9),
    "block 4": (0.9, 0.9, 0.9),
    "block 5 (transcribed speech)": (0.9, 0.8, 0.85),
    "block 6": (0.88, 0.75, 0.82),
    "block 7 (turns of several sentences)": (0.95, 0.85, 0.9),
    "block 8 (hard negatives in the customer's matter)": (0.88, 0.95, 0.92),
    "block 9": (0.8, 0.8, 0.8),
}


@pytest.mark.parametrize("block", BLOCKS.keys())
def test_paraphrases_hold_their_floor_on_each_blind_block(block: str) -> None:
    assert_holds_floors(BLOCKS[block], FLOORS[block])


# The shapes this round's rules read, in new sentences written after them: each of these
# was read the other way by the rules the round started from, or guards against a rule
# of the round reaching too far.
SHAPES: dict[str, tuple[str, str, bool]] = {
    "a confirmation frame closed by a question": (
        "The app says my payment failed but the money has left my account.",
        "Just so I've got this right: the app shows a failure, yet the money's gone from your "
        "account?",
        True,
    ),
    "a 'just to check' frame": (
        "I switched to paperless billing but I'm still getting paper statements.",
        "Just to check I'm following: you've gone paperless and the letters keep coming?",
        True,
    ),
    "a reflection with 'even' in it": (
        "I've rung three times and I'm still waiting on the engineer.",
        "Nobody's come out yet, even after three calls from you.",
        True,
    ),
    "a filler before 'so'": (
        "Uh, the driver said he'd be back and never came back.",
        "Yep, so he promised to return and didn't.",
        True,
    ),
    "a 'way you see it' frame": (
        "It's only weed, it's not like it's a proper drug.",
        "The way you see it, cannabis isn't in the same league as other drugs.",
        True,
    ),
    "a verdict on a thing in general": (
        "I've started swimming twice a week.",
        "Swimming is great for your joints.",
        False,
    ),
    "a possibility in general": (
        "The new update hasn't shown up on my phone.",
        "Updates can take a few days to reach every handset.",
        False,
    ),
    "a 'so' question asking for details": (
        "I want to change the name on my account.",
        "So could you tell me the new name and your date of birth?",
        False,
    ),
    "a bare plural in general": (
        "My refund hasn't come through.",
        "Refunds take up to ten working days.",
        False,
    ),
    "an echo turned into a question of one's own": (
        "I've been doing a lot of baking lately.",
        "So what do you bake?",
        False,
    ),
    "the company's past act in the customer's story": (
        "Your engineer broke my garden gate and just left.",
        "The engineer we sent damaged your gate and walked off.",
        True,
    ),
    "how the company works, in the customer's word": (
        "Your courier threw my parcel over the fence.",
        "The courier we use delivers on Saturdays too.",
        False,
    ),
    "a timetable": (
        "I'd like to visit the museum.",
        "The museum's free on weekdays after four.",
        False,
    ),
}


@pytest.mark.parametrize(("context", "text", "expected"), SHAPES.values(), ids=SHAPES.keys())
def test_shapes_of_this_round(context: str, text: str, expected: bool) -> None:
    assert paraphrased(context, text) is expected
