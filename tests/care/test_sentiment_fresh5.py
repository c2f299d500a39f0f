"""Customer sentiment on six more blind blocks (the fifth round, 23 November 2026, third
session), in the styles of the sources the engine is judged on beyond the development
split: e-commerce and app-store reviews, restaurant reviews, support chats and e-mails,
complaints to telecoms, banks, utilities and airlines on social media, product-forum posts,
short survey comments, and hotel reviews as review-site exports write them (stop words
dropped, clauses run together with commas). Each block holds 20 lines of each class: plain
questions and account details, three-star reviews that weigh good against bad, sarcasm,
negation, "still waiting", complaints said politely ("thanks, but this is the third time")
and praise said without a praise word. Every label was decided before the engine read a
line; each block was written only after the fixes the previous one led to.

First reads (the engine as it stood when the block was written), against the rules this
round started from (commit f21f09b, dev macro-F1 0.762), macro-F1 in brackets:

- `A`, on f21f09b itself: 49 of 60 (0.806; negative 0.844, neutral 0.864, positive
  0.710). Its errors were mostly praise said plainly ("Setup took five minutes and I
  haven't had to think about it since", "Rachel was patient and explained everything"):
  commit c6321dc (a denied problem is praise, short durations are speed). 55 after it.
- `B`, after c6321dc: 48 (0.785); the start rules 49 (0.800). Commit e0ba449 ("still"
  before praise, "no more queues", owning something for days is no wait): 56 after.
- `C`, after e0ba449: 41 (0.668); the start rules 40 (0.645). Commit f59d7b4 (a remedy
  in the passive, thanks beside a "fourth email" is politeness, "if I could give zero
  stars"): 50 after.
- `D`, after f59d7b4: 45 (0.743); the start rules 45 (0.743), with the same errors.
  Commit eb3e7ae (a bare "even" is an intensifier, "20 minutes early"): 51 after.
- `E`, after eb3e7ae: 41 (0.639); the start rules 41 (0.639), the same errors. Commit
  0151502 ("didn't think it could be this good", "keeps getting better"): 50 after.
- `F`, after 0151502: 36 (0.576); the start rules 37 (0.592). Commit 8af76bc (no-shows,
  lasting use, the customer's own lateness): 43 after.

Over the five blocks first read after changes (B to F, 300 lines) the engine got 211
right and the start rules 212: the round's phrases and rules are worth what they fixed,
not measurably more on lines they were not written for. What every block shares is
praise told as a plain fact ("My grandad is 87 and set it up himself", "the driver had
wrapped it in a bin bag so it stayed dry"): no word in it leans either way.

After scoring, three lines proved close to lines already in the corpus or in another
check and were replaced by new ones, read only by the final rules: in `A` a complaint
about a subscription renewed without a reminder, in `B` a question about the difference
between two plans, in `F` praise for a table found by the window at the last minute.

The floors sit three under the final counts (A 54, B 56, C 50, D 51, E 50, F 43), so that
a borderline line may flip with a refit of the learned layer.
"""

from __future__ import annotations

from collections import Counter

import pytest

from legendary.care import train_sentiment
from legendary.care.sentiment import LABELS, Label, classify

from .fresh_check import fresh_scores
from .test_sentiment_fresh import FRESH
from .test_sentiment_fresh4 import BLOCKS as FRESH4_BLOCKS
from .test_sentiment_heldout import HELDOUT

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "A": (
        51,
        [
            (
                "negative",
                "@TelcoOne third outage this week in my area and your status page says 'all "
                "systems operational'. cool.",
            ),
            (
                "negative",
                "@FirstCityBank froze my card while I was abroad, 45 min on hold to unfreeze "
                "it. thanks, but this is the third time.",
            ),
            (
                "negative",
                "Ordered a size M, got an XL with a stain on the sleeve. Returns label doesn't "
                "work either.",
            ),
            (
                "negative",
                "App crashes every time I try to upload a photo since the last update. Used to "
                "be great.",
            ),
            ("negative", "Would not recommend. The blender leaked from the base on day two."),
            ("negative", "Waited 50 minutes for two burgers, and they came out cold. Never again."),
            (
                "negative",
                "Hi, I've emailed three times about invoice 5521 and still no reply. Can "
                "someone actually look at this?",
            ),
            (
                "negative",
                "Still waiting on my refund from March. Every agent tells me 'five to seven "
                "working days'.",
            ),
            (
                "negative",
                "The battery barely lasts half a day now, and support just keeps telling me to "
                "reinstall.",
            ),
            (
                "negative",
                "Honestly expected better for the price. Thin fabric, loose threads, seams "
                "already coming apart.",
            ),
            ("negative", "Server forgot our drinks twice and then added them to the bill anyway."),
            ("negative", "@QuickNet you've charged me for a router I returned in January. Fix it."),
            (
                "negative",
                "Two stars because the delivery guy was nice. The sofa itself arrived with a "
                "ripped cushion.",
            ),
            (
                "negative",
                "we booked this hotel for our anniversary and were really disappointed, the "
                "room was nowhere near the photos, carpet stained, the air con rattled all "
                "night, and when we asked to move the receptionist said the hotel was full, "
                "breakfast was the same cold eggs every morning, for the price we paid we "
                "expected far more, the pool was nice but that doesn't make up for the rest, "
                "will not be returning",
            ),
            (
                "negative",
                "Auto-renewed at double last year's price and the cancel button is hidden "
                "three menus deep.",
            ),
            (
                "negative",
                "Has anyone else's thermostat started dropping wifi after firmware 3.2? Mine "
                "disconnects every night and I'm sick of resetting it.",
            ),
            ("negative", "Too long on hold, and the person I finally got didn't know the answer."),
            (
                "negative",
                "I appreciate the apology, but an apology doesn't get my laptop back from your "
                "repair centre.",
            ),
            (
                "negative",
                "Bank app logged me out mid-transfer and now the money is in limbo. Brilliant.",
            ),
            ("negative", "Nice packaging, shame the thing inside doesn't turn on."),
            ("neutral", "Order #48213 arrived today."),
            ("neutral", "@FirstCityBank do you have a branch open on Saturdays in Leeds?"),
            (
                "neutral",
                "Hi, could you change the delivery address on my order to 14 Hill Road please?",
            ),
            ("neutral", "What time does the kitchen close on Sundays?"),
            (
                "neutral",
                "I'm on the 30GB plan and want to know if I can switch to monthly billing.",
            ),
            ("neutral", "Does the v2 charger work with the older model or do I need an adapter?"),
            (
                "neutral",
                "came here on a friday night after reading the reviews, the wait for a table "
                "was about 30 minutes even with a booking, the starters were really tasty, "
                "especially the calamari, but my steak was overcooked and the sides were "
                "bland, service was friendly if a bit scattered, not sure it lives up to the "
                "hype but it was an ok night out",
            ),
            ("neutral", "My account number is 0098-221, the bill is the one dated 3 November."),
            ("neutral", "Three stars. It does what it says, nothing more, nothing less."),
            (
                "neutral",
                "Food was fine, service a bit slow, prices about what you'd expect for the area.",
            ),
            ("neutral", "@TelcoOne is the fibre upgrade available in postcode BS3 yet?"),
            ("neutral", "Ok, I'll try restarting it and get back to you."),
            (
                "neutral",
                "The app is decent but the dark mode is missing and sync is sometimes slow.",
            ),
            ("neutral", "Got the email with the tracking link, it says out for delivery."),
            ("neutral", "Can I return an item bought in store through the website?"),
            (
                "neutral",
                "location is handy for the old town and the staff were polite, room was on the "
                "small side and the bathroom could do with an update, breakfast was ok, "
                "nothing special but plenty of choice, street noise at night but earplugs were "
                "provided, fair value for a couple of nights, would consider again if the "
                "price was right",
            ),
            ("neutral", "Please send me a copy of the warranty terms for the dishwasher."),
            ("neutral", "Booked for 7pm, table for four, name is Patel."),
            (
                "neutral",
                "Mixed feelings. Great screen, but the speakers are tinny and it runs hot.",
            ),
            ("neutral", "The agent answered my question. Took a while to get through."),
            ("positive", "Arrived a day early and fits perfectly."),
            ("positive", "Worth every penny."),
            (
                "positive",
                "@QuickNet engineer came same day and the line's been solid since. cheers",
            ),
            ("positive", "The pasta tasted like my nonna's. We'll be back next week."),
            (
                "positive",
                "Hi Sam, just to let you know the replacement works perfectly, thanks for "
                "sorting it so quickly.",
            ),
            ("positive", "Five stars, does exactly what I needed and the battery lasts all week."),
            (
                "positive",
                "Took a chance on this little place and it's now our go-to for Friday nights.",
            ),
            (
                "positive",
                "@FirstCityBank the fraud team caught a dodgy charge before I'd even noticed. "
                "really impressed.",
            ),
            (
                "positive",
                "Not cheap, but you get what you pay for and this kettle will outlive me.",
            ),
            ("positive", "Setup took five minutes and I haven't had to think about it since."),
            ("positive", "Rachel was patient and explained everything in plain English."),
            (
                "positive",
                "Just wanted to report back that the firmware update fixed my dropout issue. "
                "Thanks all!",
            ),
            (
                "positive",
                "Can't fault the service. Friendly, quick and they remembered our order from "
                "last time.",
            ),
            (
                "positive",
                "stayed three nights for a conference and would happily come back, the room "
                "was quiet and spotless, bed very comfortable, staff at reception were always "
                "smiling and sorted a late checkout without fuss, breakfast had a good range "
                "although the coffee machine was often empty, ten minutes walk to the station, "
                "overall a lovely stay",
            ),
            ("positive", "My son loves it, hasn't put it down since Christmas morning."),
            (
                "positive",
                "Didn't expect much from a budget brand but this vacuum picks up everything.",
            ),
            ("positive", "Swapped from my old bank last year and wish I'd done it sooner."),
            (
                "positive",
                "The chat agent had my flight rebooked in under five minutes. So much easier "
                "than I feared.",
            ),
            (
                "positive",
                "Great value lunch menu, generous portions and the staff couldn't do enough "
                "for us.",
            ),
            (
                "positive",
                "Thank you so much for the birthday dessert, the kids are still talking about it.",
            ),
        ],
    ),
    "B": (
        53,
        [
            (
                "negative",
                "@PayFast_Help money left my account on Friday, recipient still hasn't got it. "
                "'Processing' isn't an answer.",
            ),
            (
                "negative",
                "Love how the 'premium' plan still shows me ads. Money well spent, clearly.",
            ),
            (
                "negative",
                "Dear Sir/Madam, I am writing to express my dissatisfaction with the repair "
                "carried out on 12 October. The same fault returned within a week.",
            ),
            (
                "negative",
                "The burger was fine but we found a hair in the fries and nobody apologised.",
            ),
            (
                "negative",
                "Great, another update that moves every button I use. Who asked for this?",
            ),
            (
                "negative",
                "Thanks for getting back to me, but this still doesn't explain why I was "
                "charged a cancellation fee.",
            ),
            (
                "negative",
                "1/5. Tracking said delivered, parcel nowhere to be found, courier says not "
                "their problem.",
            ),
            (
                "negative",
                "Constant logouts since version 6. Had to reset my password three times this "
                "month.",
            ),
            (
                "negative",
                "@NorthWaterCo no water since 7am and not a single text from you. Kids can't "
                "even brush their teeth.",
            ),
            (
                "negative",
                "the room looked nothing like the website, tiny, windowless, bathroom had "
                "mould around the shower, we left after one night and they still charged us "
                "for three, avoid,",
            ),
            ("negative", "Spent forty quid on a 'family meal deal' that fed two people, maybe."),
            ("negative", "Been a customer for 9 years and this is how you treat me? Unbelievable."),
            (
                "negative",
                "Print quality is poor, the colours are washed out and the paper tray jams "
                "constantly.",
            ),
            (
                "negative",
                "Stopped using them after the third missed delivery. Simply can't rely on them.",
            ),
            ("negative", "I asked for no onions. It came with extra onions."),
            (
                "negative",
                "Your chatbot sent me in a circle for 20 minutes and then closed the chat.",
            ),
            (
                "negative",
                "Customer service was polite enough, but polite doesn't fix a broken boiler in "
                "November.",
            ),
            (
                "negative",
                "Sound cuts out on the left earbud after about an hour. For £150 that's not "
                "acceptable.",
            ),
            (
                "negative",
                "We had high hopes after the reviews but this was a letdown from start to "
                "finish. Our table wasn't ready despite the booking, the waiter disappeared "
                "for long stretches, the risotto was gluey and under-seasoned and the dessert "
                "tasted like it came out of a packet. When we mentioned it the manager just "
                "shrugged. Not coming back.",
            ),
            ("negative", "Was promised a callback within 24 hours. That was Tuesday."),
            (
                "neutral",
                "Hi there, I need to update the card on my account, the old one expires this "
                "month.",
            ),
            ("neutral", "@NorthWaterCo is there planned maintenance on Elm Street tomorrow?"),
            ("neutral", "Delivered to the locker at 14:32, code received."),
            ("neutral", "Do you deliver to the Isle of Wight and if so how long does it take?"),
            ("neutral", "Is the gluten-free pizza base made in a separate kitchen?"),
            ("neutral", "Two stars for the food, four for the service, so three overall."),
            (
                "neutral",
                "The hotel is fine for a stopover. Rooms are basic, the breakfast is okay, and "
                "it is close to the airport.",
            ),
            ("neutral", "Could you resend the invoice? It went to my old email address."),
            (
                "neutral",
                "I ordered the blue one but I'm thinking of swapping for the grey, is that "
                "possible?",
            ),
            (
                "neutral",
                "It's alright. Battery is good, camera is average, screen scratches easily.",
            ),
            ("neutral", "My reference is RX-20931 if that helps."),
            ("neutral", "Will the sale price still apply if I order over the phone?"),
            (
                "neutral",
                "I'm comparing your broadband deal with the one from my current provider, what "
                "are the setup costs?",
            ),
            ("neutral", "Just confirming I've received the parcel, I'll try it this weekend."),
            (
                "neutral",
                "good points, the location is right by the metro and the staff spoke good "
                "english, the room was clean. bad points, the walls are thin so you hear "
                "everything, the shower pressure was weak and the wifi only worked in the "
                "lobby. breakfast was average. for the price it was acceptable but I would "
                "probably look elsewhere next time",
            ),
            ("neutral", "Not sure yet, I've only had it two days. Seems ok so far."),
            ("neutral", "Are the evening classes included in the basic membership?"),
            ("neutral", "Following up on my email from yesterday about the bulk order quote."),
            ("neutral", "We're a party of six arriving around 8, do we need to book?"),
            (
                "neutral",
                "The app does most of what I need. Logging workouts is simple and the charts "
                "are nice to look at, but the sync with my watch fails every few days and the "
                "subscription is a bit steep for what you get. Decent, but I'd like to see the "
                "bugs fixed before I renew.",
            ),
            (
                "positive",
                "@PayFast_Help sorted within the hour, money's landed. appreciate the quick reply",
            ),
            ("positive", "Ordered on Sunday night, arrived Tuesday morning, exactly as pictured."),
            ("positive", "Honestly the best fish and chips we've had outside of Whitby."),
            (
                "positive",
                "The technician explained what went wrong and showed me how to avoid it next "
                "time. Very reassuring.",
            ),
            ("positive", "Been using this for six months and it still looks brand new."),
            (
                "positive",
                "Staff remembered it was our anniversary and brought out a little cake. Such a "
                "thoughtful touch.",
            ),
            (
                "positive",
                "No more queues at the branch, I do everything in the app now. Brilliant change.",
            ),
            (
                "positive",
                "Four stars only because delivery took a week, the chair itself is really "
                "comfortable and sturdy.",
            ),
            (
                "positive",
                "Thanks for bearing with me on the phone, I know I wasn't the easiest caller "
                "today!",
            ),
            ("positive", "Our dog hated every bed we bought until this one."),
            (
                "positive",
                "The kids' menu was actually healthy and they ate everything on the plate.",
            ),
            (
                "positive",
                "@NorthWaterCo crew had the burst main fixed by lunchtime. Impressive work in "
                "the rain.",
            ),
            ("positive", "Switched to the annual plan because it's that good."),
            ("positive", "Refund showed up two days after I sent the item back. Painless."),
            (
                "positive",
                "we've stayed in a lot of hotels in rome and this one is special, the family "
                "who run it treat you like friends, the rooftop terrace is perfect for an "
                "evening drink, rooms are simple but spotless and the beds are so comfortable, "
                "breakfast is fresh pastries and proper coffee, they even booked our vatican "
                "tickets for us, cannot recommend highly enough",
            ),
            ("positive", "Easy to assemble, solid build and it looks great in the hallway."),
            ("positive", "First time ordering and definitely won't be the last."),
            (
                "positive",
                "I was dreading calling about my bill but the lady was lovely and it took five "
                "minutes.",
            ),
            ("positive", "Quick, friendly, knew what she was talking about."),
            (
                "positive",
                "Mixed the paint exactly as I'd asked and even gave me a tester pot for free.",
            ),
        ],
    ),
    "C": (
        47,
        [
            (
                "negative",
                "@VoltMobile paying for 5G and getting one bar of 3G in the city centre. what "
                "exactly am I paying for",
            ),
            (
                "negative",
                "@HarbourBank your app has been 'under maintenance' every payday this month. "
                "coincidence?",
            ),
            (
                "negative",
                "Appreciate your help, although I'd point out this is now my fourth email on "
                "the subject.",
            ),
            ("negative", "The pizza arrived lukewarm and the box was soaked through with grease."),
            (
                "negative",
                "Ordered a king size duvet cover, received a single. Return shipping is on me "
                "apparently.",
            ),
            ("negative", "Cute design, terrible hinge. Lid snapped off within a month."),
            ("negative", "The new layout is so confusing I can't find my own playlists anymore."),
            (
                "negative",
                "Warranty claim rejected because I 'opened the casing'. I replaced a battery, "
                "which your own guide tells you to do.",
            ),
            (
                "negative",
                "I've been loyal for years but the price rise this month is the final nail.",
            ),
            (
                "negative",
                "Told the parcel would come between 8 and 12. It's 5pm. No driver, no call.",
            ),
            ("negative", "Overpriced, undercooked and the music was so loud we couldn't talk."),
            ("negative", "Every time I ring I get a different answer about the same bill."),
            (
                "negative",
                "Hi Tom, I hate to be a pain but the replacement part you sent is the wrong "
                "model as well.",
            ),
            (
                "negative",
                "Product stopped pairing with my phone after a week. Customer care suggested I "
                "buy the newer version. No thanks.",
            ),
            ("negative", "Long wait, agent seemed annoyed I'd called."),
            (
                "negative",
                "Really wanted to like this place. Sadly the food was forgettable and the bill "
                "was not.",
            ),
            (
                "negative",
                "the photos must have been taken years ago, the carpets are worn through in "
                "places, our window wouldn't close properly so it was freezing all night, "
                "reception promised a heater that never came, breakfast was a few sad "
                "croissants and instant coffee, location is ok but that's about all i can say "
                "for it, stay somewhere else",
            ),
            ("negative", "Oh good, the 'fix' in the last update deleted all my saved notes."),
            ("negative", "If I could give zero stars I would."),
            (
                "negative",
                "They cancelled my order without telling me and kept the money for 10 days.",
            ),
            (
                "neutral",
                "@VoltMobile what's the roaming charge per day in Canada on the Flex plan?",
            ),
            (
                "neutral",
                "@HarbourBank is the branch on King Street closing permanently or just "
                "refurbishing?",
            ),
            ("neutral", "Hi, please find attached the photos of the damaged item as requested."),
            ("neutral", "Is there a way to export my data before I close the account?"),
            ("neutral", "Received order 55-1209 today, will let you know once it's installed."),
            ("neutral", "Does this come with a UK plug?"),
            ("neutral", "Which firmware version are people running on the X200? Mine says 4.1.7."),
            ("neutral", "Can I add a second user to the subscription?"),
            ("neutral", "n/a"),
            ("neutral", "Table for two at 1pm on Saturday, we'll need a high chair."),
            (
                "neutral",
                "Decent enough hotel for one night. Nothing to complain about, nothing to rave "
                "about.",
            ),
            (
                "neutral",
                "The headphones are comfortable but the noise cancelling is weaker than I "
                "expected. Okay for the price.",
            ),
            (
                "neutral",
                "I called yesterday and was told someone would email me the form; just "
                "checking which address it will come from.",
            ),
            ("neutral", "Please cancel my order #8831, I ordered the wrong colour by mistake."),
            ("neutral", "It's a phone case. It fits, it protects the phone, it's a bit bulky."),
            (
                "neutral",
                "We went for the set lunch. The soup was lovely and the bread was warm, but "
                "the main was quite small and the chicken a little dry. Service was friendly "
                "though it took a while to get the bill. Reasonable value at that price, I'd "
                "probably try the dinner menu before deciding whether to go back.",
            ),
            ("neutral", "What's your returns window on sale items?"),
            ("neutral", "I'll be in the area on Thursday, can I collect in person instead?"),
            (
                "neutral",
                "Works fine for basic budgeting and the categories make sense. Syncing with my "
                "bank fails now and then and the reports are fairly limited unless you pay for "
                "premium. Does the job, but there are better options out there if you want "
                "detail.",
            ),
            ("neutral", "Can you confirm the engineer visit is still on for tomorrow morning?"),
            (
                "positive",
                "@VoltMobile swapped my SIM in store in ten minutes and transferred "
                "everything. painless",
            ),
            (
                "positive",
                "@HarbourBank mortgage advisor was brilliant, explained every step and never "
                "rushed us",
            ),
            ("positive", "Picked this up on a whim and now I use it every single day."),
            (
                "positive",
                "Wasn't convinced by the reviews but they were right, the sound is incredible "
                "for the size.",
            ),
            (
                "positive",
                "Chef came out to check my allergy order personally. That's how you run a kitchen.",
            ),
            ("positive", "Nothing to improve, keep doing what you're doing."),
            (
                "positive",
                "Replacement arrived before I'd even posted the broken one back. That's service.",
            ),
            (
                "positive",
                "Update for anyone following this thread, support replaced the unit under "
                "warranty, no questions asked.",
            ),
            ("positive", "Ten years on and the mattress is as comfy as day one."),
            ("positive", "The battery lasts me two full days of heavy use."),
            ("positive", "Our waiter talked us into the lamb and he was spot on."),
            (
                "positive",
                "Took my nan for her birthday and they made such a fuss of her, she felt like "
                "royalty.",
            ),
            ("positive", "Quick delivery, well packaged, works as it should."),
            (
                "positive",
                "Hi Priya, the new router is flying, speed tests are double what they were. "
                "Thank you!",
            ),
            (
                "positive",
                "had a wonderful four nights here, the room overlooked the harbour and we woke "
                "up to fishing boats every morning, the owners gave us a hand-drawn map of "
                "their favourite walks and restaurants, breakfast was homemade and different "
                "each day, the only small niggle was the steep stairs but that's old houses "
                "for you, we will definitely return",
            ),
            (
                "positive",
                "I was ready to cancel but the retention team found me a better deal and I'm "
                "staying.",
            ),
            ("positive", "Best money I've spent this year."),
            ("positive", "They fixed the scratch on my car so well I can't find where it was."),
            ("positive", "Five minutes on the chat and the double charge was reversed. Nice one."),
            ("positive", "The staff made my first solo trip far less scary than I'd imagined."),
        ],
    ),
    "D": (
        48,
        [
            (
                "negative",
                "@SkyLinkAir 3rd gate change in an hour and nobody at the desk knows anything "
                "#fail",
            ),
            (
                "negative",
                "@JetCoastal flight attendant rolled her eyes when I asked for water. lovely "
                "start to the holiday",
            ),
            (
                "negative",
                "@SkyLinkAir my elderly mum waited 40 min for the wheelchair you promised. not "
                "good enough",
            ),
            (
                "negative",
                "hotel tired needs renovation, carpets sticky, bathroom mould, breakfast cold "
                "eggs, staff unfriendly reception, location ok, price too high quality, not "
                "return,",
            ),
            (
                "negative",
                "booked sea view got car park view, asked change told full, room small bed "
                "hard, air conditioning loud, disappointing stay,",
            ),
            (
                "negative",
                "The steak was more gristle than meat and the waiter argued with us about it.",
            ),
            ("negative", "Honestly, how hard is it to put the right address on a parcel?"),
            (
                "negative",
                "Installed the update and now the app won't open at all. Great work everyone.",
            ),
            (
                "negative",
                "Hello, I returned the jacket on 2 May and I am still waiting for my refund. "
                "Please advise.",
            ),
            ("negative", "Three weeks, four phone calls and the fault is still there."),
            (
                "negative",
                "I'm cancelling my membership. The gym is filthy and half the machines are out "
                "of order.",
            ),
            (
                "negative",
                "They charged a 'service fee' that wasn't mentioned anywhere on the menu.",
            ),
            (
                "negative",
                "Battery died after eight months and the warranty only covers six. Convenient.",
            ),
            (
                "negative",
                "The lock screen widgets look nice but the whole phone lags since installing them.",
            ),
            ("negative", "Sorry to be difficult, but I was quoted £40 and billed £95."),
            (
                "negative",
                "@TelStream the engineer didn't turn up. again. took a day off work for nothing",
            ),
            ("negative", "Customer for 12 years, treated like a number."),
            (
                "negative",
                "Menu says vegan, the sauce had cream in it. My daughter was ill all night.",
            ),
            ("negative", "Nobody told us the pool would be closed the whole week we were there."),
            ("negative", "Sizing is all over the place, returned two pairs already."),
            ("neutral", "@SkyLinkAir can I bring a folding pushchair to the gate on the A320?"),
            ("neutral", "@JetCoastal what time does check-in open for the 6:15 to Faro?"),
            (
                "neutral",
                "hotel stayed 2 nights business, room standard, breakfast usual buffet, close "
                "office, staff fine, nothing special nothing bad, would stay again if work,",
            ),
            ("neutral", "Item received. Haven't opened it yet."),
            ("neutral", "Can I pay the balance by bank transfer instead of card?"),
            ("neutral", "Looking for a recommendation, which model is better for a small flat?"),
            ("neutral", "Please update my phone number to 07700 900123."),
            ("neutral", "Decent coffee, pricey cake, nice view of the square."),
            ("neutral", "I think I left my scarf at table 12 last night, could you check?"),
            ("neutral", "Our group is 14 people, is there a private room available on the 20th?"),
            ("neutral", "Updated to 7.2 this morning, will report back if the sync issue is gone."),
            ("neutral", "Is the refund processed to the original card or as store credit?"),
            ("neutral", "The jacket is warm enough but the zip feels cheap. Fine for the price."),
            ("neutral", "what are the opening hours over Christmas?"),
            (
                "neutral",
                "Checked in at 3, room on the fourth floor, will ring if we need anything.",
            ),
            (
                "neutral",
                "Three and a half stars. Lovely staff, tired rooms, good breakfast, noisy street.",
            ),
            (
                "neutral",
                "I'm writing on behalf of my father, who has an account with you, to ask about "
                "power of attorney.",
            ),
            ("neutral", "Just to confirm, the delivery slot is Thursday between 10 and 2?"),
            (
                "neutral",
                "hotel ok, location good metro, rooms clean dated, staff polite not overly "
                "helpful, breakfast average, wifi slow, fair price paris, might return,",
            ),
            ("neutral", "Any plans to add Apple Pay?"),
            (
                "positive",
                "@JetCoastal crew on JC221 were fantastic with my nervous 5 year old, thank you",
            ),
            (
                "positive",
                "@SkyLinkAir landed 20 minutes early and bags were out before we got to the belt",
            ),
            (
                "positive",
                "great little hotel, staff helpful friendly, room spotless, breakfast "
                "excellent fresh fruit, 5 min walk beach, definitely return,",
            ),
            (
                "positive",
                "stayed 5 nights honeymoon, upgraded suite surprise champagne, staff went "
                "extra mile, pool lovely, food great, highly recommend,",
            ),
            (
                "positive",
                "Ordered Monday, fitted Wednesday, the fitter even took the old carpet away.",
            ),
            (
                "positive",
                "The bartender made me a mocktail that wasn't on the menu. Little things like "
                "that.",
            ),
            (
                "positive",
                "Hi Dan, the revised quote is spot on, thank you for turning it round so fast.",
            ),
            ("positive", "Third order from them and every one has been perfect."),
            ("positive", "Phone support picked up on the second ring. Unheard of."),
            ("positive", "I had no idea a vacuum could make me this happy."),
            ("positive", "Gave it to my dad for his 70th and he's been on it every evening since."),
            (
                "positive",
                "Reception let us check in at 10am after our overnight flight. Lifesavers.",
            ),
            ("positive", "Everything about the ordering process was simple."),
            ("positive", "We've been coming here for years and it's never once let us down."),
            ("positive", "The repair was done while I waited and it cost less than the quote."),
            ("positive", "Genuinely the comfiest trainers I've owned."),
            (
                "positive",
                "Really appreciate how honest the mechanic was, told me I didn't need the work "
                "done.",
            ),
            (
                "positive",
                "She stayed on the line until the payment went through. Above and beyond.",
            ),
            (
                "positive",
                "Couldn't believe the portion sizes, we took half home for lunch the next day.",
            ),
            ("positive", "This app has actually helped me save money for the first time ever."),
        ],
    ),
    "E": (
        47,
        [
            (
                "negative",
                "@OrbitMobile day 3 with no mobile data. your 'fix' was telling me to turn it "
                "off and on.",
            ),
            (
                "negative",
                "@CrestBank blocked my card for 'suspicious activity' — buying my usual "
                "coffee. Cheers.",
            ),
            (
                "negative",
                "Returned the faulty kettle a month ago and the refund still shows as pending.",
            ),
            (
                "negative",
                "The delivery driver threw the parcel over the gate. The screen's cracked.",
            ),
            (
                "negative",
                "Dear Customer Services, I wish to complain about the attitude of the manager "
                "at your Bristol store on Saturday.",
            ),
            ("negative", "Food took an hour and a half. When it came, half of it was wrong."),
            (
                "negative",
                "The app used to be simple. Now it's ads, pop-ups and a subscription nag every "
                "five seconds.",
            ),
            (
                "negative",
                "Thank you for the reply, however it doesn't address my question about the "
                "missing payment.",
            ),
            ("negative", "We paid for a sea view and got a wall."),
            ("negative", "Honestly not sure why I bother calling anymore."),
            ("negative", "The strap broke on the first day and the buckle was already rusty."),
            ("negative", "Sent back twice, still the wrong size. Giving up."),
            ("negative", "Nice staff, shame about the cockroach in the bathroom."),
            ("negative", "The so-called 'express' service took eleven days."),
            (
                "negative",
                "hotel dirty, sheets stained, hair in the shower, staff didn't care when we "
                "complained, worst stay ever,",
            ),
            ("negative", "My order has been 'preparing for dispatch' since the 3rd."),
            (
                "negative",
                "Support closed my ticket without replying. Reopened it. They closed it again.",
            ),
            ("negative", "Cold chips, warm beer, and a 40 minute wait for both."),
            ("negative", "Paid extra for priority boarding and we boarded last. What's the point?"),
            ("negative", "Really disappointed, this used to be my favourite shop."),
            ("neutral", "@OrbitMobile does the unlimited plan include hotspot use?"),
            ("neutral", "@CrestBank how do I add a joint account holder online?"),
            ("neutral", "Received the confirmation email, thanks. Booking ref is KD88Q."),
            ("neutral", "Can I change my seat after checking in?"),
            ("neutral", "My postcode is LS6 2AB and the house number is 44."),
            (
                "neutral",
                "Good location, small rooms, breakfast fine. Would stay if the price was right.",
            ),
            ("neutral", "Is the lasagne suitable for vegetarians?"),
            ("neutral", "I'd like to switch my direct debit date to the 15th."),
            ("neutral", "Does the warranty cover accidental damage?"),
            ("neutral", "Parcel delivered to neighbour at number 9 as per note."),
            ("neutral", "Sound is good, build is plasticky, battery is average. It's fine."),
            ("neutral", "Hi, when will the new season range be in store?"),
            ("neutral", "Could someone call me back after 5pm? I'm at work until then."),
            ("neutral", "My husband booked the table under Jones, we'll be six not four."),
            ("neutral", "Not the cheapest but not the dearest either. Does what I need."),
            ("neutral", "Can I get the receipt emailed instead of printed?"),
            (
                "neutral",
                "lovely old building, room was spacious but tired, breakfast ok, staff helpful "
                "but reception often empty, wifi patchy, ok for a short break but probably "
                "would try somewhere else next time,",
            ),
            ("neutral", "I'll wait for the engineer on Tuesday then."),
            ("neutral", "Just moved house, how do I update my address?"),
            ("neutral", "Where can I find the user manual for the 300 series?"),
            (
                "positive",
                "@OrbitMobile signal booster arrived next day and I've got full bars in the "
                "kitchen now",
            ),
            (
                "positive",
                "@CrestBank thank you for calling me about that dodgy transaction, you saved "
                "me £600",
            ),
            (
                "positive",
                "The fish was cooked to perfection and the service was warm without being over "
                "the top.",
            ),
            (
                "positive",
                "Ordered the wrong size and they swapped it with no fuss and free postage both "
                "ways.",
            ),
            ("positive", "Honestly didn't think a £20 blender could be this good."),
            (
                "positive",
                "Our bags were delivered to the hotel the same evening, which saved our trip.",
            ),
            ("positive", "Third year running we've booked here and it keeps getting better."),
            (
                "positive",
                "The agent found a cheaper flight than the one I'd picked. Who does that?",
            ),
            ("positive", "The bread alone is worth the trip."),
            ("positive", "Works straight out of the box, no drivers to install."),
            ("positive", "He stayed late to make sure my car was ready for the morning."),
            ("positive", "Nothing fancy, but genuinely the friendliest B&B we've stayed in."),
            ("positive", "Couldn't fault a single thing about our stay."),
            ("positive", "Used the chat at 2am and got a real person who solved it in minutes."),
            ("positive", "My grandad is 87 and set it up himself."),
            (
                "positive",
                "The waiter spotted it was my birthday from the booking and the whole team sang.",
            ),
            ("positive", "Super comfy, washes well and hasn't bobbled."),
            (
                "positive",
                "beautiful hotel, room huge, bed comfortable, breakfast amazing, staff "
                "remembered names, walk everywhere, will return,",
            ),
            ("positive", "Moved all my bills over to them and I'm saving forty pounds a month."),
            (
                "positive",
                "Delivered in the rain and the driver had wrapped it in a bin bag so it stayed "
                "dry.",
            ),
        ],
    ),
    "F": (
        40,
        [
            (
                "negative",
                "@FibreNow engineer no-show for the second appointment running. I've used up "
                "all my leave on you",
            ),
            (
                "negative",
                "Your website took my money and then said the session had expired. Which is it?",
            ),
            ("negative", "Rated 1 star because 0 isn't an option."),
            ("negative", "The update broke dark mode and now the text is unreadable at night."),
            (
                "negative",
                "Hi, this is my third message about the duplicate charge. Please could someone "
                "actually respond.",
            ),
            ("negative", "Ordered medium rare, got well done, sent it back, got it raw."),
            (
                "negative",
                "Nobody at the front desk for twenty minutes while we stood there with our bags.",
            ),
            ("negative", "The 'waterproof' jacket soaked through in a light drizzle."),
            (
                "negative",
                "I was told my package would arrive today. It's now 'delayed due to unforeseen "
                "circumstances'. Again.",
            ),
            ("negative", "Bought it for the camera and the photos are grainy even in daylight."),
            (
                "negative",
                "They keep sending marketing emails even though I've unsubscribed four times.",
            ),
            (
                "negative",
                "Polite staff but they clearly weren't trained on the new system, took 45 "
                "minutes to check out.",
            ),
            (
                "negative",
                "@ClearWaterUtil bill doubled with no explanation and your phone line just "
                "plays music",
            ),
            ("negative", "Great idea for an app, shame it forgets my login every single day."),
            (
                "negative",
                "The cleaner clearly hadn't been in, there were someone else's towels on the "
                "floor.",
            ),
            ("negative", "If this is premium I'd hate to see basic."),
            ("negative", "The chair wobbles and one of the bolts was missing from the pack."),
            ("negative", "I'll be taking my business elsewhere after today."),
            (
                "negative",
                "Waited in for the delivery all day and got a card saying they couldn't access "
                "the building. I was home.",
            ),
            (
                "negative",
                "Absolutely gutted, the cake we ordered for our wedding had the wrong names on it.",
            ),
            ("neutral", "@FibreNow what speeds can I expect at EH3 9AB?"),
            ("neutral", "Can I pause my subscription while I'm travelling?"),
            ("neutral", "Hi, I'm following up on ticket #55201, any update?"),
            (
                "neutral",
                "The manual says to charge for 8 hours before first use, is that still right "
                "for the new model?",
            ),
            ("neutral", "We'd like to book the function room for around 30 people in March."),
            ("neutral", "Decent phone for the money. Camera's average, battery's good."),
            ("neutral", "Just to let you know I'll be arriving late, around 11pm."),
            ("neutral", "What's the difference between the gold and platinum cards?"),
            (
                "neutral",
                "Has anyone tried the beta yet? Wondering if it's stable enough for daily use.",
            ),
            ("neutral", "Got the parcel, opening it tonight."),
            ("neutral", "My login is the email ending in @hotmail.co.uk."),
            ("neutral", "Food was okay, a bit salty. Service was fine."),
            ("neutral", "Is there parking on site or should we use the public car park?"),
            ("neutral", "Do you price match with other retailers?"),
            ("neutral", "Please send the invoice to accounts@ rather than to me directly."),
            (
                "neutral",
                "Average hotel in a great location. Room was fine, bathroom small, breakfast "
                "okay. Nothing more to say really.",
            ),
            ("neutral", "Which size would you recommend for a 4 year old?"),
            (
                "neutral",
                "I'm returning it because I changed my mind, not because anything's wrong with it.",
            ),
            ("neutral", "Can you tell me if my prescription is ready to collect?"),
            ("neutral", "So-so. Some of the features are handy, others I'll never use."),
            (
                "positive",
                "@FibreNow 900Mb actually means 900Mb. first provider that's ever delivered "
                "what it said",
            ),
            (
                "positive",
                "The assistant at the till noticed I was struggling and packed my bags for me.",
            ),
            (
                "positive",
                "Took a while to arrive but honestly worth it, the quality is outstanding.",
            ),
            ("positive", "Finally an app that doesn't nag me to upgrade every five minutes."),
            ("positive", "We asked for a quiet room and got the best one in the house."),
            (
                "positive",
                "Hi Jo, all sorted now, the kids are back online. Thanks for your patience "
                "with me.",
            ),
            (
                "positive",
                "I've had this toaster for six years and it's never burnt a single slice.",
            ),
            (
                "positive",
                "They rang the day before to check we still needed the ramp for my dad's "
                "wheelchair.",
            ),
            ("positive", "Sent a question at 11pm and had a helpful answer by 7am."),
            (
                "positive",
                "The mechanic showed me the worn part and explained everything before doing "
                "any work.",
            ),
            ("positive", "Not a cheap night out but every course was a knockout."),
            ("positive", "Easily the best customer service I've had from a bank."),
            ("positive", "The new update fixed the battery drain completely."),
            ("positive", "Great little cafe, the owner knows everyone by name."),
            ("positive", "Bought one for me and now I've ordered two more as gifts."),
            (
                "positive",
                "Our flight was cancelled and your team had us on another one within an hour. "
                "Thank you.",
            ),
            ("positive", "The refund came through the same day I posted it back."),
            ("positive", "Clear instructions, friendly driver, no damage. Five stars."),
            (
                "positive",
                "I was nervous about the surgery but the nurses made me feel completely at ease.",
            ),
            ("positive", "Still using the same pair of boots four winters later."),
        ],
    ),
}


def test_the_blind_lines_are_in_no_corpus_and_no_other_check() -> None:
    corpus = {turn.text for turn in train_sentiment.read_corpus(train_sentiment.corpus_path())}
    texts = [text for _floor, rows in BLOCKS.values() for _label, text in rows]
    assert len(set(texts)) == len(texts)
    assert not corpus.intersection(texts)
    others = FRESH + HELDOUT + [row for rows, _floor in FRESH4_BLOCKS.values() for row in rows]
    assert not {text for _label, text in others}.intersection(texts)


@pytest.mark.parametrize("name", list(BLOCKS))
def test_sentiment_holds_up_on_the_blind_blocks(name: str) -> None:
    check_block(*BLOCKS[name])


def check_block(floor: int, rows: list[tuple[Label, str]], each: int = 20) -> None:
    """Assert that a blind block of `each` lines a class (20 unless told) is read right
    `floor` times or more (the message gives the count, macro-F1 and every line read
    wrong)."""
    assert Counter(label for label, _text in rows) == dict.fromkeys(LABELS, each)
    found = [(label, classify(text), text) for label, text in rows]
    per_class = [
        fresh_scores((text, label == wanted, got == wanted) for label, got, text in found)
        for wanted in LABELS
    ]
    right = sum(label == got for label, got, _text in found)
    macro = sum(scores.f1 for scores in per_class) / len(LABELS)
    wrong = [f"{label} read as {got}: {text}" for label, got, text in found if label != got]
    assert right >= floor, f"{right} right, macro-F1 {macro:.3f}; wrong:\n" + "\n".join(wrong)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A denied problem is praise; a negation about something else is not a denial.
        ("Never had a single issue with them in five years.", "positive"),
        ("No more queues at the post office, I print the labels at home now.", "positive"),
        ("Not the first problem I've had with this order.", "negative"),
        # "Still" before praise says how well something lasted; before a lack, it complains.
        ("Still works perfectly after two years of daily use.", "positive"),
        ("Still no reply to my email from last week.", "negative"),
        # A remedy in the passive puts the harm before it right (and the thanks beside it
        # is meant), unless it is still owed.
        ("The late fee was waived and the double charge was refunded. Thank you.", "positive"),
        ("The duplicate payment should have been reversed by now.", "negative"),
        # Owning something for days is no wait; waiting days is.
        ("Only had it three days, seems fine so far.", "neutral"),
        ("Waited three days for a reply.", "negative"),
        # A short duration is speed, a long one a wait, and minutes early are ahead of time.
        ("Sorted in under ten minutes on the chat.", "positive"),
        ("Landed 25 minutes early and the bags came out quickly.", "positive"),
        ("On hold for forty minutes and then cut off.", "negative"),
        # A rating said as a wish is still the rating; a real condition is a question.
        ("If I could give zero stars I would.", "negative"),
        ("If my parcel is late, can I get a refund?", "neutral"),
        # Thanks beside a complaint told by a pattern ("third email") is politeness.
        ("Thanks, but this is my third email about the same invoice.", "negative"),
        # The customer's own slip is no complaint at the service; the service's is.
        ("I ordered the wrong size by mistake, can I swap it?", "neutral"),
        ("You sent the wrong size again.", "negative"),
        # "Didn't think" does not negate the praise after it; "didn't even" still complains.
        ("I didn't think I'd be charged twice for one order.", "negative"),
        ("Didn't even get an apology.", "negative"),
    ],
)
def test_named_examples(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    "text",
    [
        # A bare "even" is an intensifier (it used to count as a complaint cue).
        "They even carried it upstairs for us.",
        # Doubt that was beaten: "didn't" no longer negates the praise after it.
        "Didn't think a cheap kettle could be this good.",
    ],
)
def test_no_longer_read_as_complaints(text: str) -> None:
    assert classify(text) != "negative"
