"""Customer sentiment on blind blocks of the eighth round (24 November 2026, sixth
session), in styles the earlier rounds did not cover: app-store reviews, restaurant and
food-delivery reviews with stars (three stars, praise and flaws together, is neutral),
complaints to councils, transport and water companies, forum posts asking for help
(long, factual, sometimes tired of the problem), live-chat openers that only ask,
replies that are only an acknowledgement ("okie dokie", "k thx", "??"), emoji alone,
and English written by people for whom it is a second language. Each block holds 20
lines of each class; every label was written into this file before the engine read a
line, and each block was written only after the changes the previous one led to.

First reads, against the rules this round started from (commit 92df162, dev macro-F1
0.7604: tweets 0.744, TripAdvisor 0.706), macro-F1 in brackets:

- `A`, on 92df162 itself: 53 of 60 (0.884). One line ("ok") proved to be word for word
  in an earlier check and was replaced by "okie dokie", which both engines read right.
  Its errors by kind: a denied charge ("no fees either") and a price that went down
  ("came out £30 lower") read as complaints, since "fees" is a complaint cue the
  denial rule did not know and VADER calls "lower" unhappy; a delivery praised by what
  did not happen ("no substitutions"); a compliance note read as a complaint for its
  "asked" ("as asked in your letter"); plain reports with "not" and "but" in them ("works
  on my tablet but not on my phone", "the surname is wrong" about the customer's own
  typo); and "k thx", which the engine reads as thanks. The changes it led to: "fee" and
  "fees" are problems a negation denies, except in a question ("can I change it without
  fees?" asks); "as asked" and "as requested" are plain; "lower" has no valence of its
  own (a lower bill pleases, a lower speed does not: the words around it decide); and
  123 corpus lines of our own aimed at those kinds (denied charges and nuisances, bills
  that went down, acknowledgements, emoji alone, data corrections, forum reports,
  star-rated restaurant and app reviews, council and transport complaints, second-
  language English). A reads 56 after them; dev 0.7604, the earlier blind lines (fresh1
  to fresh7 and the held-out set, 1,970 lines) 1,773 right, as at the start.

- `B`, after commit f92a94e (the above): 49 of 60 (0.812); the start rules 49 with the
  same 11 errors: nothing of the first changes reached it. One line ("k") was in the
  new corpus lines and was replaced by "kk" before the block was read. Its errors by
  kind: plain-fact complaints with no complaint word ("chicken instead of the tofu,
  and my daughter is vegetarian", rats behind the shops), one of them read as praise
  for the greeting on a cake in quotes; praise a weak cue misreads ("15 minutes before
  the estimate ... so nothing spilled", "came twice a day", "paid £2 less than the app
  quoted", a problem reported and fixed by lunchtime); a rating that opens a review
  ("5 stars.") outweighed by the words after it; an emoji of delight the rules did not
  know (🥰); and a meter reading read as a complaint. The changes it led to: words in
  quotes that would read as praise are someone else's and left out (not a quoted
  tweet, which the customer answers in its own mood: without that exception dev fell
  to 0.7595); minutes "before the slot" or "before the estimate" are early; damage in
  transit ("spilled", "chipped", "smashed", "leaked") is a complaint cue that a
  negation denies ("nothing spilled"); star glyphs (four or five filled, one or two)
  and "N/5" opening a sentence are a rating; more emoji of delight; "make all the
  difference" as "makes" already was; 48 corpus lines of our own for the kinds
  (services given often, money under a quote, early arrivals, denied damage, fixes
  soon after a report, meter readings, plain-fact complaints of a wrong item or a
  misspelt inscription). B reads 53 after them, A 56; dev 0.7602 (tweets 0.744,
  TripAdvisor 0.710); the earlier blind lines 1,775. Tried and left out: a service
  given "twice a day" as no complaint (a plain phrase; it read no block line better
  and one dev complaint worse), "dear" without valence ("Dear council", dev 0.7588).

- `C`, after commit e7f3ef4 (the above): 54 of 60 (0.899); the start rules 52 (0.864):
  the ratings of `B` carried over ("★★☆☆☆", "2/5." opening a review). Its errors:
  help given unasked read as a complaint for its "asked" ("lowered the ramp without
  being asked"), a bill that "dropped" read as a fault, an emoji of disgust (💩), a
  complaint about a "parking fine" with "fine" read as praise, and praise told as a
  plain fact ("sent someone round the same week", "runs quieter than ever"). The
  changes it led to: help given "without being asked" (and its kin) is praise said
  with a negation, like "can't fault them"; a bill, price, fare or payment that fell
  is praise and one that rose a complaint; "parking fine" and its kin are plain; the
  emoji of disgust are complaints; and three corpus lines of a bare "thanks", which
  the development tweets read as mild praise (the layer sat on the edge there: one
  refit turned seven such lines neutral). C reads 57 after them, B 53, A 56; dev
  0.7602 (tweets 0.744, TripAdvisor 0.710); the earlier blind lines 1,779. Tried and
  left out: "lowered" without valence (a share price "lowered to sell" turned praise).

- `D`, after commit 087b256 (the above): 50 of 60 (0.829); the start rules 47 (0.780).
  Its gains over the start are the round's kinds met again in new words (emoji of
  disgust and delight, "exactly where I said", a meter's place told as a fact). Its
  errors: plain-fact complaints ("insisted on coming into the hall with his shoes
  covered in mud", "the table next to us got their food before us", a gas smell
  reported on Saturday and the van on Tuesday, a long forum post of a warranty story),
  and praise told as a plain fact or a weak cue misread: water back "an hour earlier
  than the letter said", a bill "down by £18", a driver who "waited until he was in
  the door", "nothing was swapped", "omg it worked!! thank you". The changes it led
  to: "earlier than" what was said, planned or quoted is early; "down by" a sum is a
  fall; the agent who "waited until he/she was" inside made no one wait. D reads 52
  after them, C 57, B 53, A 56; dev 0.7602; the earlier blind lines 1,779.

- `E`, after commit d9309b8 (the round's last change), read once and not mended: 51
  of 60 (0.848); the start rules 48 (0.795). Its gains are the round's kinds again
  ("★★☆☆☆", 🥳, a bill "£9 lower" no longer a complaint, praise in a plain report of
  leaves cleared after a storm); its misses: sarcasm with no cue ("lol of course the
  website is down the day the bill is due"), lateness told by clock times ("for 5am
  ... showed up at 5:40"), a middling rating glyph ("★★★") with a "nothing" in it,
  speed and help misread by their weak cues ("delivered in twenty minutes", "waited
  for my mum to sit down", "filled three days later"), and recognition and care told
  as plain facts ("remembered my daughter's name", "spotted a mistake on my
  prescription").

Over the four blocks first read after a change of this round's (B to E, 240 lines) the
engine got 204 right and the start rules 196; on `A`, written before any change, 53
both. Over every earlier block (fresh1 to fresh7 and the held-out set, 1,970 lines, none
in the corpus) the engine now reads 1,779 right against the start rules' 1,773. Dev
macro-F1 0.7602 (tweets 0.744, TripAdvisor 0.710) against 0.7604 at the start (0.744,
0.706). Floors sit two or three under the final counts (A 54, B 51, C 55, D 50, E 49).
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify
from legendary.care.sentiment_rules import read

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import BLOCKS as FRESH6_BLOCKS
from .test_sentiment_fresh6 import check_unseen, earlier_checks
from .test_sentiment_fresh7 import BLOCKS as FRESH7_BLOCKS

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "A": (
        54,
        [
            (
                "negative",
                "★☆☆☆☆ Latest update logs me out every time I switch apps. Had to reset my "
                "password three times this week.",
            ),
            (
                "negative",
                "Since the redesign I can't find my order history anywhere. Whoever signed this "
                "off has never used the app.",
            ),
            ("negative", "Crashes on launch on my Pixel 7. Uninstalled."),
            (
                "negative",
                "2 stars. Waited 50 minutes for two burgers and the fries came out lukewarm. "
                "Server never came back to the table.",
            ),
            (
                "negative",
                "Bag arrived open and half the chips were gone. The refund request got "
                "auto-rejected by the chatbot.",
            ),
            (
                "negative",
                "1 star. Found a hair baked into the lasagne and the manager offered us a free "
                "lemonade.",
            ),
            (
                "negative",
                "Reported the broken streetlight on Mill Lane in August. It's December and the "
                "stretch from number 12 to the corner is still pitch black.",
            ),
            (
                "negative",
                "Water's been coming out brown from the cold tap for three days and your "
                "helpline just plays a recorded message about leaks.",
            ),
            (
                "negative",
                "Bin collection missed for the third fortnight running. The recycling is now "
                "spilling onto the pavement.",
            ),
            (
                "negative",
                "I've followed every step in the guide, reinstalled the driver twice, rolled "
                "back the firmware, and the printer still shows offline. Support closed my "
                "ticket without a reply. Is there anything else I can try before it goes in the "
                "skip?",
            ),
            ("negative", "hello?? anyone there? been sat in this chat for 25 minutes"),
            (
                "negative",
                "Very bad service, I am waiting since two weeks for my package and nobody is "
                "answer the emails.",
            ),
            ("negative", "😡😡😡"),
            (
                "negative",
                "Power cut number four this month. Freezer's defrosting again. Any chance of "
                "compensation this time @GridCo",
            ),
            ("negative", "The 'homemade' soup was clearly from a packet and cost £8.50."),
            (
                "negative",
                "Train cancelled, the replacement bus never turned up, and the station staff had "
                "no idea what was going on.",
            ),
            (
                "negative",
                "Charged me for premium after I cancelled the trial. Three emails, zero response.",
            ),
            (
                "negative",
                "Ordered at 7, food turned up at 9:15 stone cold and the naan was missing.",
            ),
            (
                "negative",
                "Anyone else's smart meter stopped sending readings? Mine went blank after the "
                "update and I'm being billed on estimates again. Getting really tired of chasing "
                "this.",
            ),
            ("negative", "seriously?? still nothing"),
            (
                "neutral",
                "3 stars. Does what it says, but the widgets don't refresh unless I open the app.",
            ),
            (
                "neutral",
                "★★★ Pizza was decent, service a bit slow, prices about what you'd expect for "
                "the area.",
            ),
            ("neutral", "Hi, do you deliver to postcodes starting with KW?"),
            ("neutral", "okie dokie"),
            ("neutral", "k thx"),
            ("neutral", "??"),
            ("neutral", "🤔"),
            (
                "neutral",
                "Running version 4.2 on Windows 11. When I export to PDF the page numbers "
                "restart after section 3. Is there a setting I've missed? Screenshots attached.",
            ),
            (
                "neutral",
                "Can I submit a meter reading for the day I move out, or does it need to be the "
                "day before?",
            ),
            (
                "neutral",
                "How do I apply for a parking permit for a visitor who is staying two weeks?",
            ),
            (
                "neutral",
                "Hello, please I want to know if the card works also in Spain or only in UK.",
            ),
            ("neutral", "Do you have a gluten free menu and is there parking nearby?"),
            (
                "neutral",
                "Three stars. Lamb was good, dessert forgettable, the room was loud. Might come "
                "back for lunch.",
            ),
            ("neutral", "what are your opening hours on bank holidays"),
            ("neutral", "ok will do"),
            ("neutral", "Order number is 88123-B, the name on it is Patel."),
            (
                "neutral",
                "Quick question for anyone who has done this: does the 2019 model take the same "
                "filter as the 2021 one? The part numbers look different but the shape is the "
                "same.",
            ),
            (
                "neutral",
                "Sorry, my English is not so good. I need to change the name on the booking, the "
                "surname is wrong.",
            ),
            (
                "neutral",
                "Just letting you know the reading today is 23881, as asked in your letter.",
            ),
            (
                "neutral",
                "Works on my tablet but not on my phone, not sure yet if that's the app or the "
                "phone.",
            ),
            (
                "positive",
                "★★★★★ Finally a budgeting app that doesn't nag. Set it up in ten minutes and "
                "it's already caught two subscriptions I forgot about.",
            ),
            (
                "positive",
                "The new dark mode is gorgeous and it's noticeably quicker on my old iPad.",
            ),
            (
                "positive",
                "5 stars. Best pho I've had outside Hanoi, the broth was rich and they brought "
                "extra herbs without us asking.",
            ),
            (
                "positive",
                "Courier rang to say the gate was locked and met me at the side door. Curry "
                "still piping hot.",
            ),
            (
                "positive",
                "Took my parents for their anniversary and the staff brought out a little cake "
                "with a candle. Mum was thrilled.",
            ),
            (
                "positive",
                "Reported a pothole on Tuesday through the council app and it was filled by "
                "Friday. Impressed.",
            ),
            (
                "positive",
                "The engineer who fixed our boiler talked us through it and even bled the "
                "radiators before he left.",
            ),
            ("positive", "that's sorted it, you're a star"),
            ("positive", "❤️❤️❤️"),
            (
                "positive",
                "Very good service, the lady on the phone help me a lot and speak slowly for me. "
                "Thank you so much.",
            ),
            (
                "positive",
                "Update for anyone who finds this thread: the fix in post #6 worked. Cleared the "
                "cache, re-paired the headset and it's been perfect for a week.",
            ),
            (
                "positive",
                "Used it abroad for the first time and the exchange rate beat my bank's. No fees "
                "either.",
            ),
            (
                "positive",
                "Groceries came in the 7-8 slot at 7:05, every item there and no substitutions.",
            ),
            (
                "positive",
                "Portions are huge and the staff remembered us from last time. Our new Friday "
                "spot.",
            ),
            ("positive", "k thanks, that's perfect"),
            (
                "positive",
                "Switched supplier in one phone call and my first bill came out £30 lower than "
                "the old one.",
            ),
            (
                "positive",
                "The lady at the library helped my dad fill in the form and print it. Such "
                "patience.",
            ),
            (
                "positive",
                "Big thanks to whoever wrote the wiki guide, got my NAS running on the first try.",
            ),
            ("positive", "4 stars, sync is flawless now, just wish there was a widget."),
            ("positive", "Danke, alles gut now, the card is working again."),
        ],
    ),
    "B": (
        51,
        [
            (
                "negative",
                "App keeps asking me to verify my phone number and the code never arrives. "
                "Locked out of my own account.",
            ),
            ("negative", "1/5. Subscription renewed at double the price with no reminder email."),
            (
                "negative",
                "The step counter resets to zero at random times during the day. Pointless for "
                "tracking anything.",
            ),
            (
                "negative",
                "Two stars. Lovely room, shame about the forty-minute wait for a starter that "
                "came out cold.",
            ),
            (
                "negative",
                "Our takeaway order came with chicken instead of the tofu, and my daughter is "
                "vegetarian.",
            ),
            (
                "negative",
                "The driver marked it delivered while still twenty minutes away and then the app "
                "closed my chat.",
            ),
            (
                "negative",
                "The bus shelter glass on Elm Road has been smashed for six weeks and the "
                "timetable board is blank.",
            ),
            (
                "negative",
                "Dear council, the fly-tipping behind the shops has grown to a mountain and rats "
                "have been seen in the gardens.",
            ),
            (
                "negative",
                "Water meter fitted in May, first bill based on a reading from a meter that "
                "isn't ours.",
            ),
            (
                "negative",
                "Three weeks of posting on this forum, two replies from staff, both asking me to "
                "restart the router. It's not the router. Every other device in the house is "
                "fine and the laptop drops the wifi every ten minutes. I'd like an actual "
                "engineer to look at this.",
            ),
            (
                "negative",
                "Paid the parking fine within 14 days and got a letter saying I owe the full "
                "amount.",
            ),
            ("negative", "i have send you three messages and still my money is not come back"),
            ("negative", "🤬"),
            (
                "negative",
                "Excuse me but is there a human working today? The bot sent me the same link "
                "four times.",
            ),
            (
                "negative",
                "4 hour delay and the only food open at the gate was a vending machine that ate "
                "my coins.",
            ),
            (
                "negative",
                "The library closes at 4 on weekdays now so nobody who works can actually use it.",
            ),
            (
                "negative",
                "Ordered a birthday cake with 'Happy 40th Anna' and it said 'Happy 14th Anne'.",
            ),
            (
                "negative",
                "Five visits to the surgery website and the appointments page still says come "
                "back tomorrow at 8.",
            ),
            (
                "negative",
                "Three stars would be kind. The curry was fine but we waited an hour and they "
                "got two of the four dishes wrong.",
            ),
            ("negative", "no"),
            (
                "neutral",
                "I'm on Android 13, does the widget need the app to stay open in the background?",
            ),
            ("neutral", "Can I order for collection at 6:30 tomorrow, or is it walk-in only?"),
            ("neutral", "3 stars. Big portions, average taste, friendly staff, slow kitchen."),
            ("neutral", "Hi, I've got two accounts by mistake, can you merge them?"),
            ("neutral", "kk"),
            ("neutral", "one moment, looking for the reference"),
            ("neutral", "sure"),
            ("neutral", "🙂"),
            (
                "neutral",
                "Hello, I write from Portugal, I need to know the price for send a parcel of 3 "
                "kg to Lisbon.",
            ),
            ("neutral", "Is the recycling centre on Dock Lane taking garden waste this weekend?"),
            (
                "neutral",
                "The reading on the gas meter is 01842 and the electric is 55210, both taken "
                "this morning.",
            ),
            ("neutral", "I've uploaded my payslips to the portal. Do you need the P60 as well?"),
            (
                "neutral",
                "Has anyone got the pairing code for the 2020 model? The manual I have is for "
                "the older one and the steps don't match.",
            ),
            ("neutral", "We're a table of five with a pram, is there space downstairs?"),
            (
                "neutral",
                "After updating to 6.1 the export button moved to the share menu. Is there a way "
                "to put it back on the toolbar, or is this the new layout?",
            ),
            (
                "neutral",
                "Three stars. Nice terrace, ordinary food, fair prices. Fine for a drink in the "
                "sun.",
            ),
            (
                "neutral",
                "My neighbour says her bins were collected but ours weren't, are we on a "
                "different day now?",
            ),
            (
                "neutral",
                "I need to cancel the direct debit for the old flat, the new address is on the "
                "form.",
            ),
            ("neutral", "ok, and how long does that normally take"),
            ("neutral", "The app says my order is being prepared. Roughly when will it leave?"),
            (
                "positive",
                "★★★★★ The offline maps saved our holiday when we had no signal in the mountains.",
            ),
            (
                "positive",
                "Best update in ages, the app finally opens straight to my boarding pass.",
            ),
            (
                "positive",
                "5 stars. The chef came out to check the gluten free pasta was all right for my "
                "wife.",
            ),
            (
                "positive",
                "Order arrived 15 minutes before the estimate and the rider had put the drinks "
                "in a separate bag so nothing spilled.",
            ),
            (
                "positive",
                "We turned up without a booking on a Saturday and they found us a table within "
                "five minutes.",
            ),
            (
                "positive",
                "Reported a leaking hydrant in the morning, a van was there by lunchtime.",
            ),
            (
                "positive",
                "The new recycling bins came with a clear leaflet and the crew even put them "
                "back by our gate.",
            ),
            (
                "positive",
                "The council's noise team came out at midnight and the party stopped within the "
                "hour.",
            ),
            (
                "positive",
                "Thanks everyone, the replies here sorted it. It was the region setting all "
                "along, prints perfectly now.",
            ),
            ("positive", "🥰🥰"),
            ("positive", "perfect thank you!!"),
            (
                "positive",
                "Very happy, the man from the shop install everything and show me how use it. "
                "Five stars.",
            ),
            (
                "positive",
                "The district nurse came twice a day after mum's operation and always had time "
                "for a chat.",
            ),
            (
                "positive",
                "Paid £2 less than the app quoted because the driver took a quicker route.",
            ),
            (
                "positive",
                "My gran can video call us on her own now, the big buttons make all the "
                "difference.",
            ),
            ("positive", "The bus driver waited for me when he saw me running with the pushchair."),
            ("positive", "Not a single crash since I installed it on my old laptop."),
            (
                "positive",
                "The train was packed but the guard found my grandad a seat in first class.",
            ),
            ("positive", "Ok that's brilliant, you've been really patient with me."),
            ("positive", "Four stars. Tasty, cheap and the staff always remember my order."),
        ],
    ),
    "C": (
        55,
        [
            (
                "negative",
                "Update 3.2 moved everything around and now the scanner won't focus on receipts "
                "at all.",
            ),
            ("negative", "★★☆☆☆ It used to be simple. Now every screen wants me to rate the app."),
            (
                "negative",
                "The free trial quietly turned into a yearly plan and the cancel button just "
                "loops back to the offers page.",
            ),
            (
                "negative",
                "Our pizza arrived folded in half against the lid and the garlic dip had emptied "
                "itself into the box.",
            ),
            (
                "negative",
                "2/5. Lovely staff, but the fish was raw in the middle and the chips were from "
                "the freezer.",
            ),
            (
                "negative",
                "We asked three times for tap water and in the end bought a bottle to get one.",
            ),
            (
                "negative",
                "Rider went to the wrong address, then marked the order as handed over to me. "
                "I'm still hungry and out £23.",
            ),
            (
                "negative",
                "The crossing lights outside the primary school have been stuck on red for "
                "pedestrians since half term.",
            ),
            (
                "negative",
                "I've waited on the housing repairs line for 52 minutes to report a ceiling that "
                "is now bowing.",
            ),
            (
                "negative",
                "Our road was resurfaced in June and dug up again in August for the gas main.",
            ),
            (
                "negative",
                "Before anyone suggests it: yes I've cleared the cache, yes I've tried another "
                "browser, yes I've disabled the extensions. The upload still fails at 99% every "
                "single time and I have a deadline on Friday.",
            ),
            (
                "negative",
                "Posting again since nobody answered last time. The sync between the watch and "
                "the phone stops every night around 2am and I lose the sleep data.",
            ),
            (
                "negative",
                "my order is wrong again, second time this month i receive the items of another "
                "person",
            ),
            ("negative", "💩"),
            ("negative", "ok so that didn't work either"),
            (
                "negative",
                "The water was off all day with no notice and the helpline recording says there "
                "are no known problems in my area.",
            ),
            (
                "negative",
                "Drove to the tip with a full car and it was shut for staff training. Nothing on "
                "the website.",
            ),
            (
                "negative",
                "The burger was cold in the middle and it took twenty minutes to get someone's "
                "attention.",
            ),
            (
                "negative",
                "This is the fourth letter I have had about a parking fine for a car I sold in "
                "March.",
            ),
            ("negative", "Ugh. Bus skipped our stop again."),
            ("neutral", "Is there a student discount on the yearly plan?"),
            ("neutral", "Three stars. Good sushi, cramped tables, long wait for the bill."),
            ("neutral", "hey, do u have tables free tonight for 2 around 8"),
            ("neutral", "mm ok"),
            ("neutral", "thx, will check later"),
            ("neutral", "😐"),
            (
                "neutral",
                "Trying to set up the printer on a Mac with Sonoma. The driver on the download "
                "page is for Ventura. Will that one work, or is there a newer one coming?",
            ),
            ("neutral", "How often is the green bin collected in winter?"),
            (
                "neutral",
                "My father passed away last month and I need to close his water account. What "
                "documents do you need?",
            ),
            (
                "neutral",
                "Good evening, I like to ask if the museum is open also on Monday or it is closed.",
            ),
            ("neutral", "Does the app work without mobile data if I download the tickets first?"),
            (
                "neutral",
                "3 stars. Tasty enough, nothing we'd go out of our way for. Parking is easy.",
            ),
            (
                "neutral",
                "I'm reading the meter now, is it the red numbers or the black ones you need?",
            ),
            ("neutral", "Please can you send the invoice to accounts@ rather than to me directly."),
            (
                "neutral",
                "Do you know if the 2023 version reads the old save files? I still have a few "
                "projects in the old format.",
            ),
            (
                "neutral",
                "Not sure this is the right place to ask, but where do I find the warranty number?",
            ),
            (
                "neutral",
                "Question about the new recycling rules: do pizza boxes go in the blue bin now?",
            ),
            (
                "neutral",
                "My flat is number 7 but the post often goes to 7A, could you add a note for the "
                "driver?",
            ),
            ("neutral", "We're four adults and a baby, do you take bookings for Sunday lunch?"),
            ("neutral", "Scheduled the update for tonight, will report back tomorrow."),
            (
                "positive",
                "★★★★★ Cleanest banking app I've used. Found the statement I needed in two taps.",
            ),
            (
                "positive",
                "The widget is a small thing but it's made checking the trains so much quicker.",
            ),
            (
                "positive",
                "Best curry house in town. The owner always comes over to ask how everything was.",
            ),
            (
                "positive",
                "Order came with a handwritten thank you and an extra portion of bhajis. Lovely "
                "touch.",
            ),
            (
                "positive",
                "4/5 great value lunch menu and they didn't mind us lingering for an hour.",
            ),
            (
                "positive",
                "Asked for no onions because of an allergy and they remade the whole dish to be "
                "safe.",
            ),
            (
                "positive",
                "The council sent someone round the same week to fit grab rails for my mother.",
            ),
            ("positive", "Renewed my bus pass online in five minutes and it arrived the next day."),
            (
                "positive",
                "Reported a burst main on the app, the road was fixed and tarmacked before the "
                "school run.",
            ),
            (
                "positive",
                "The lady on the water helpline stayed on the phone while I found the stopcock. "
                "Saved our kitchen.",
            ),
            (
                "positive",
                "For anyone else stuck: support sent me a new config file within the hour and "
                "everything syncs now. Honestly impressed.",
            ),
            (
                "positive",
                "Closing the loop on my thread, the replacement board arrived and the machine "
                "runs quieter than ever.",
            ),
            ("positive", "merci beaucoup, everything works perfect now"),
            ("positive", "thank you thank you thank you"),
            ("positive", "😊😊"),
            ("positive", "yes!! it's through, you're amazing"),
            (
                "positive",
                "Never had a delivery this quick, ordered at lunch and it came before dinner.",
            ),
            (
                "positive",
                "The library let my son renew his books over the phone while he was in hospital.",
            ),
            (
                "positive",
                "Took the tram for the first time with a wheelchair and the driver lowered the "
                "ramp without being asked.",
            ),
            (
                "positive",
                "Our bill dropped a little after the switch and the app tells me exactly what I "
                "use each day.",
            ),
        ],
    ),
    "D": (
        50,
        [
            (
                "negative",
                "Can't even log in since the update, it just spins. Fix it please, I need my "
                "tickets for tomorrow.",
            ),
            (
                "negative",
                "1/5. Deleted my saved recipes when I changed phones, no backup, no apology.",
            ),
            ("negative", "Every tap on the map opens an advert. Unusable on a small screen."),
            (
                "negative",
                "★☆☆☆☆ Notifications come through a day late, which rather defeats the point of "
                "a reminder app.",
            ),
            ("negative", "Two stars. The naan was like cardboard and the korma was mostly cream."),
            (
                "negative",
                "We waited 35 minutes for a table we had booked, then were squeezed in by the "
                "toilets.",
            ),
            (
                "negative",
                "Delivery was meant to be contactless and the driver insisted on coming into the "
                "hall with his shoes covered in mud.",
            ),
            (
                "negative",
                "The sushi platter was missing half the pieces in the picture and the rice was "
                "hard.",
            ),
            (
                "negative",
                "Reported a gas smell in the street on Saturday, the van came on Tuesday.",
            ),
            (
                "negative",
                "The council's new booking system for the tip only shows slots three weeks away.",
            ),
            (
                "negative",
                "The footpath by the river has been flooded for a month and the diversion signs "
                "point into a field.",
            ),
            (
                "negative",
                "Long post, sorry. Bought the kit in January, the motor failed in March, sent it "
                "back under warranty, got it back in May with the same fault, and now support "
                "tells me the warranty has run out. I have emails proving every date.",
            ),
            (
                "negative",
                "Third thread about this now. The hub drops offline every evening and the only "
                "answer is to factory reset it, which loses all my automations.",
            ),
            ("negative", "hello, my internet is not working from 4 days and technician never come"),
            ("negative", "🤢🤢"),
            ("negative", "great, another 'we're experiencing high volumes' message"),
            (
                "negative",
                "Our recycling has been left behind four weeks running because the lid 'wasn't "
                "fully closed'.",
            ),
            (
                "negative",
                "The table next to us got their food before us even though they came in half an "
                "hour later.",
            ),
            (
                "negative",
                "I've now been charged for three months of a subscription I cancelled in the app "
                "in April.",
            ),
            ("negative", "oh come ON. cancelled again"),
            ("neutral", "Hi, can I change the time of my click and collect from 3pm to 5pm?"),
            ("neutral", "Does the vegetarian platter have egg in it?"),
            ("neutral", "3 stars. Decent coffee, slow wifi, plenty of sockets."),
            ("neutral", "★★★ Good for a quick lunch, would not come for dinner."),
            ("neutral", "okey"),
            ("neutral", "👌"),
            ("neutral", "one second please"),
            (
                "neutral",
                "My mother is 84 and doesn't use the internet. Can she still get a bus pass by "
                "post?",
            ),
            ("neutral", "Hello, I am new in the city, where I can register for the doctor?"),
            (
                "neutral",
                "Running the app on a Samsung A52, Android 14. Is dark mode coming to the widget "
                "as well, or only to the main screen?",
            ),
            (
                "neutral",
                "The gas meter is under the stairs and the electric one is outside by the gate, "
                "in case the engineer asks.",
            ),
            ("neutral", "Which day is the garden waste collected on Linden Avenue?"),
            ("neutral", "Booking ref QW7731, I'd like to add a high chair to the table please."),
            (
                "neutral",
                "I've moved the direct debit to the 28th as suggested, let me know if anything "
                "else is needed.",
            ),
            ("neutral", "Is the 09:40 still running on Sunday with the engineering works?"),
            (
                "neutral",
                "Quick one: does the free plan let two people share a list, or is that premium "
                "only?",
            ),
            ("neutral", "ok I'll try that and come back if it doesn't work"),
            (
                "neutral",
                "Three stars. The kids loved the play area, the food was average and the music "
                "was loud.",
            ),
            (
                "neutral",
                "If I switch to the annual plan now, does the monthly one stop straight away?",
            ),
            ("neutral", "Can you tell me what time the road closure ends tonight?"),
            (
                "positive",
                "Five stars from me. The new budget view finally shows where the money goes.",
            ),
            (
                "positive",
                "Honestly the best weather app I've had, the rain alerts are spot on to the "
                "minute.",
            ),
            ("positive", "The pasta was made fresh in front of us and the tiramisu was unreal."),
            (
                "positive",
                "Rider texted a photo of where he left the bag and it was exactly where I said.",
            ),
            (
                "positive",
                "5/5. The manager saw it was my birthday on the booking and sent over a dessert "
                "with a candle.",
            ),
            (
                "positive",
                "Bins collected on Christmas week exactly as the leaflet said, the crew even "
                "waved at my son.",
            ),
            (
                "positive",
                "The planning officer rang me back the same afternoon and explained what I "
                "needed in plain English.",
            ),
            (
                "positive",
                "Reported the broken swing at the park and it was repaired by the weekend.",
            ),
            (
                "positive",
                "Water went off for works and came back an hour earlier than the letter said.",
            ),
            (
                "positive",
                "Solved! For anyone finding this later, the firmware from the support page fixed "
                "the clicking. Thanks to the two people who replied.",
            ),
            (
                "positive",
                "Thank you for your help yesterday, the new card arrived today and works perfect.",
            ),
            ("positive", "danke schön, very good service and very fast"),
            ("positive", "💯💯"),
            ("positive", "omg it worked!! thank you"),
            ("positive", "Brilliant, that's exactly what I needed"),
            (
                "positive",
                "Our first delivery from them and every single item was within date and nothing "
                "was swapped.",
            ),
            (
                "positive",
                "Got my electricity bill down by £18 a month just by switching to their night "
                "tariff.",
            ),
            (
                "positive",
                "The librarian set up my e-reader for me and showed me how to borrow books on it.",
            ),
            (
                "positive",
                "The taxi driver helped my dad with his walker and waited until he was in the "
                "door.",
            ),
            (
                "positive",
                "Lovely little place, they let us bring the dog in out of the rain and brought "
                "him water.",
            ),
        ],
    ),
    "E": (
        49,
        [
            (
                "negative",
                "The app logs every run twice since the last update, so my weekly distance is "
                "double what I actually did.",
            ),
            ("negative", "★★☆☆☆ Pretty design, but it drains the battery even when it's closed."),
            (
                "negative",
                "Paid for ad-free and I still get a video advert every time I open a level.",
            ),
            (
                "negative",
                "1 star. We ordered the set menu for six and the kitchen ran out of the main "
                "course before we got ours.",
            ),
            (
                "negative",
                "The waiter spilled red wine down my sleeve and walked off without a word.",
            ),
            (
                "negative",
                "Food arrived on time but the order was for someone called Priya and we're not "
                "Priya.",
            ),
            (
                "negative",
                "The chips were soggy, the fish was grey and the mushy peas were cold. £14.",
            ),
            (
                "negative",
                "Our street has had no working streetlights for nine days and there's been a "
                "break-in at number 3.",
            ),
            (
                "negative",
                "The council website says my bulky waste collection is booked, the crew say they "
                "have no record of it.",
            ),
            (
                "negative",
                "The school bus dropped my son at the wrong stop and he walked a mile home in "
                "the dark.",
            ),
            (
                "negative",
                "I bought the premium licence for the export feature. Exports now come out with "
                "a watermark across every page and the support form returns an error when I "
                "submit it. I've attached screenshots, please help, this is for a client.",
            ),
            (
                "negative",
                "Still no fix after two weeks. Every other user in this thread has the same "
                "crash and the devs have gone quiet.",
            ),
            (
                "negative",
                "sorry for my english, i am very angry, the shop sell me used phone like new",
            ),
            ("negative", "😤😤"),
            ("negative", "lol of course the website is down the day the bill is due"),
            ("negative", "This is the second time my prescription has gone to the wrong pharmacy."),
            (
                "negative",
                "The bin lorry has damaged our wall twice now and nobody has been out to look at "
                "it.",
            ),
            ("negative", "Booked a taxi for 5am for the airport. It showed up at 5:40."),
            ("negative", "The refill station at the park has been empty all summer."),
            ("negative", "can't believe I'm still on hold. 50 mins."),
            ("neutral", "Hi, is the kitchen still open at 10pm on Fridays?"),
            ("neutral", "What's the difference between the family and the single plan?"),
            ("neutral", "3 stars. Nice decor, food fine, the bill took ages."),
            ("neutral", "★★★ Does the basics, nothing clever."),
            ("neutral", "yep"),
            ("neutral", "ok np"),
            ("neutral", "🤷"),
            ("neutral", "Ich verstehe, so I need to come to the office with my passport, yes?"),
            (
                "neutral",
                "Forum question: which of the two chargers in the box is for the handset, the 5V "
                "or the 9V?",
            ),
            (
                "neutral",
                "On version 12.4 the backup runs at 2am by default. Can I move it to the evening?",
            ),
            (
                "neutral",
                "How do I report a blocked drain that's on the pavement rather than on my "
                "property?",
            ),
            ("neutral", "Can I use my old bus pass until the new one arrives?"),
            ("neutral", "My son has a nut allergy, can you tell me which desserts are safe?"),
            ("neutral", "Just to confirm, the engineer is booked for the morning of the 14th?"),
            ("neutral", "I have changed my surname after marriage, how do I update the account?"),
            ("neutral", "Three stars. The room was warm, the service quick, the food a bit bland."),
            (
                "neutral",
                "The reference on the letter is 88-1023-X and the account is in my wife's name.",
            ),
            ("neutral", "Can I leave the parcel with the neighbour and tell the driver?"),
            ("neutral", "Ordered on Monday, it says dispatched, usually how long to Scotland?"),
            ("neutral", "The tablet is for my dad, he mostly wants video calls and the news."),
            (
                "positive",
                "★★★★★ Tracks my baby's feeds and naps without any faff. A lifesaver at 3am.",
            ),
            (
                "positive",
                "The update made the app much faster and the search actually finds things now.",
            ),
            (
                "positive",
                "5 stars, the kindest waitress, she cut up my son's food without us asking.",
            ),
            (
                "positive",
                "Huge portions, fair prices and they packed up our leftovers in a proper box.",
            ),
            (
                "positive",
                "Delivered in twenty minutes on a Saturday night and still hot. Impressive.",
            ),
            (
                "positive",
                "The street cleaners had the leaves cleared from our road the morning after the "
                "storm.",
            ),
            (
                "positive",
                "The lady at the council tax office sorted my discount in one call and rang back "
                "to confirm.",
            ),
            (
                "positive",
                "Reported a pothole on the app and got a photo of it filled three days later.",
            ),
            (
                "positive",
                "Update for anyone reading: swapping the cable fixed it, and support replaced "
                "the old one for free.",
            ),
            (
                "positive",
                "The moderator here pointed me to the right setting in five minutes, after a "
                "week of trying on my own.",
            ),
            ("positive", "gracias!! all is perfect now"),
            ("positive", "you're the best, thank you"),
            ("positive", "🥳🥳"),
            ("positive", "ahh yes that's it, cheers, lifesaver"),
            ("positive", "The bus driver waited for my mum to sit down before pulling away."),
            ("positive", "Our food shop came with every substitute better than what we'd ordered."),
            ("positive", "Monthly direct debit is £9 lower after they reviewed the account."),
            ("positive", "The receptionist remembered my daughter's name from her last visit."),
            (
                "positive",
                "Swimming lessons at the leisure centre have given my son so much confidence.",
            ),
            (
                "positive",
                "The pharmacist spotted a mistake on my prescription before I left the counter.",
            ),
        ],
    ),
}


def test_the_blind_lines_are_in_no_corpus_and_no_other_check() -> None:
    earlier = [
        row
        for blocks in (FRESH6_BLOCKS, FRESH7_BLOCKS)
        for _f, rows in blocks.values()
        for row in rows
    ]
    check_unseen(BLOCKS, earlier_checks() + earlier)


@pytest.mark.parametrize("name", list(BLOCKS))
def test_sentiment_holds_up_on_the_blind_blocks(name: str) -> None:
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A charge denied is praise, like any denied problem ...
        ("No fees for paying by card, which made a change.", "positive"),
        ("There was no booking fee and the seats were great.", "positive"),
        # ... but a question asks whether it will be there, and a charge made complains.
        ("Can I pay by card without a fee?", "neutral"),
        ("They charged me a fee for paying by card.", "negative"),
        # "Lower" is good or bad by what went lower.
        ("The new quote came out lower than last year's.", "positive"),
        ("The water pressure is much lower since the works.", "negative"),
    ],
)
def test_denied_charges_and_lower_numbers(text: str, label: Label) -> None:
    assert classify(text) == label


def test_doing_as_asked_is_no_complaint() -> None:
    assert read("As asked, the photo of the meter is attached.").score == 0
    assert read("I asked for a callback three times.").score < 0


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A rating in star glyphs or "out of five" opening a sentence is the verdict.
        ("★★★★☆ Syncs my calendar across the phone and the laptop.", "positive"),
        ("★★☆☆☆ Syncs across my devices, when it feels like it.", "negative"),
        ("4/5. Syncs my calendar across the phone and the laptop.", "positive"),
        ("1/5. Syncs across my devices when it feels like it.", "negative"),
        # Minutes before the slot or the estimate are early, not a wait.
        ("The shopping came twenty minutes before the slot.", "positive"),
        ("We waited twenty minutes before the waiter came over.", "negative"),
        # Damage in transit denied is praise, like any denied problem.
        ("Nothing spilled and nothing was squashed.", "positive"),
        ("The gravy spilled all over the bag.", "negative"),
        # Praise in quotes is what a cake or a sign says, not the customer's mood.
        ("The cake said 'Happy Birthday Jon' and my son is called John.", "negative"),
        ("The engraving reads 'Best Dad ever' but we ordered 'Best Grandad ever'.", "negative"),
        # More emoji of delight, and "make all the difference" as "makes" already was.
        ("🥰🥰", "positive"),
        (
            "The bigger text setting and the simple menu make all the difference for my mum.",
            "positive",
        ),
    ],
)
def test_ratings_early_arrivals_denied_spills_and_quoted_words(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Something done before anyone asked is praise said with a negation.
        ("The driver lowered the ramp without being asked.", "positive"),
        ("The waiter refilled our water without us even asking.", "positive"),
        ("I had to ask three times before anyone lowered the ramp.", "negative"),
        # A bill or a price that fell pleases; one that rose complains.
        ("My monthly payments have come down by £20.", "positive"),
        ("Our gas bill dropped after the new boiler went in.", "positive"),
        ("My monthly payments have gone up by £20.", "negative"),
        # A parking fine is a penalty, not "fine"; the emoji of disgust complain.
        ("The parking fine is for a car I sold in March, the V5 is attached.", "neutral"),
        ("💩💩", "negative"),
    ],
)
def test_unasked_help_prices_that_move_and_fines(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Earlier than the letter said is early; later than it said is late.
        ("The engineer arrived an hour earlier than the letter said.", "positive"),
        ("The engineer arrived two hours later than the letter said.", "negative"),
        # "Down by" a sum is a fall.
        ("Our bill is down by £12 a month since the smart meter went in.", "positive"),
        # The agent waiting until the customer's person is safe is no wait of theirs.
        ("The driver waited until she was inside before pulling away.", "positive"),
        ("I waited until the shop closed and nobody came to the counter.", "negative"),
    ],
)
def test_earlier_than_said_a_bill_down_and_the_agent_waiting(text: str, label: Label) -> None:
    assert classify(text) == label
