"""Customer sentiment on blind blocks of the seventh round (23 November 2026, fifth
session), in the styles of sources other than the development split and other than the
sixth round's: product reviews (electronics, clothes, books), hotel and holiday reviews
as a guest writes them (a three-star stay, praise and flaws together, is neutral),
chats and e-mails to a telecom, bank, insurer, courier and energy supplier, tweets to
brands (short, slangy, emoji, sarcasm) and survey comments. Each block holds 20 lines
of each class; every label was written into this file before the engine read a line,
and each block was written only after the changes the previous one led to.

First reads, against the rules this round started from (commit a933c47, dev macro-F1
0.7621: tweets 0.748, TripAdvisor 0.693), macro-F1 in brackets:

- `A`, on a933c47 itself: 47 of 60 (0.775). Its errors by kind: praise said by denying
  a harm ("never once had to chase them", "didn't try to sell me anything", "no gap in
  supply", "no complaints whatsoever"), a middling verdict stressed into praise ("not
  bad at all", "exactly as described"), lasting told with "still" ("still lasts two days
  after a year"), the agent waiting for the customer ("waited while I found my keys"),
  a problem put right fast ("broke on Christmas Eve and the engineer came out the same
  afternoon"), recognition ("remembered our names"), slang praise ("slaps"), a survey's
  empty answer read as a complaint ("No particular comments."), and one complaint said
  as an elliptical answer ("Not very, after this."). After scoring, two lines proved to
  be word for word in earlier checks and were replaced by new ones (a battery that
  "still gets me through a long-haul flight", "nothing I would ask you to do
  differently"), which both engines read wrong: the start rules then read 46.
  The changes it led to: 275 corpus lines of our own aimed at those kinds (and at
  polite complaints, plain-fact complaints, sarcasm, three-star reviews, questions with
  account details and short replies); a complaint phrase that opens with a problem cue
  ("had to chase") is denied like the cue; "still" before a verb of lasting ("still
  lasts", "still works") is no complaint, nor is a duration after one ("lasts two
  days"); "at all", "whatsoever" or "exactly" turn a middling phrase into praise;
  "not bad at all" is praise said with a negation; a survey's empty answer ("no further
  comments") and the agent waiting for the customer ("waited while I") are plain. A
  reads 50 after them.

- `B`, after commit 3474849 (the above): 41 of 60 (0.675); the start rules 41 with the
  same 19 errors: nothing of the first changes reached it. Its errors are mostly where
  a rules cue misreads and the words could not outweigh it: praise with a complaint
  cue in it ("left exactly where I asked", "paid for the hire car without me even
  asking", "explained everything twice", "so good I missed my stop"), plain-fact
  complaints with no cue at all, read as praise for their function words ("battery
  swelled up and the back popped off", "on estimated bills ever since"), sarcasm closed
  by one praise word ("found a bit of plastic in my can. lovely."), and recognition
  ("knew every child's name"). The next commit: 114 more corpus lines of those kinds
  (none a paraphrase of a line of the block), and the words' penalty 0.02 -> 0.015, so
  that they speak louder against a misreading cue. B reads 42 after it. Tried and left
  out: "<praise word> enough" ("happy enough") as a middling verdict (TripAdvisor
  0.699 -> 0.693 for one blind line).

- `C`, after commit da57293: 48 of 60 (0.800); the start rules 47 (0.784). Again
  plain-fact complaints read as praise ("a hole under the arm straight out of the
  packet", "serviced on Tuesday and by Thursday it was leaking"): the commonest words
  ("the", "it", "and", "was") lean to praise in the model, since a line of plain praise
  has nothing else to explain it while a complaint has the rules' blame. The next commit
  added 76 corpus lines of plain-fact complaints (product faults, hotel stays, bills and
  deliveries told with no complaint word) and of praise said with "still" and "nobody
  manages"; the batch's 20 neutral lines were left out (with them dev 0.7599). C 49, B
  40 (two lines of praise with a harm word in them, "dropped my phone in the sea", "bill
  went down", now read as complaints), A 51 after it.

- `D`, after commit f332b8d (the round's last change), read once and not mended: 44 of
  60 (0.729); the start rules 40 (0.657). Its four gains are the kinds of `A` met again
  in new words ("not bad at all", "waited while I put the dog in", "never had to chase a
  single thing", "remembered my allergy"); its misses are the round's: plain-fact
  complaints with no complaint word ("bled blue dye all over my new trainers", "quoted
  £420 on the phone and the letter says £610"), sarcasm without a cue ("truly a
  journey"), and praise with a harm word ("regret nothing", "nothing is perfect").

Over the three blocks first read after a change of this round's (B, C, D: 180 lines)
the engine got 133 right and the start rules 128; on `A`, written before any change, 47 both
(46 after two lines were replaced). Over every earlier block (fresh1 to fresh6 and the
held-out set, 1,730 lines, none in the corpus) the engine now reads 1,589 right against
the start rules' 1,565 (the words' penalty was chosen on dev and on these, so they are
no longer wholly blind for it). Dev macro-F1 0.7604 (tweets 0.744, TripAdvisor 0.706)
against 0.7621 at the start (0.748, 0.693). Floors sit two under the final counts
(A 49, B 38, C 47, D 42).
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify
from legendary.care.sentiment_rules import lukewarm, read, turn_words

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import BLOCKS as FRESH6_BLOCKS
from .test_sentiment_fresh6 import check_unseen, earlier_checks

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "A": (
        49,
        [
            (
                "negative",
                "Headphones sound fine but the left earcup started crackling after a fortnight. "
                "Two stars is generous.",
            ),
            (
                "negative",
                "Ordered a size 12, got a 12 that fits like an 8. The returns label costs £3.95 "
                "to print, apparently.",
            ),
            (
                "negative",
                "The hardback I ordered as a gift turned up with a crushed spine and a coffee "
                "ring on the cover.",
            ),
            (
                "negative",
                "Room overlooked the bins and the air con rattled all night. Breakfast was the "
                "same four things every day.",
            ),
            (
                "negative",
                "We booked a sea view and got a view of the car park extension. Reception "
                "shrugged.",
            ),
            (
                "negative",
                "Hi, this is the third month my direct debit has gone up without any letter "
                "explaining why.",
            ),
            (
                "negative",
                "Dear Sir/Madam, my claim reference HX-20418 was submitted eight weeks ago and "
                "I have heard nothing since.",
            ),
            (
                "negative",
                "Your driver left my parcel on the doorstep in the rain. The box is pulp and so "
                "is the book inside.",
            ),
            (
                "negative",
                "I've been without broadband since Monday and the engineer visit keeps getting "
                "pushed back.",
            ),
            ("negative", "@BrightNet lol 'unlimited' data that slows to a crawl after 20GB 🙄"),
            ("negative", "@FlexBank app down AGAIN on payday. you had one job"),
            (
                "negative",
                "Love how my 'next day' delivery is now on day four. Top work @ZoomParcels 👏",
            ),
            ("negative", "The survey asks how likely I am to recommend you. Not very, after this."),
            ("negative", "Staff seemed rushed and nobody explained the new appointment system."),
            (
                "negative",
                "The charger that came with it doesn't fit UK sockets. Had to buy another one.",
            ),
            (
                "negative",
                "Opened the meter reading email, it's estimated again even though I submitted a "
                "photo.",
            ),
            (
                "negative",
                "The ending felt rushed and half the characters just vanish. Wouldn't read the "
                "sequel.",
            ),
            (
                "negative",
                "Why does cancelling take a phone call when signing up took thirty seconds online?",
            ),
            (
                "negative",
                "Pool closed for 'maintenance' the whole week we were there, not mentioned when "
                "we booked.",
            ),
            ("negative", "nah this is a joke, 40 mins in the queue and the line went dead"),
            ("neutral", "Could you tell me whether the 256GB model comes in green?"),
            (
                "neutral",
                "Hi, my account number is 40021877, I'd like to change the payment date to the "
                "15th please.",
            ),
            (
                "neutral",
                "Three stars. Location is ideal for the old town, rooms are dated, breakfast "
                "was fine.",
            ),
            (
                "neutral",
                "Does the policy cover a hire car if mine is off the road after an accident?",
            ),
            (
                "neutral",
                "Fabric is thinner than I expected but the fit is right. Will see how it washes.",
            ),
            ("neutral", "@TeleWave what time does the shop on King Street open on Sundays?"),
            (
                "neutral",
                "I'm moving house on the 3rd of next month, what do I need to do about the gas "
                "and electric?",
            ),
            (
                "neutral",
                "Parcel tracking number is JD000422918GB, can it be redirected to my work address?",
            ),
            ("neutral", "Decent enough hotel for one night. Nothing special, nothing wrong."),
            (
                "neutral",
                "The first half of the book dragged, the second half picked up. Middle of the "
                "road for me.",
            ),
            ("neutral", "Please send me a copy of my last three statements by post."),
            ("neutral", "Is there an early check-in option if we land at 7am?"),
            (
                "neutral",
                "Sound quality is what you'd expect for the price. Battery lasts about a day.",
            ),
            ("neutral", "No particular comments."),
            ("neutral", "I'd like to add my partner as a named driver from Friday."),
            (
                "neutral",
                "Rooms were clean, staff were polite, but the walls are thin and the street is "
                "noisy at night. Average.",
            ),
            (
                "neutral",
                "@QuickShip can I change the delivery day on the app or do I have to call?",
            ),
            (
                "neutral",
                "Just checking the refund for order 5521 is going back to the card I paid with?",
            ),
            ("neutral", "Bought it for work, does the job."),
            ("neutral", "What's the difference between the Essential and the Plus tariffs?"),
            (
                "positive",
                "Not bad at all for the price, the screen is sharper than my old laptop's.",
            ),
            (
                "positive",
                "The lady on the phone sorted my overpayment and the money was back in my "
                "account the next morning.",
            ),
            ("positive", "Dress fits like it was made for me, already had three compliments."),
            ("positive", "Couldn't put it down, finished it in one sitting on the train."),
            (
                "positive",
                "The hotel upgraded us when they heard it was our anniversary and left a bottle "
                "of fizz in the room.",
            ),
            (
                "positive",
                "Five stars. We've stayed at this little guesthouse four summers running and "
                "will be back next year.",
            ),
            (
                "positive",
                "@ZapMobile signal in the village has gone from zero bars to full since the new "
                "mast 🙌",
            ),
            (
                "positive",
                "Courier rang ahead, waited while I found my keys, even carried it up the stairs.",
            ),
            (
                "positive",
                "Never once had to chase them about a claim, the payout was in my account "
                "within a week.",
            ),
            (
                "positive",
                "My boiler broke on Christmas Eve and the engineer came out the same afternoon.",
            ),
            (
                "positive",
                "Switched energy supplier and my bill dropped by a third with no gap in supply.",
            ),
            (
                "positive",
                "Bank flagged a dodgy payment before I'd even noticed and had a new card to me "
                "in two days.",
            ),
            (
                "positive",
                "Honestly didn't expect much from a budget brand but these trainers have "
                "survived a whole winter of mud.",
            ),
            ("positive", "@SnackBox the new flavour slaps 🔥🔥"),
            (
                "positive",
                "Kept it simple, answered my question and didn't try to sell me anything.",
            ),
            ("positive", "No complaints whatsoever, everything was exactly as described."),
            ("positive", "The staff remembered our names from last year."),
            ("positive", "Honestly nothing I would ask you to do differently, keep it up."),
            (
                "positive",
                "Eighteen months in and the battery still gets me through a long-haul flight.",
            ),
            (
                "positive",
                "I was dreading calling about the missed payment, but the advisor set up a plan "
                "and waived the charge.",
            ),
        ],
    ),
    "B": (
        38,
        [
            ("negative", "The 'waterproof' jacket soaked through in a ten-minute shower."),
            (
                "negative",
                "Ordered the 65-inch TV, it arrived with a dead pixel line across the middle "
                "and the courier refused to take it back.",
            ),
            (
                "negative",
                "Four chapters in and I still couldn't tell you who the narrator is. Gave up.",
            ),
            (
                "negative",
                "Our apartment was nowhere near the beach, the photos must have been taken with "
                "a very creative lens.",
            ),
            (
                "negative",
                "All-inclusive, except the drinks, the sunbeds and the towels, apparently.",
            ),
            (
                "negative",
                "Dear team, I submitted my windscreen claim on the 2nd and the repairer says "
                "you still haven't authorised it.",
            ),
            (
                "negative",
                "My smart meter stopped sending readings in August and I've been on estimated "
                "bills ever since.",
            ),
            (
                "negative",
                "Your courier marked my parcel as 'customer not in'. I was in. There's no card, "
                "no knock, nothing.",
            ),
            ("negative", "Phone line crackles every time it rains. Third engineer, same result."),
            (
                "negative",
                "@ChargeUp charging points at the services all out of order, stranded with 4% 😤",
            ),
            ("negative", "@CoolFizz found a bit of plastic in my can. lovely."),
            (
                "negative",
                "@FastLane_Rail 'minor delays' = two hours in a tunnel with no announcements",
            ),
            (
                "negative",
                "Survey: the staff on the desk spent more time on their phones than helping "
                "anyone.",
            ),
            (
                "negative",
                "I don't feel the branch closure was communicated properly to older customers.",
            ),
            ("negative", "Sizes are all over the place, my usual medium could fit two of me."),
            ("negative", "Battery swelled up after eight months and the back popped off."),
            (
                "negative",
                "They charged my card before the item was even in stock and it still hasn't "
                "shipped.",
            ),
            (
                "negative",
                "So I pay more for 'priority' support and still sit in the same queue as "
                "everyone else?",
            ),
            (
                "negative",
                "Honestly, the worst bit was being told it was my fault for not reading the "
                "small print.",
            ),
            (
                "negative",
                "cancelled my order without telling me, found out when I went to track it",
            ),
            ("neutral", "Does this come with a UK plug or will I need an adapter?"),
            (
                "neutral",
                "Policy ref 88-PL-2210: I've fitted a dashcam, does that change my premium?",
            ),
            ("neutral", "Three stars from me. Good beach, average food, rooms need updating."),
            ("neutral", "Comfortable shoes, though they run a half size small. Happy enough."),
            ("neutral", "@CoolFizz are the new zero-sugar ones sweetened with stevia?"),
            ("neutral", "Could you send the engineer's report to my email rather than by post?"),
            (
                "neutral",
                "The book is well researched but very dry. Useful for my course, not one for "
                "the beach.",
            ),
            ("neutral", "What's the latest I can change the name on a booking?"),
            (
                "neutral",
                "Staff were fine. The room was fine. Breakfast was fine. Everything was fine, "
                "really.",
            ),
            ("neutral", "Could you confirm whether my boiler cover includes the radiators?"),
            (
                "neutral",
                "I'm the executor for my late father's account, what documents do you need?",
            ),
            ("neutral", "@ChargeUp is the app the only way to pay or can I use contactless?"),
            (
                "neutral",
                "Reasonable hotel, handy for the station. Would use again for work, not for a "
                "holiday.",
            ),
            (
                "neutral",
                "Any comments on your visit today? Not really, it was a routine appointment.",
            ),
            ("neutral", "The speaker works, the app is a bit fiddly to set up."),
            ("neutral", "Half the group loved the resort, the other half found it too quiet."),
            (
                "neutral",
                "My parcel says it's at the local depot, can I pick it up from there today?",
            ),
            ("neutral", "Please can you switch my statements to quarterly instead of monthly."),
            (
                "neutral",
                "I'll be away from the 10th to the 24th, can the delivery wait until I'm back?",
            ),
            ("neutral", "Nice design, average battery, okay screen. Three out of five."),
            (
                "positive",
                "Our transfer driver was waiting with a sign even though our flight landed two "
                "hours late.",
            ),
            ("positive", "The kids' club staff knew every child's name by the second day."),
            (
                "positive",
                "I dropped my phone in the sea on day one and the hotel lent me an old one for "
                "the week.",
            ),
            ("positive", "Honestly the comfiest jeans I own, I've ordered them in black too."),
            ("positive", "Read it in two nights, the twist at the end had me gasping."),
            ("positive", "Noise cancelling is so good I missed my stop on the tube."),
            ("positive", "The insurer paid for the hire car without me even asking."),
            ("positive", "My meter was playing up and they swapped it the same week, no charge."),
            (
                "positive",
                "@FastLane_Rail shoutout to the guard on the 7:42 who found my daughter's lost "
                "scarf ❤️",
            ),
            ("positive", "@CoolFizz the mango one is dangerously good"),
            (
                "positive",
                "@ChargeUp new chargers at the retail park are rapid, 20 minutes and I was back "
                "on the road",
            ),
            (
                "positive",
                "Survey: the nurse explained everything twice without making me feel silly.",
            ),
            (
                "positive",
                "Parcel was left exactly where I asked, behind the green bin, with a photo.",
            ),
            (
                "positive",
                "The fleece has been through two camping trips and a festival and still looks new.",
            ),
            ("positive", "Not once did they make me feel rushed, even with a queue behind me."),
            (
                "positive",
                "First time in years I've rung a bank and not wanted to throw the phone at the "
                "wall.",
            ),
            (
                "positive",
                "We booked the cheapest room and came back from dinner to find they'd moved us "
                "to the top floor with a view.",
            ),
            (
                "positive",
                "Bill went down, the app is clearer and the engineer left the place spotless.",
            ),
            ("positive", "There wasn't a single thing we'd change about the holiday."),
            (
                "positive",
                "The advisor stayed on the line while I tested the connection, just to be sure.",
            ),
        ],
    ),
    "C": (
        47,
        [
            (
                "negative",
                "Paid extra for express shipping and it came on the same day as the free option "
                "would have.",
            ),
            (
                "negative",
                "The earbuds keep disconnecting from my phone, even when it's in my pocket.",
            ),
            ("negative", "Villa pool was green when we arrived and stayed green for three days."),
            (
                "negative",
                "The book's second half is just the first half again with different names.",
            ),
            ("negative", "@VoltMobile my bill says I used 40GB in a month I was in hospital"),
            ("negative", "The jumper has a hole under the arm straight out of the packet."),
            (
                "negative",
                "Hi, I reported a gas smell at the meter on Monday and no one has been out.",
            ),
            ("negative", "I've been asked to send the same documents three times now."),
            (
                "negative",
                "My parcel has been 'in transit' between two depots fifteen miles apart for a "
                "week.",
            ),
            (
                "negative",
                "@HomeSure you've renewed my home insurance at double the price without asking. "
                "thanks a bunch",
            ),
            ("negative", "Check-in took an hour because only one person was on the desk."),
            (
                "negative",
                "Survey comment: the waiting room was freezing and the toilets were out of order.",
            ),
            ("negative", "The app asks me to verify my identity every single time I open it."),
            ("negative", "Told the room would be ready at 3, we got the keys at 6."),
            ("negative", "Size chart says a 10 is a 10. It is not a 10."),
            ("negative", "The advisor read me the terms and conditions and then hung up."),
            ("negative", "Why has my interest rate gone down when the bank rate has gone up?"),
            ("negative", "The boiler was serviced on Tuesday and by Thursday it was leaking."),
            (
                "negative",
                "oh cool so the 'quick fix' took out the internet for the whole street 🙃",
            ),
            ("negative", "Dinner was microwaved, you could tell from the edges."),
            ("neutral", "Can I return a sale item to a different branch?"),
            (
                "neutral",
                "Two nights, business trip. Room was standard, breakfast was standard, staff "
                "were professional.",
            ),
            ("neutral", "@VoltMobile how do I turn off voicemail?"),
            (
                "neutral",
                "My reference is PL-77210, I need a letter confirming my no-claims years for a "
                "new insurer.",
            ),
            (
                "neutral",
                "It's a good read if you like slow, descriptive books. I prefer a quicker pace.",
            ),
            ("neutral", "The headphones are comfortable, the sound is flat and the case is bulky."),
            ("neutral", "Please note I've changed my mobile number to the one on this email."),
            ("neutral", "We're thinking of booking the family room in August, does it have a cot?"),
            ("neutral", "Would it be cheaper to pay for the year upfront?"),
            ("neutral", "The coat is warm but heavy, and the pockets are shallow."),
            ("neutral", "Any other comments? The car park could do with better signs."),
            ("neutral", "The hotel is fine for what it is. Nice bar, small rooms."),
            ("neutral", "Does the energy price cap apply to my fixed tariff?"),
            ("neutral", "I'll drop the parcel at the post office tomorrow morning."),
            ("neutral", "@HomeSure is flood cover included as standard?"),
            ("neutral", "My meter is inside a locked cupboard, does the reader need a key?"),
            (
                "neutral",
                "Three-star stay: great views, dated decor, slow lifts, friendly bar staff.",
            ),
            (
                "neutral",
                "Bought the grey, the colour is slightly lighter than the picture. Fine for work.",
            ),
            ("neutral", "Is there a number I can call from abroad?"),
            ("neutral", "I'd like to speak to someone about consolidating my two loans."),
            (
                "positive",
                "Had a flat tyre on the motorway and the breakdown van was with us in "
                "twenty-five minutes.",
            ),
            (
                "positive",
                "My nan can finally video call us, the shop assistant set the whole thing up "
                "for her.",
            ),
            (
                "positive",
                "The fabric is gorgeous and it still looks pressed after a day in a suitcase.",
            ),
            ("positive", "One of those books you want to start again the moment you finish it."),
            (
                "positive",
                "@VoltMobile cheers for sorting my bill so fast, credit's already showing",
            ),
            (
                "positive",
                "I forgot my password for the third time and the lady was lovely about it.",
            ),
            (
                "positive",
                "The room was ready when we arrived at 10am, after an overnight flight that "
                "meant the world.",
            ),
            (
                "positive",
                "They noticed the mistake on my bill before I did and sent me the difference.",
            ),
            (
                "positive",
                "Survey: the receptionist made my anxious son laugh, which nobody ever manages.",
            ),
            (
                "positive",
                "The earphones survived going through the washing machine. Still perfect.",
            ),
            ("positive", "Haven't had to think about my broadband once since we switched."),
            ("positive", "The hotel found a doctor for my husband at 2am and drove us there."),
            (
                "positive",
                "@HomeSure claim approved on the call, joiner booked for Monday. impressed",
            ),
            ("positive", "Cheaper than my old supplier and the app actually makes sense."),
            ("positive", "Great value, I'd happily pay double."),
            (
                "positive",
                "The delivery man brought it round the back because he saw my note about the dog.",
            ),
            ("positive", "Booked last minute and they still managed a table by the window."),
            (
                "positive",
                "My son's trainers split after a week and they swapped them in store, no "
                "receipt needed.",
            ),
            ("positive", "Best purchase I've made this year, hands down."),
            (
                "positive",
                "Quiet, comfortable and the staff never once made us feel like we were in the way.",
            ),
        ],
    ),
    "D": (
        42,
        [
            (
                "negative",
                "The smartwatch counts steps when I'm sitting on the bus and none when I walk "
                "the dog.",
            ),
            (
                "negative",
                "Ordered two pairs of the same trousers in the same size, one fits and one "
                "doesn't.",
            ),
            (
                "negative",
                "The audiobook narrator mispronounces the main character's name for eleven hours.",
            ),
            ("negative", "Our 'garden view' room faced a skip and a scaffold."),
            ("negative", "Housekeeping came in while I was in the shower, twice."),
            ("negative", "I moved out in June and I'm still getting gas bills for the old flat."),
            (
                "negative",
                "Dear Sir, I was quoted £420 on the phone and the renewal letter says £610.",
            ),
            (
                "negative",
                "The courier photo of my 'delivered' parcel shows a front door that isn't mine.",
            ),
            ("negative", "The speed test says 3Mbps on a 500Mbps package."),
            ("negative", "@NovaBank 45 minutes on hold to be told the fraud team has gone home 🙄"),
            ("negative", "@FreshFeast my 'fresh' box turned up warm with the fish inside."),
            (
                "negative",
                "@SwiftTrain thanks for the replacement bus that also broke down. truly a journey",
            ),
            (
                "negative",
                "Survey: I had to explain my condition to four different people in one visit.",
            ),
            ("negative", "The jeans bled blue dye all over my new trainers."),
            ("negative", "Mine lasted eleven days before the screen froze for good."),
            ("negative", "I was promised a callback before 5. It's now 8."),
            ("negative", "Why does your chatbot keep sending me back to the same three articles?"),
            (
                "negative",
                "Two weeks after the install, the socket behind the TV sparks when you touch it.",
            ),
            (
                "negative",
                "ah yes, the classic 'your call is important to us' for the fortieth minute",
            ),
            ("negative", "The hotel spa was 'closed for a private event' every day of our stay."),
            ("neutral", "Does the watch strap come in a larger size?"),
            ("neutral", "Account 99410372, I'd like to set up a payment plan for the arrears."),
            (
                "neutral",
                "Three stars. Breakfast good, pool small, staff pleasant, a long way from the "
                "old town.",
            ),
            (
                "neutral",
                "Could you tell me whether my policy covers my bike when it's locked outside work?",
            ),
            ("neutral", "The dress is pretty but the zip is stiff. Keeping it for now."),
            ("neutral", "@NovaBank what's the daily limit on contactless?"),
            ("neutral", "We're moving in on the 1st, can the meter be read on the day?"),
            ("neutral", "Tracking number QS5512093, is it going to the front desk or my flat?"),
            ("neutral", "Average hotel, average price. Did what we needed for a wedding weekend."),
            (
                "neutral",
                "The second book is slower than the first, but it sets things up for the third.",
            ),
            ("neutral", "Please send a new PIN to my home address."),
            ("neutral", "Is the restaurant open to non-residents?"),
            ("neutral", "The charger is fine, the cable is a bit short."),
            ("neutral", "Anything else you'd like to tell us? Not that I can think of."),
            ("neutral", "I'd like to remove my ex-husband from the joint account."),
            (
                "neutral",
                "Good location, tired bathroom, friendly reception. Would stay again if the "
                "price dropped.",
            ),
            ("neutral", "@SwiftTrain is the 18:05 running today?"),
            ("neutral", "Just confirming the refund of £32.50 for order 88102 is going to PayPal."),
            ("neutral", "Bought it to fill a gap on the shelf. It fills the gap."),
            ("neutral", "What's the difference between your fixed and tracker deals?"),
            ("positive", "Not bad at all, the watch does everything the expensive one does."),
            (
                "positive",
                "The man at the desk talked me through my mum's bill and set up a discount she "
                "didn't know she was owed.",
            ),
            (
                "positive",
                "Wore the boots straight out of the box for a ten-mile walk, not a single blister.",
            ),
            ("positive", "I stayed up until 2am to finish it and regret nothing."),
            (
                "positive",
                "The hotel heard we'd got engaged and there was a cake waiting in our room.",
            ),
            (
                "positive",
                "Four stars, only because nothing is perfect. We'll be back in the spring.",
            ),
            (
                "positive",
                "@NovaBank flagged the scam text before I'd clicked anything, proper relief",
            ),
            ("positive", "The delivery driver waited while I put the dog in the garden."),
            ("positive", "I never had to chase a single thing, they called me at every stage."),
            (
                "positive",
                "My fridge died on Friday and a new one was in the kitchen by Saturday morning.",
            ),
            (
                "positive",
                "Switched banks and the whole move took less than a week, every payment moved "
                "over.",
            ),
            (
                "positive",
                "The insurer sent a courier for my broken phone and had it back to me fixed in "
                "three days.",
            ),
            (
                "positive",
                "I'm usually sceptical of cheap headphones but these are brilliant on the train.",
            ),
            ("positive", "@FreshFeast that curry kit is elite, doing it again next week"),
            ("positive", "The nurse sat with my dad until his daughter arrived."),
            ("positive", "No complaints at all, the room was spotless and the bed was huge."),
            (
                "positive",
                "The waiter remembered my allergy from our last visit without me saying anything.",
            ),
            ("positive", "Couldn't ask for more, honestly."),
            ("positive", "The kettle still works perfectly after five years of constant tea."),
            (
                "positive",
                "I dreaded ringing about the overdraft, but she sorted a plan in five minutes "
                "and waived the fee.",
            ),
        ],
    ),
}


def test_the_blind_lines_are_in_no_corpus_and_no_other_check() -> None:
    earlier = [row for _floor, rows in FRESH6_BLOCKS.values() for row in rows]
    check_unseen(BLOCKS, earlier_checks() + earlier)


@pytest.mark.parametrize("name", list(BLOCKS))
def test_sentiment_holds_up_on_the_blind_blocks(name: str) -> None:
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "Had to chase" is "had to" said with what had to be done: denied, it is praise.
        ("I have never once had to chase them for a payment.", "positive"),
        ("I had to chase them twice for the payment.", "negative"),
        # A survey's empty answer says nothing of the customer's mood.
        ("No further comments.", "neutral"),
        ("Nobody has replied to my comments.", "negative"),
    ],
)
def test_denied_effort_lasting_and_empty_answers(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "middling"),
    [
        # Stressed by "at all" or "exactly", a middling phrase is praise, not a shrug.
        ("Not bad at all, really.", 0),
        ("Exactly as described.", 0),
        ("Not bad, not great.", 2),
        ("As described, nothing more.", 1),
    ],
)
def test_a_stressed_middling_verdict_is_no_shrug(text: str, middling: int) -> None:
    assert lukewarm(turn_words(text)) == middling


@pytest.mark.parametrize(
    ("text", "complains"),
    [
        # "Still" right before a verb of lasting says how well something lasted, and the
        # duration after "lasts" is no wait.
        ("Still lasts the whole weekend after two years.", False),
        ("Our phones still work in the basement now.", False),
        ("Still waiting on the charger after two weeks.", True),
        ("The heater still won't work after the repair.", True),
    ],
)
def test_still_before_a_verb_of_lasting_is_no_complaint(text: str, complains: bool) -> None:
    assert (read(text).score < 0) is complains


def test_the_agent_waiting_for_the_customer_is_no_wait() -> None:
    assert read("The driver waited while we loaded the car.").score >= 0
    assert read("We waited while they argued about whose job it was.").score < 0
