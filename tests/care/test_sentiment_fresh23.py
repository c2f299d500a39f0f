"""Customer sentiment on the fifteenth round's second blind block (24 November 2026,
nineteenth session): tweets to companies other than airlines (railways, buses, telecoms
and broadband, banks, food and grocery delivery, couriers, retailers, streaming, energy
and water), with the handles, hashtags, emoji, links, abbreviations and typos real
tweets carry, labelled as a rater of the airline tweets would: a chase after a wait
("where is my refund??") is a complaint, a plain question about opening hours or a plan
is neutral, thanks and praise ("you legends, sorted in 5 minutes") are positive. 30
lines of each class; every label was written into this file before the engine read a
line, and before any development error was read.

- `K`, first read at commit 226dde3 (the sentiment rules and model of 21acab6): 85 of
  90 (macro-F1 0.944: negative 0.933, neutral 0.952, positive 0.947). Wrong: a
  complaint put as a question with figures ("how is my broadband slower now than before
  the 'upgrade'? paying for 500mb getting 12") and one with sarcasm ("app down AGAIN on
  payday ... great timing lads") read as plain; thanks for a problem put right read as a
  complaint ("guard found my phone on the train", "thanks for the free month after the
  outage"), and "absolute star" after a deed read as plain.

The development tweets' errors at the same rules, by kind (complaints read as plain 378,
187 with a "?"; plain read as complaints 197; praise read as plain 106 and as complaints
56): the kinds this block and the earlier ones share are praise for a lost thing kept
for the customer, read as the customer's wait, and a complaint told as "ordered / paid
for X, got Y", which the rules read as plain fact.

Mended by kind (`plain` in `lexicons/service_sentiment.json`): what waits for the
customer ("had it waiting", "waiting for me/us at the desk") is no wait of theirs; the
customer's own wait ("still waiting for my parcel", "been waiting for a driver") is
untouched. The model refitted on the same corpus (`python -m
legendary.care.train_sentiment`). After: 86 of 90 (the phone kept at York); dev
`customer_sentiment` 0.7593 -> 0.7602 (airline tweets 0.7432 -> 0.7443, TripAdvisor
0.7150 unchanged); the 3,380 lines of the earlier blind checks 2,990 -> 2,991.

Tried and dropped: "ordered / booked / paid for X, then got / getting / given Y" as a
complaint when Y is not the thing itself ("got it", "got my refund") and not praised
(a rule in `sentiment_rules`, -3.0 like a strong cue). Before a refit it moved no
development line and took the earlier blind lines 2,990 -> 2,994 and this block 86 ->
87; refitted, dev fell 0.7602 -> 0.7599 (tweets 0.7443 -> 0.7440, TripAdvisor 0.7150 ->
0.7122), so it was left out. A negation that stops at the end of its sentence ("didnt
expect that. appreciated" read "appreciated" as negated), in the rules and the learned
layer's negated words, refitted: K 86 -> 87, dev 0.7602 -> 0.7606 (tweets 0.7443 ->
0.7449, TripAdvisor unchanged), the earlier blind lines 2,991 unchanged in sum but
fresh18's block lost a line (fresh17's gained one), so it was left out; in the rules
alone dev fell to 0.7600 (TripAdvisor 0.7109), in the learned layer alone the earlier
blind lines fell to 2,989. 24 corpus tweets of our own (a pleasant surprise "didn't
expect", a thing kept waiting, "paid for X, got Y", a closing sarcastic "great timing"):
dev 0.7602 -> 0.7599 (TripAdvisor 0.7150 -> 0.7100), K 86, so they were left out. Left:
sarcasm closing a complaint told as plain fact ("app down AGAIN on payday ... great
timing lads"), "paying for 500mb getting 12", "absolute star" without its article.

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh22 import BLOCKS as FRESH22_BLOCKS
from .test_sentiment_fresh22 import EARLIER_ROUNDS as BEFORE_FRESH22

# The block: its floor (lines read right) and its lines, 30 a class.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "K": (
        84,
        [
            (
                "negative",
                "@NorthRail_help where is my delay repay?? claimed 3 weeks ago and nothing",
            ),
            (
                "negative",
                "@QuickBite_UK order says delivered, nothing at my door. driver not answering. "
                "this is a joke",
            ),
            ("negative", "@StreamBoxTV why have i been charged twice this month?? #notimpressed"),
            (
                "negative",
                "@CityPowerCo 4th power cut this week and ur site says no faults in my area. "
                "seriously?",
            ),
            (
                "negative",
                "@ParcelDash_UK 'we tried to deliver' no you didnt, i was home all day 🙄",
            ),
            ("negative", "@MegaMartHelp been on hold 50 mins to cancel an order. 50. MINUTES."),
            (
                "negative",
                "hey @FibreNetUK how is my broadband slower now than before the 'upgrade'? "
                "paying for 500mb getting 12",
            ),
            (
                "negative",
                "@HarbourBank app down AGAIN on payday. cant pay my rent. great timing lads",
            ),
            (
                "negative",
                "@TeleTalkMobile 3rd time ive asked for my PAC code, still nothing. do u even "
                "read these?",
            ),
            (
                "negative",
                "@FreshBasketUK half my shop substituted with random stuff and the eggs "
                "smashed. 👎",
            ),
            (
                "negative",
                "@NorthRail_help train cancelled, no announcement, no staff, 200 of us stood "
                "on the platform in the rain",
            ),
            (
                "negative",
                "@ThamesWaterCo no water since 7am and not a single update. kids need a bath #fail",
            ),
            (
                "negative",
                "@StyleHouseShop returned the coat 5 weeks ago, still waiting on the refund. "
                "where is it??",
            ),
            (
                "negative",
                "@GigaPhoneUK your 'unlimited' plan throttles me after 20GB. thats not "
                "unlimited is it",
            ),
            ("negative", "Thanks for nothing @QuickBite_UK. 2 hrs for a cold pizza and no refund"),
            (
                "negative",
                "@FlixNowHelp kept buffering all through the final. paid for 4K, got a slideshow",
            ),
            (
                "negative",
                "@HarbourBank why does it take 10 days to send me a new card?? i cant buy anything",
            ),
            (
                "negative",
                "@MetroBusLDN 3 buses went straight past us full at 8am. again. every single day",
            ),
            (
                "negative",
                "@CloudBoxSupport lost all my photos after your update. years of pics gone. no "
                "reply to my ticket",
            ),
            (
                "negative",
                "@SuperSaveStores the self checkouts never work and theres one person on the "
                "tills. sort it out",
            ),
            (
                "negative",
                "@EnergyOneUK bill went up £80 for no reason and nobody can explain why. "
                "ridiculous",
            ),
            (
                "negative",
                "@TeleTalkMobile cancelled my contract in march and u still took a payment. "
                "want it back",
            ),
            (
                "negative",
                "@ParcelDash_UK my parcel has been 'out for delivery' for 4 days now. hello??",
            ),
            (
                "negative",
                "@NorthRail_help 40 mins late, missed my connection and the app still says on "
                "time 😡",
            ),
            (
                "negative",
                "@FibreNetUK engineer was booked 8-1, nobody came, nobody called. took a day "
                "off for this",
            ),
            ("negative", "wow @StreamBoxTV, price up again and you cut half the channels. cheers"),
            (
                "negative",
                "@MegaMartHelp ordered a fridge, got a microwave. how does that even happen",
            ),
            (
                "negative",
                "@HarbourBank still locked out of my account after 3 calls. can someone "
                "actually help me",
            ),
            (
                "negative",
                "@QuickBite_UK the chat bot just keeps sending me the same link. i need a real "
                "person",
            ),
            (
                "negative",
                "@CityPowerCo meter reader hasnt been in 2 yrs and now you want £600 in back "
                "bills? no chance",
            ),
            ("neutral", "@SuperSaveStores what time does the Leeds store open on sunday?"),
            ("neutral", "@NorthRail_help hi, do i need to book a bike space on the 14:10 to york?"),
            ("neutral", "@StreamBoxTV is the new season coming out on friday or saturday?"),
            (
                "neutral",
                "@HarbourBank how do i add my partner as a second card holder? cant see it in "
                "the app",
            ),
            ("neutral", "@TeleTalkMobile hi does the 30 day plan include eu roaming?"),
            ("neutral", "@QuickBite_UK do you deliver to postcodes in BS7 yet?"),
            ("neutral", "@FibreNetUK moving house next month, how do i take my broadband with me?"),
            ("neutral", "@EnergyOneUK can i submit my meter reading over twitter or only online?"),
            (
                "neutral",
                "@MegaMartHelp is the black friday price on the tv going to be online too?",
            ),
            ("neutral", "@ParcelDash_UK can i change my delivery to a locker? tracking no in DM"),
            (
                "neutral",
                "@FlixNowHelp what's the difference between the standard and premium plans?",
            ),
            (
                "neutral",
                "@StyleHouseShop do you have the green jumper in a size 12 anywhere in manchester?",
            ),
            ("neutral", "@MetroBusLDN are the night buses running as normal over new years?"),
            ("neutral", "@CloudBoxSupport how much storage do i get on the family plan?"),
            ("neutral", "@GigaPhoneUK when is the iphone going to be in stock? looking to upgrade"),
            ("neutral", "@CityPowerCo just DM'd you my account details re the direct debit change"),
            (
                "neutral",
                "@ThamesWaterCo is there a number to report a leak in the street? "
                "https://t.co/x8Fk2qLm",
            ),
            ("neutral", "@NorthRail_help are railcards accepted on the airport express?"),
            (
                "neutral",
                "@SuperSaveStores do you still do click and collect at the retail park branch?",
            ),
            ("neutral", "@HarbourBank whats the cut off time for same day transfers?"),
            (
                "neutral",
                "@FreshBasketUK can i add to my order after its been placed? delivery is tmrw",
            ),
            ("neutral", "@TeleTalkMobile if i port my number over will i lose signal for long?"),
            ("neutral", "@StreamBoxTV which channel is the match on tonight?"),
            ("neutral", "@QuickBite_UK do you have gluten free options at the camden one?"),
            ("neutral", "@EnergyOneUK hi, will my tariff change when the fixed deal ends in june?"),
            (
                "neutral",
                "@FibreNetUK whats the wifi password format on the new hub? need to set up the "
                "printer",
            ),
            ("neutral", "@ParcelDash_UK do u deliver on sundays in scotland?"),
            ("neutral", "@MegaMartHelp can i return something bought online to a store?"),
            ("neutral", "@GigaPhoneUK is there a student discount on sim only deals?"),
            ("neutral", "@FlixNowHelp does the download feature work on laptops or just phones?"),
            ("positive", "@FibreNetUK you legends, sorted in 5 minutes on the chat 🙌"),
            (
                "positive",
                "massive thanks to @NorthRail_help, guard found my phone on the train and it's "
                "waiting for me at york",
            ),
            (
                "positive",
                "@QuickBite_UK food arrived 10 mins early and still piping hot. who are you 😂",
            ),
            (
                "positive",
                "@HarbourBank shoutout to Priya on the phones, got my card blocked and a new "
                "one sorted in one call",
            ),
            ("positive", "@StreamBoxTV new app is sooo much better, no more crashing 👏"),
            (
                "positive",
                "@TeleTalkMobile switched over today, took 2 mins and kept my number. easiest "
                "thing ever",
            ),
            (
                "positive",
                "Cheers @ParcelDash_UK, driver left it with my neighbour like I asked. perfect",
            ),
            ("positive", "@EnergyOneUK thank u for the refund, came through this morning 💚"),
            ("positive", "@MegaMartHelp fair play, replaced my broken kettle no questions asked"),
            (
                "positive",
                "@CityPowerCo power back on within an hour of the storm, your engineers were "
                "out in that. respect",
            ),
            (
                "positive",
                "@FreshBasketUK the delivery guy carried all my bags up 4 flights. "
                "absolute star ⭐",
            ),
            ("positive", "@StyleHouseShop the jeans fit like a dream, ordering another pair"),
            (
                "positive",
                "@CloudBoxSupport got every file back. thought i'd lost the lot. thank you "
                "thank you thank you",
            ),
            (
                "positive",
                "big up @MetroBusLDN driver who waited for my mum when she was running for the "
                "38 ❤️",
            ),
            ("positive", "@GigaPhoneUK best signal ive had in years, even in the basement lol"),
            (
                "positive",
                "@FlixNowHelp that documentary last night was incredible, more like this pls",
            ),
            (
                "positive",
                "@SuperSaveStores staff at the kingston branch helped me find everything for "
                "my nans party. lovely people",
            ),
            (
                "positive",
                "@ThamesWaterCo quick fix on the burst pipe outside ours, crew were friendly "
                "too. thanks guys",
            ),
            ("positive", "@HarbourBank the new savings pots in the app are genuinely brilliant"),
            ("positive", "@NorthRail_help train was spotless and on time for once, nice one 👍"),
            (
                "positive",
                "@QuickBite_UK forgot my drink, messaged u and had a voucher in 2 mins. cant "
                "complain 😊",
            ),
            (
                "positive",
                "@TeleTalkMobile Dan on your chat was so patient with my dad. made his day",
            ),
            (
                "positive",
                "Never thought I'd say it but @FibreNetUK has been rock solid since the new "
                "router #impressed",
            ),
            (
                "positive",
                "@ParcelDash_UK tracking is spot on now, knew exactly when it was coming. love it",
            ),
            (
                "positive",
                "@EnergyOneUK smart meter fitted in 20 mins, the fitter even tidied up after "
                "himself",
            ),
            (
                "positive",
                "@StreamBoxTV thanks for the free month after the outage, didnt expect that. "
                "appreciated",
            ),
            (
                "positive",
                "@MegaMartHelp click and collect was ready in an hour, in and out. love that",
            ),
            (
                "positive",
                "@StyleHouseShop return processed the same day i dropped it off, money already "
                "back. ty!",
            ),
            ("positive", "@CloudBoxSupport great support as always, problem gone"),
            (
                "positive",
                "@GigaPhoneUK upgrade arrived next day and the setup took no time. happy "
                "customer here",
            ),
        ],
    ),
}

EARLIER_ROUNDS = (*BEFORE_FRESH22, FRESH22_BLOCKS)  # every blind round before this one

PER_CLASS = 30


@pytest.mark.parametrize("name", list(BLOCKS))
def test_the_block_of_tweets_to_other_companies_is_new_and_read_well_enough(name: str) -> None:
    # Unseen by the corpus and by every earlier round, then read right often enough.
    check_unseen_after({name: BLOCKS[name]}, *EARLIER_ROUNDS)
    check_block(*BLOCKS[name], each=PER_CLASS)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # What waits for the customer (a thing kept for them, a driver at arrivals) is
        # no wait of theirs: the praise around it stands ...
        (
            "@ParcelGo left my parcel at the depot by mistake but they had it waiting for me "
            "at the counter the next morning",
            "positive",
        ),
        ("@CityCabs driver was waiting for us at arrivals with a sign, on the dot", "positive"),
        ("@TownLibrary my reservation was waiting for me at the desk when I got there", "positive"),
        ("@ParcelGo my parcel is waiting for me at the depot, what time do you open?", "neutral"),
        # ... while the customer's own wait for something is still a complaint.
        ("@ParcelGo still waiting for my parcel, 9 days now", "negative"),
        ("@CityCabs we've been waiting for a driver for 40 mins", "negative"),
        ("@SwiftRail been waiting for a reply to my complaint since monday", "negative"),
    ],
)
def test_what_waits_for_the_customer_is_no_wait(text: str, label: Label) -> None:
    assert classify(text) == label
