"""Customer sentiment on five more blind blocks (the fourth round, 23 November 2026).

Before a line was changed, the development errors were counted by kind (the engine of
commit 0bde20a, dev macro-F1 0.762): on the airline tweets complaints read as neutral
(377; 169 of them questions, the rest complaints said without a complaint word: "do you
guys have any working planes?", "where is our luggage"), neutral read as complaint (209,
many of them news, links and questions about the weather), praise read as neutral (122);
on the hotel reviews three-star reviews read as praise (39) and four- or five-star ones as
middling (27). The airline labels call most questions about a problem a complaint (of 382
questions naming a delay, a cancellation, a bag or a hold, 318 are labelled negative), and
the engine already reads 270 of those 318 so; a plain question in a chat ("Where is my
parcel?") stays neutral by the convention of `test_sentiment_heldout`, which these
blocks follow too: a question about a problem in a tweet to an airline is labelled a
complaint when it says what the problem cost ("3 days, zero calls back"), neutral when it
only asks.

The blocks mix tweets to airlines, rail, banks and shops (handles, emoji), hotel reviews
in the style of review-site exports (stop words dropped, clauses run together with
commas), app, product and restaurant reviews, support-chat lines and e-mails; every class
a third of each block, the labels decided before the engine read a line.

First reads (the honest estimate):

- `FIRST` (60), on the engine of commit 0bde20a: 54 right, macro-F1 0.899 (negative
  0.900, neutral 0.909, positive 0.889). Its errors (an eye-roll emoji after praise,
  "legends", "more of this please", "Best budgeting app I've tried", "the fastest delivery
  I've ever had") guided commit f3b4e87 (sarcasm emoji, praise superlatives, 60 corpus
  lines): 58 right after it, so it is no longer blind. One of its requests proved to be
  in the corpus word for word (a common way to send a signed contract, read right); after
  scoring it was replaced by another one.
- `SECOND` (60), written after commits f3b4e87 and 62268b8 (service phrases found with 80
  probe lines of our own, never part of any check): 52 right, macro-F1 0.866 (0.905,
  0.850, 0.842); the engine of 0bde20a also gets 52, with other errors. Its errors guided
  commit b7d7a64 ("very decent of him", "bumped up to an exit row", "why didn't I do this
  sooner", "second time this month"): 56 right after it.
- `THIRD` (60), written after commit b7d7a64: 49 right, macro-F1 0.813 (0.857, 0.818,
  0.765); the engine of 0bde20a gets 48 (0.797). Its errors are mostly praise said
  without a praise word or beside a problem put right ("kept the door open 2 extra
  minutes so my mum could make it", "remembered my coffee order", "felt like a king"), two
  plain closers read as complaints ("No that's everything for now, bye.") and a complaint
  told as a date ("fixed by Friday. It's Wednesday of the following week."). With those of
  `FOURTH` they guided commit f224f61: 54 right after it.
- `FOURTH` (60), written after `THIRD` was read, on the engine of commit b7d7a64 with
  the phrases found on `THIRD` added (the first half of commit f224f61), those found on
  `FOURTH` not yet written: 48 right, macro-F1 0.797 (0.837, 0.810, 0.743); the engine of
  0bde20a gets 49 (0.815). The one line between them ("the flowers arrived and my mum was
  over the moon. Thank you.") sat on the praise margin (0.34 against 0.34 on both). Its errors
  again are mostly praise said plainly or beside a problem ("driver waited for my gran",
  "You're a star, I'd been stuck on that for ages"), a three-star review read as praise
  and a polite closer ("No worries, I can wait till Monday.") read as praise. 53 right
  after commit f224f61. Before it was scored, one of its complaints proved to open like
  complaints of `test_sentiment_heldout` and `test_sentiment_fresh2` and was replaced by a
  line of praise.
- `FIFTH` (60), written last, on the engine as committed at the end (f224f61): 52 right,
  macro-F1 0.867 (0.864, 0.865, 0.872); the engine of 0bde20a also gets 52 (0.867), with
  one error each that the other has not. Not worked on.

Over the four blocks first read after changes (240 messages) the engine got 201 right,
and the engine before this round gets the same 201 on them: what the round's phrases are
worth on lines they were not written for is within what 240 messages can tell apart.
One line of `THIRD` is close to a context line of `test_paraphrases_fresh` (not a
sentiment check); it was written without looking and is read right.

The floors sit a little under the counts at the end, so that a borderline message may
flip with a refit of the learned layer.
"""

from __future__ import annotations

from collections import Counter

import pytest

from legendary.care import train_sentiment
from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh import FRESH
from .test_sentiment_fresh3 import BLOCKS as FRESH3_BLOCKS
from .test_sentiment_heldout import HELDOUT

FIRST: list[tuple[Label, str]] = [
    (
        "negative",
        "@AeroLinkAir sat on the runway 2 hrs with no water and no announcements. how is that ok",
    ),
    (
        "negative",
        "@BlueHeronAir my bag went to Phoenix, I went to Portland. 3 days, zero calls back",
    ),
    (
        "negative",
        "@AeroLinkAir flight 882 delayed AGAIN. is there any plane in your fleet that leaves "
        "on time?",
    ),
    (
        "negative",
        "@MetroRailUK 4th cancelled train this week, any chance of a refund or do I keep dreaming",
    ),
    (
        "negative",
        "@BlueHeronAir rebooked me on a flight that leaves after my meeting ends. super helpful 🙄",
    ),
    (
        "negative",
        "@SunCoastAir on hold since 9am, it's now noon. does anyone answer the phones there",
    ),
    (
        "negative",
        "@AeroLinkAir charged me twice for the same seat upgrade and the chat bot just loops",
    ),
    ("neutral", "@BlueHeronAir what's the carry-on size limit for the regional jets?"),
    ("neutral", "@SunCoastAir can I pay for a checked bag at the airport or only online?"),
    (
        "neutral",
        "@AeroLinkAir flight shows delayed 40 min, will I still make the 3:10 connection in "
        "Atlanta?",
    ),
    ("neutral", "@MetroRailUK are the weekend engineering works still on for the Brighton line?"),
    ("neutral", "@BlueHeronAir DM'd you my confirmation code for the name correction"),
    ("neutral", "@SunCoastAir flying with a service dog next month, what paperwork do I need"),
    (
        "positive",
        "@SunCoastAir the gate agent in Tampa went above and beyond for my mom today, thank you",
    ),
    ("positive", "@BlueHeronAir new seats are so comfy, actually slept on a red-eye for once"),
    (
        "positive",
        "@AeroLinkAir lost my phone on the plane and your team had it waiting at baggage "
        "claim. legends",
    ),
    ("positive", "@MetroRailUK quiet coach, on time, free wifi that works. more of this please"),
    ("positive", "@AeroLinkAir quick rebooking after the storm, no fee, no fuss. appreciated!"),
    (
        "negative",
        "stay elsewhere, room smelled smoke despite non smoking, front desk shrugged, "
        "breakfast stale pastries, paid premium nothing premium,",
    ),
    (
        "negative",
        "overbooked moved us another hotel 20 min away without asking, taxi not paid, "
        "manager never called back, terrible handling,",
    ),
    (
        "negative",
        "tired and dirty hotel, dust everywhere, towels grey, shower drain blocked, staff "
        "uninterested, would not stay again,",
    ),
    (
        "neutral",
        "average city hotel location fine close station, room small clean, bed ok, noise "
        "hallway night, breakfast nothing special, price fair enough,",
    ),
    (
        "neutral",
        "okay short stay good points friendly doorman, central location, bad points tiny "
        "bathroom, slow lifts, expensive parking, it was alright,",
    ),
    (
        "neutral",
        "decent enough, pool small but clean, food mediocre, rooms recently painted still "
        "dated furniture, staff fine, would maybe return deal,",
    ),
    (
        "positive",
        "lovely boutique hotel, staff remembered names, room spotless, great coffee morning, "
        "short walk old town, will definitely come back,",
    ),
    (
        "positive",
        "great value, bit far centre but tram stop door, rooms modern comfy, breakfast "
        "spread excellent, staff helpful, recommend,",
    ),
    (
        "positive",
        "perfect family stay, kids club brilliant, huge room two balconies, pool warm, only "
        "gripe slow bar service, would return heartbeat,",
    ),
    (
        "negative",
        "Update broke the widget and now the app logs me out every time I open it. 1 star "
        "until fixed.",
    ),
    (
        "negative",
        "Arrived with a cracked screen and the seller wants me to pay return postage. No thanks.",
    ),
    ("neutral", "Does what it says. Battery lasts about a day. Nothing fancy."),
    ("neutral", "Fits as expected, colour slightly darker than the photo."),
    (
        "positive",
        "Best budgeting app I've tried, set up in five minutes and the reminders actually help.",
    ),
    ("positive", "Sturdy, quiet, and assembly took 20 minutes. Really pleased with it."),
    (
        "negative",
        "I've been passed between three departments and nobody can tell me where my refund is.",
    ),
    ("negative", "That's not good enough, I was promised a callback yesterday."),
    ("negative", "Seriously? You're telling me I have to fill in the form again?"),
    ("positive", "Thanks for sorting that so fast, you have made my week."),
    ("neutral", "Hi, I need to change the delivery address on order 55821."),
    ("neutral", "Can you tell me when the store reopens after the holidays?"),
    ("neutral", "Okay, I'll look out for the confirmation email."),
    ("neutral", "My router's lights are all orange, what should I try first?"),
    ("neutral", "Sure, my postcode is LS6 2AB."),
    ("neutral", "Nope, that's all for today."),
    ("positive", "Oh brilliant, that's sorted it, thank you!"),
    ("positive", "You've been so patient with me, really appreciate it."),
    ("positive", "Perfect, the refund's already showing. Thanks a million."),
    ("positive", "That was much quicker than I expected, great service."),
    (
        "negative",
        "Dear Sir or Madam, despite my two previous emails the boiler engineer has still not "
        "attended and we have had no heating for a week.",
    ),
    (
        "negative",
        "Hello, the invoice you sent charges for a service we cancelled in March. This is "
        "the second time this has happened.",
    ),
    (
        "negative",
        "I'm writing to complain about the way my mother was spoken to by your staff at the "
        "Leeds branch.",
    ),
    ("neutral", "Hi, I've attached the signed lease. Shout if anything's missing."),
    ("neutral", "Hi, could you confirm whether the 12th is still the install date?"),
    ("neutral", "Good afternoon, I'd like to request a copy of my last six statements."),
    (
        "positive",
        "Dear team, I just wanted to say how impressed I was with the engineer who came out "
        "on Friday.",
    ),
    (
        "positive",
        "Hi Priya, thanks so much for chasing this up, the replacement arrived this morning "
        "and it's perfect.",
    ),
    ("positive", "Many thanks for the quick turnaround on the quote, we're happy to go ahead."),
    (
        "negative",
        "@QuickFoodUK order arrived cold and an hour late, and the app says delivered 40 min ago??",
    ),
    (
        "negative",
        "@TelcoOne still no broadband, engineer no show twice. what exactly am I paying for",
    ),
    ("positive", "@TelcoOne shout out to Dan on live chat, fixed my bill in 5 mins 👏"),
    ("positive", "@QuickFoodUK honestly the fastest delivery I've ever had, still piping hot"),
]


SECOND: list[tuple[Label, str]] = [
    (
        "negative",
        "@JetStreamUS boarding started 50 min late and now we're told there's no crew. cool.",
    ),
    (
        "negative",
        "@JetStreamUS 2nd time this month my upgrade vanished at the gate. what's the status "
        "for then",
    ),
    (
        "negative",
        "@RiverJetAir they put my car seat in the hold and it came out cracked. who do I "
        "even talk to",
    ),
    (
        "negative",
        "@RiverJetAir app crashed during check-in and now I'm charged $30 to do it at the "
        "desk. fantastic system",
    ),
    (
        "negative",
        "@CrossCountryRail no heating in coach C for a 3 hour trip. bring a blanket I guess",
    ),
    (
        "positive",
        "@CrossCountryRail staff at York carried my mum's cases right to the platform, thank you",
    ),
    (
        "negative",
        "@PinewoodAir why did nobody tell the people at the gate the flight had moved terminals?",
    ),
    ("neutral", "@JetStreamUS does the 6am from Newark have wifi on board?"),
    ("neutral", "@RiverJetAir can I bring a stroller to the gate for my 2 year old?"),
    ("neutral", "@CrossCountryRail is there a quiet carriage on the 10:05 to Glasgow"),
    (
        "neutral",
        "@PinewoodAir my boarding pass has my middle name missing, will that be a problem at "
        "security?",
    ),
    ("neutral", "@JetStreamUS just landed in Austin, where do I pick up a rental shuttle"),
    ("neutral", "@RiverJetAir sent a DM about changing my return date"),
    (
        "positive",
        "@PinewoodAir the crew on 1142 sang happy birthday to my dad, he's still grinning",
    ),
    ("positive", "@JetStreamUS bumped up to an exit row for free, legroom for days. cheers"),
    (
        "positive",
        "@CrossCountryRail the guard let us sit in first when our seats were double booked. "
        "very decent of him",
    ),
    ("positive", "@RiverJetAir smooth flight, snacks, and we landed early. can't ask for more"),
    (
        "positive",
        "@PinewoodAir gate agent in Denver found us two seats together last minute. thank "
        "you Lisa!",
    ),
    (
        "negative",
        "stay away, booked king got twin beds pushed together, ac dripping carpet, night "
        "manager said nothing could done, charged card twice,",
    ),
    (
        "negative",
        "worst hotel trip, lobby smelled bleach, room next ice machine clanging night, "
        "breakfast cold eggs, staff acted like bothering them,",
    ),
    (
        "negative",
        "not recommended, photos misleading room half size, mould shower curtain, asked "
        "clean towels waited 2 hours, check out queue 40 minutes,",
    ),
    (
        "neutral",
        "fine couple nights, room compact clean, bed firm, location near train station "
        "handy, breakfast simple, staff courteous, nothing stood out,",
    ),
    (
        "neutral",
        "reasonable stay price, check in quick, room dated but tidy, some street noise, pool "
        "small, buffet average, would stay again if cheap,",
    ),
    (
        "neutral",
        "ok not great, great view harbour, bathroom tired, wifi kept dropping, helpful "
        "concierge, restaurant expensive, middle road,",
    ),
    (
        "positive",
        "loved every minute, staff went extra mile birthday, room upgraded view, spa "
        "gorgeous, pricey worth it, can't wait return,",
    ),
    (
        "positive",
        "gem hotel, quiet street minutes main square, owners lovely tips, homemade breakfast "
        "superb, spotless rooms, highly recommended,",
    ),
    (
        "positive",
        "exceeded expectations, modern room comfy bed, rooftop bar fantastic sunsets, only "
        "small issue slow lift, would definitely book again,",
    ),
    (
        "negative",
        "Paid for premium and the ads are still there. Support just sends a link to the FAQ.",
    ),
    ("negative", "The handle snapped off the second time I used it. Cheap rubbish."),
    ("negative", "Waited an hour for mains and the steak was cold when it came."),
    ("neutral", "Works fine on my tablet, haven't tried it on the phone yet."),
    ("neutral", "Portion sizes are standard, prices about what you'd expect for the area."),
    ("positive", "Honestly the most useful app on my phone, saves me hours every week."),
    ("positive", "The kids devoured it and asked when we're going back. Lovely staff too."),
    ("positive", "Beautifully made and arrived in gorgeous packaging, a perfect gift."),
    ("negative", "I've been on this chat for 40 minutes and we're back where we started."),
    ("negative", "You keep saying it's escalated but nothing ever happens."),
    (
        "negative",
        "I'm sorry but that's just not acceptable, it's the third engineer who hasn't turned up.",
    ),
    ("neutral", "Could you check whether my direct debit date can move to the 1st?"),
    ("negative", "Can I speak to someone who actually knows what's going on please"),
    ("neutral", "Hi, I'd like to add my partner as a named driver."),
    ("neutral", "How long does a refund usually take to show on a credit card?"),
    ("neutral", "I'll grab the receipt and send a photo in a minute."),
    ("neutral", "Thanks, that's all I needed to know."),
    ("neutral", "Yes it's the flat on the second floor, buzzer number 4."),
    ("positive", "Amazing, it's connected now. You're a lifesaver!"),
    ("positive", "Thank you, you've been really kind about all this."),
    ("positive", "That's brilliant news, I was worried it had gone missing. Thanks so much!"),
    ("positive", "Lovely, the voucher's come through. Really appreciate you sorting it."),
    (
        "negative",
        "Dear customer services, I am still waiting for the credit note promised on the 3rd. "
        "I have now chased this four times.",
    ),
    (
        "negative",
        "Hello, the replacement sofa has arrived with the same tear in the fabric as the "
        "first one. I am very unhappy.",
    ),
    (
        "negative",
        "Good morning, I was assured the scaffolding would be removed last week. It is still "
        "up and blocking our drive.",
    ),
    (
        "neutral",
        "Hi there, please could you send me the terms and conditions for the extended warranty?",
    ),
    ("neutral", "Hello, I'm writing to update my billing address, details are below."),
    ("neutral", "Good afternoon, could you let me know if the booking for the 14th is confirmed?"),
    (
        "positive",
        "Dear Anna, just a note to say the catering at our event was a huge hit. Thanks to "
        "you and the team.",
    ),
    (
        "positive",
        "Hi, I wanted to pass on my thanks to Ben, who went out of his way to help my "
        "elderly father.",
    ),
    ("positive", "Thank you for the swift refund, it was a pleasure dealing with you."),
    (
        "negative",
        "@VoltMobile signal's been gone since Thursday and the help page just says 'we're aware'",
    ),
    (
        "positive",
        "@VoltMobile switched over in 10 minutes, kept my number, no drama. why didn't I do "
        "this sooner",
    ),
]


THIRD: list[tuple[Label, str]] = [
    (
        "negative",
        "@SilverWingAir four hours in Charlotte and the board just keeps saying 'on time'. "
        "it is not on time",
    ),
    (
        "negative",
        "@SilverWingAir paid for priority boarding, boarded with group 5 because the agent "
        "didn't call it",
    ),
    (
        "negative",
        "@HarbourAir you changed my flight 3 times and now it connects through a city I've "
        "never heard of",
    ),
    (
        "negative",
        "@HarbourAir crew ran out of meals by row 12 on a 7 hour flight. we were in row 30",
    ),
    (
        "negative",
        "@SilverWingAir the seat map showed a window, I got a wall. nobody at the desk cares",
    ),
    (
        "positive",
        "@NimbusJet gate agent in Boise stayed late to get our whole family rebooked, she "
        "was a star",
    ),
    (
        "negative",
        "@NimbusJet been trying to get my travel credit for 2 months, every agent says "
        "something different",
    ),
    ("neutral", "@SilverWingAir what's the fee to change a basic economy ticket to a later date?"),
    ("neutral", "@HarbourAir do kids under 2 need their own passport for flights to Canada"),
    ("neutral", "@NimbusJet is the Orlando flight leaving from gate 7 or did it move"),
    ("neutral", "@SilverWingAir booked through Expedia, can I still choose my seat with you?"),
    ("neutral", "@HarbourAir how early does bag drop open at Heathrow T3"),
    ("neutral", "@NimbusJet flying tomorrow with a guitar, can it go in the overhead?"),
    (
        "positive",
        "@HarbourAir kept the door open 2 extra minutes so my mum could make it. you didn't "
        "have to, thank you",
    ),
    ("positive", "@NimbusJet first flight with you and the crew were lovely from start to finish"),
    (
        "positive",
        "@SilverWingAir lounge staff at JFK remembered my coffee order from last month. "
        "small thing, big difference",
    ),
    (
        "positive",
        "@HarbourAir honestly the comfiest economy seat I've sat in, will pick you over the others",
    ),
    ("positive", "@NimbusJet quick reply on here and the refund landed the same day, well done"),
    (
        "negative",
        "dirty room broken promises, booked non smoking room reeked, promised refund never "
        "came, hair bathtub, front desk blamed housekeeping,",
    ),
    (
        "negative",
        "avoid pool side rooms, music until 3am every night, complained twice nothing "
        "changed, manager shrugged, tired sore left two days early,",
    ),
    (
        "negative",
        "money grab, parking 40 night, resort fee, wifi extra, breakfast extra, room itself "
        "tired worn, felt nickel dimed everything,",
    ),
    (
        "neutral",
        "solid not special, room clean bed comfortable, bathroom small, breakfast limited "
        "choice, location bit far metro, staff friendly enough,",
    ),
    (
        "neutral",
        "okay stopover, easy check, room basic, ac loud but worked, shuttle every 30 "
        "minutes, restaurant overpriced, fine one night,",
    ),
    (
        "neutral",
        "pros great location, friendly bar staff, comfy beds, cons tiny rooms, slow lifts, "
        "no view, breakfast crowded, average overall,",
    ),
    (
        "positive",
        "fabulous stay, upgraded arrival, room enormous terrace, staff attentive without "
        "fuss, breakfast wonderful, will back soon,",
    ),
    (
        "positive",
        "really pleasant surprise, bit dated outside inside spotless, welcoming staff, quiet "
        "nights, walk beach, great value, recommend,",
    ),
    (
        "positive",
        "perfect weekend, cosy room fireplace, dinner restaurant outstanding, staff "
        "thoughtful touches, could n't fault,",
    ),
    (
        "negative",
        "Since the last update it drains my battery in three hours. Going back to the old version.",
    ),
    (
        "negative",
        "Ordered a queen duvet, got a single. Returns want it in the original packaging I "
        "already threw out.",
    ),
    ("negative", "Forty minutes for two coffees and they still got the order wrong."),
    ("neutral", "Fits my laptop, the zip is a bit stiff. Haven't used it much yet."),
    ("neutral", "Menu is mostly pasta and pizza, a couple of vegan options."),
    ("positive", "Exactly as pictured and the colour is even nicer in person."),
    ("positive", "The staff made a fuss of my son on his birthday, he felt like a king."),
    ("positive", "Simple, reliable and it just works. Should've downloaded it years ago."),
    ("negative", "I've had three different answers from three different people today."),
    ("negative", "I was told this would be fixed by Friday. It's Wednesday of the following week."),
    ("negative", "Sorry, but why am I paying full price when half the channels don't load?"),
    ("negative", "No, that doesn't help at all, I've already tried all of that."),
    ("neutral", "Hi, I need to report a change of name after getting married."),
    ("neutral", "Can you tell me what time the engineer is likely to arrive?"),
    ("neutral", "Right, so I just need to restart it and wait ten minutes?"),
    ("neutral", "I'll check with my landlord and get back to you."),
    ("neutral", "It's under my husband's name, Peter Walsh."),
    ("neutral", "No that's everything for now, bye."),
    ("positive", "Oh that's great, you've saved me so much hassle."),
    ("positive", "Perfect, it's showing as paid now. Thanks for being so quick."),
    ("positive", "You've been fantastic, I'll be leaving a good review."),
    ("positive", "That's a huge relief, thank you for believing me."),
    (
        "negative",
        "Dear team, this is my third email about the missing parcel and I have yet to "
        "receive a reply.",
    ),
    (
        "negative",
        "Hello, I'm disappointed that the refund was only partial when the whole order was faulty.",
    ),
    (
        "negative",
        "To the manager, the way my complaint was handled on the phone yesterday was "
        "dismissive and rude.",
    ),
    ("neutral", "Hi, attached is the completed form for the direct debit."),
    ("neutral", "Hello, could you tell me whether the warranty covers accidental damage?"),
    ("neutral", "Good morning, I would like to book an appointment for a boiler service in March."),
    ("positive", "Hi Jo, everything arrived safely and the team were brilliant. Thank you."),
    (
        "positive",
        "Dear all, thank you for fitting us in at such short notice, it made a real difference.",
    ),
    ("positive", "Just a quick email to say the new kitchen looks incredible. We're thrilled."),
    (
        "negative",
        "@QuickBankUK card blocked on holiday AGAIN with no warning. stuck at a restaurant "
        "till with no way to pay",
    ),
    (
        "positive",
        "@QuickBankUK fraud team spotted a dodgy payment and had a new card to me in 2 days. "
        "top service",
    ),
]


FOURTH: list[tuple[Label, str]] = [
    (
        "negative",
        "@SkyBridgeAir 90 minutes on the tarmac and the pilot's updates are just 'bear with "
        "us'. bearing. barely.",
    ),
    (
        "negative",
        "@SkyBridgeAir paid extra to sit with my wife and we're 14 rows apart. what was the "
        "$60 for",
    ),
    (
        "negative",
        "@AltoAir second bag fee charged at the desk even though my fare includes 2 bags. "
        "receipt says so",
    ),
    ("negative", "@AltoAir your gate agent shouted at a woman with a crying baby. not ok"),
    ("negative", "@CoachLineUK bus didn't turn up, next one full, missed my interview"),
    (
        "negative",
        "@SkyBridgeAir how is my bag in Miami when I'm in Tampa and the flight was direct",
    ),
    ("neutral", "@SkyBridgeAir can I use my travel credit to book for someone else?"),
    ("neutral", "@AltoAir do you serve hot food on the Boston to Dublin route"),
    ("neutral", "@CoachLineUK what time does the first coach leave Victoria on Sundays"),
    ("neutral", "@SkyBridgeAir is the app the only way to get a mobile boarding pass?"),
    ("neutral", "@AltoAir we're a group of 12, is there a group booking number?"),
    ("neutral", "@CoachLineUK sent my ticket ref by DM for the name change"),
    (
        "neutral",
        "@SkyBridgeAir heading to Lisbon on Friday, anything I should know about the new terminal?",
    ),
    (
        "positive",
        "@AltoAir pilot came out to chat with my son after landing, he hasn't stopped "
        "talking about it",
    ),
    (
        "positive",
        "@SkyBridgeAir stuck overnight but the hotel voucher, dinner and early rebooking "
        "made it painless. cheers team",
    ),
    ("positive", "@CoachLineUK driver waited for my gran while she found her glasses. lovely man"),
    ("positive", "@AltoAir new app is slick, checked in, paid for a bag, done in 2 minutes"),
    ("positive", "@SkyBridgeAir cabin crew on 447 were a delight, proper old school service"),
    ("positive", "@AltoAir landed 25 mins early 🙌"),
    (
        "negative",
        "never again, key cards stopped working three times, front desk unapologetic, room "
        "service wrong order twice, charged minibar never touched,",
    ),
    (
        "negative",
        "disgusting bathroom, black mould ceiling, towels stained, complained given another "
        "room same, manager offered 10 percent off, insulting,",
    ),
    (
        "negative",
        "noisy run down, thin walls heard every word next door, window would n't shut, "
        "breakfast powdered eggs, felt unsafe car park,",
    ),
    (
        "neutral",
        "alright base sightseeing, room small but clean, shower weak, staff helpful, "
        "breakfast basic, tram close, about expected price,",
    ),
    (
        "neutral",
        "mixed bag, lovely lobby, room ok bit worn, bed comfortable, noisy air con, helpful "
        "concierge, overpriced drinks, probably not return,",
    ),
    (
        "neutral",
        "decent business hotel, desk workspace good, wifi fine, gym tiny, restaurant "
        "average, quiet floor, nothing remarkable,",
    ),
    (
        "positive",
        "brilliant little hotel, warm welcome, room small but beautifully done, best "
        "breakfast trip, staff went out way help, book again,",
    ),
    (
        "positive",
        "wonderful anniversary, champagne room surprise, spa heavenly, dinner superb, pricey "
        "every penny worth, thank team,",
    ),
    (
        "positive",
        "great find, clean modern rooms, friendly staff, excellent location near old town, "
        "bit noise weekend didn't spoil, highly recommend,",
    ),
    (
        "negative",
        "Two weeks in and the strap has already frayed. Not what I'd expect at this price.",
    ),
    (
        "negative",
        "The app charged my card but the booking never appeared. Support chat is a bot loop.",
    ),
    ("negative", "Food was cold, the table sticky and we waited 20 minutes for the bill."),
    ("neutral", "Arrived in two days. Haven't tried it yet."),
    ("neutral", "It's a standard phone case, does what you'd expect."),
    ("positive", "My go-to takeaway now, never had a bad meal from them."),
    ("positive", "Set it up in minutes and the picture quality is stunning."),
    ("positive", "Cosy place, the waiter's recommendations were spot on."),
    ("negative", "This is ridiculous, I've given you my details three times now."),
    ("positive", "Got my refund the same day, honestly didn't expect that."),
    ("negative", "I was promised a call back within the hour. That was yesterday."),
    ("negative", "I'm losing patience, this has been going on since March."),
    ("neutral", "Hello, I'd like to check whether my order has been dispatched."),
    ("neutral", "My account number is 00918273, the bill is from May."),
    ("neutral", "OK, I'll try clearing the cache and let you know."),
    ("neutral", "Can I pay the balance in two instalments?"),
    ("neutral", "No worries, I can wait till Monday."),
    ("positive", "Ah that's done the trick, thank you so much!"),
    ("positive", "You're a star, I'd been stuck on that for ages."),
    ("positive", "Great, I can see the credit now. Really helpful, thank you."),
    ("positive", "That's really reassuring, thanks for explaining it so clearly."),
    (
        "negative",
        "Dear Sir, despite your assurances the leak in the ceiling has returned and nobody "
        "has been out to look at it.",
    ),
    (
        "negative",
        "Hello, I cancelled my membership in January and you have taken another two payments "
        "since.",
    ),
    (
        "negative",
        "Hi, I have now waited six weeks for a response to my complaint, which is frankly "
        "unacceptable.",
    ),
    ("neutral", "Dear team, please find my meter readings below for the quarter."),
    ("neutral", "Hi, could you let me know the dimensions of the corner unit before I order?"),
    ("neutral", "Hello, I'm moving out on the 30th and need to close the account from that date."),
    (
        "positive",
        "Dear Mark, I wanted to thank you for your patience on the phone last week, it "
        "really helped.",
    ),
    ("positive", "Hi, just to say the flowers arrived and my mum was over the moon. Thank you."),
    (
        "negative",
        "@PowerHomeUK estimated bill again even though I sent readings. third month running",
    ),
    ("negative", "@PowerHomeUK on hold 55 minutes to be told to use the website that doesn't work"),
    ("positive", "@PowerHomeUK sorted my direct debit in one call, friendly and quick. thanks Amy"),
]


FIFTH: list[tuple[Label, str]] = [
    (
        "negative",
        "@WestwindAir delayed 3 times today and the app still shows the original time. who's "
        "updating this thing",
    ),
    (
        "negative",
        "@WestwindAir checked bag arrived soaked through, everything inside ruined. claim "
        "form is a maze",
    ),
    (
        "negative",
        "@LakeAir 40 min queue at bag drop with 2 desks open out of 12. every Friday the same",
    ),
    ("negative", "@LakeAir so the refund 'takes 7-10 days' and it's been 5 weeks. where is it"),
    ("negative", "@MetroBusCo driver drove straight past three of us at the stop. in the rain."),
    ("negative", "@WestwindAir crew told a teenager to shut up over the PA. really professional"),
    ("neutral", "@WestwindAir what's the allowance for sports equipment on long haul?"),
    ("neutral", "@LakeAir do I need to print my boarding pass for Faro or is the app fine"),
    ("neutral", "@MetroBusCo are the night buses running over Christmas?"),
    ("neutral", "@LakeAir just booked for June, can I add a bag later or only now?"),
    ("neutral", "@WestwindAir my surname is spelled wrong on the ticket, how do I fix it?"),
    ("neutral", "@MetroBusCo is the 42 diverted today because of the marathon"),
    (
        "positive",
        "@MetroBusCo driver helped a blind passenger find a seat and got off to guide him to "
        "the crossing. top bloke",
    ),
    (
        "positive",
        "@LakeAir the lady at check-in spotted my passport was about to expire and sorted a "
        "plan with me. saved my trip",
    ),
    (
        "positive",
        "@WestwindAir genuinely the nicest crew I've met, they even had crayons for the kids",
    ),
    ("positive", "@MetroBusCo new electric buses are so quiet and comfy, love them"),
    ("positive", "@LakeAir quickest boarding I've seen, in and seated in 15 minutes 👏"),
    ("positive", "@WestwindAir thank you for looking after my nan on her first flight alone ❤"),
    ("positive", "@LakeAir upgraded for my birthday without me asking, you made my day"),
    (
        "negative",
        "shocking value, 200 night room size cupboard, no window, broken safe, staff argued "
        "bill, breakfast charged despite included, avoid,",
    ),
    (
        "negative",
        "ruined honeymoon, booked sea view suite given ground floor room facing kitchen, "
        "smell grease, manager unavailable whole week,",
    ),
    (
        "negative",
        "filthy, sheets had stains, cockroach bathroom, reported nothing done, checked next "
        "morning lost deposit,",
    ),
    (
        "neutral",
        "fine stopover, clean enough, bed soft, noisy road, staff polite, breakfast ok, easy "
        "parking, no complaints no praise,",
    ),
    (
        "neutral",
        "average all round, good location, small room, decent shower, tired carpets, helpful "
        "reception, breakfast so so,",
    ),
    (
        "neutral",
        "ok three star, spacious room dated bathroom, pool nice crowded, food average, staff "
        "friendly slow, fair price,",
    ),
    (
        "positive",
        "fantastic hotel, stunning views every room, staff warm welcoming, food delicious, "
        "spa relaxing, cannot recommend enough,",
    ),
    (
        "positive",
        "home from home, lovely owners, spotless, peaceful garden, amazing breakfast, short "
        "walk village, already booked next year,",
    ),
    (
        "positive",
        "superb location, modern stylish room, great bed, friendly efficient staff, rooftop "
        "pool gorgeous, would stay again,",
    ),
    (
        "negative",
        "Screen protector cracked the first week and the replacement doesn't fit properly.",
    ),
    ("negative", "New version removed the dark mode everyone asked for. Why?"),
    ("negative", "Ordered medium rare, got it well done and the waiter argued with us about it."),
    ("neutral", "Delivery was on the date given. Box slightly dented, contents fine."),
    ("neutral", "It's a notebook app. Syncs, search works, nothing more."),
    ("positive", "Best money I've spent this year, wish I'd bought one sooner."),
    ("positive", "Our waiter was a delight and the dessert was out of this world."),
    ("positive", "So intuitive my dad worked it out without calling me once."),
    ("negative", "Every time I call I'm told someone will ring me back and nobody ever does."),
    ("negative", "I don't understand why it takes a week to change an address."),
    ("negative", "That's the same answer I got last time and it didn't work then either."),
    ("negative", "I've had enough, please just cancel everything."),
    ("neutral", "Hi, can you tell me if my prescription is ready to collect?"),
    ("neutral", "Yes, the email address ends in .co.uk, not .com."),
    ("neutral", "Can I swap the delivery to Saturday morning?"),
    ("neutral", "I'll wait for the text then, thanks."),
    ("neutral", "Could you repeat the reference number please?"),
    ("positive", "Oh fab, that's much simpler than I thought. Thanks!"),
    ("positive", "Thank you, you've made this really easy for me."),
    ("positive", "Brilliant, working perfectly now, cheers for your help."),
    ("positive", "I'm so relieved, thank you for not giving up on it."),
    (
        "negative",
        "Dear team, the engineer arrived four hours late, left without fixing the fault and "
        "tracked mud through the house.",
    ),
    (
        "negative",
        "Hello, I am writing again because the promised refund of £85 has still not reached "
        "my account.",
    ),
    (
        "negative",
        "I must say I'm very let down by how this order has been handled from start to finish.",
    ),
    ("neutral", "Hello, could you send me a copy of the invoice for order 77310?"),
    ("neutral", "Hi, I'll be away from the 2nd to the 9th, so please deliver after that."),
    ("neutral", "Dear Sir or Madam, please update my phone number to the one below."),
    (
        "positive",
        "Dear Claire, many thanks for arranging everything so smoothly, our guests loved it.",
    ),
    (
        "positive",
        "Hi, just wanted to say your driver was incredibly helpful and polite this morning.",
    ),
    ("negative", "@FibreNetUK down again tonight, 4th evening this week. I work from home ffs"),
    ("positive", "@FibreNetUK engineer was in and out in 30 mins and speeds are way up. chuffed"),
    ("neutral", "@FibreNetUK is there an outage in the BS3 area?"),
]

# This check's blocks and those of `test_sentiment_fresh3` (with `test_sentiment_fresh2`'s),
# each with its floor.
BLOCKS: dict[str, tuple[list[tuple[Label, str]], int]] = {
    "first": (FIRST, 55),
    "second": (SECOND, 53),
    "third": (THIRD, 51),
    "fourth": (FOURTH, 50),
    "fifth": (FIFTH, 49),
    **{f"fresh3 {name}": block for name, block in FRESH3_BLOCKS.items()},
}


def test_the_blind_messages_are_in_no_corpus_and_no_other_check() -> None:
    corpus = {turn.text for turn in train_sentiment.read_corpus(train_sentiment.corpus_path())}
    texts = [text for _label, text in FIRST + SECOND + THIRD + FOURTH + FIFTH]
    assert len(set(texts)) == len(texts)
    assert not corpus.intersection(texts)
    others = FRESH + HELDOUT + [row for rows, _floor in FRESH3_BLOCKS.values() for row in rows]
    assert not {text for _label, text in others}.intersection(texts)


@pytest.mark.parametrize("name", list(BLOCKS))
def test_each_block_has_a_third_of_each_class(name: str) -> None:
    counts = Counter(label for label, _text in BLOCKS[name][0])
    assert set(counts) == {"negative", "neutral", "positive"}
    assert max(counts.values()) == min(counts.values())


@pytest.mark.parametrize("name", list(BLOCKS))
def test_sentiment_holds_up_on_the_blind_blocks(name: str) -> None:
    rows, floor = BLOCKS[name]
    wrong = [(label, classify(text), text) for label, text in rows if classify(text) != label]
    assert len(rows) - len(wrong) >= floor, wrong


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # An eye-roll or an upside-down smile takes the praise beside it back.
        ("@GreenLineBus driver waved as he drove past the stop. so kind 🙄", "negative"),
        ("Oh lovely, the invoice is wrong again 🙃", "negative"),
        ("@GreenLineBus driver waited for me to reach the stop. so kind 😊", "positive"),
        # Praise superlatives VADER lacks, and the middling word said of someone's act.
        ("Quickest service in town.", "positive"),
        ("The tastiest pie in the county.", "positive"),
        ("That was really decent of you, thanks for waiting.", "positive"),
        ("The room was decent, the view less so.", "neutral"),
        # Courtesy is no praise; "can't believe" does not negate what follows.
        ("Please could you check the meter reading? Thanks in advance.", "neutral"),
        ("Can't believe how slow the checkout has become.", "negative"),
        ("Can't believe how easy that was, thank you!", "positive"),
        # A second time said as a count of failures, not as a return visit.
        ("The parcel has gone to the wrong depot for the second time this week.", "negative"),
        ("Second time staying here and it was just as lovely.", "positive"),
    ],
)
def test_named_examples(text: str, label: Label) -> None:
    assert classify(text) == label
