"""Customer sentiment on four more blind blocks of messages written for this work alone.

Four blocks of customer messages in no corpus and no other check: Amazon-style product
reviews, app-store reviews, restaurant and hotel reviews (short ones and long ones that a
person would rate one to five stars), tweets to telecoms, banks, retailers and airlines,
support-chat openers and closers, and e-mails; every class a third of each block, with
the hard cases on purpose (three-star reviews, factual requests that name a problem,
mild and polite complaints, thanks that is a closer, sarcasm). The labels follow the
convention of `test_sentiment_heldout` and were decided before the engine read a line.

Which scores were blind (read before any change made with the block in view):

- `FIRST` (168): 146 right, macro-F1 0.868 (negative 0.872, neutral 0.811, positive
  0.920), on the engine as it stood at commit 4952540. Its errors then guided the
  review words, middling verdicts and plain phrases added since, so it is no longer blind.
  One of its questions proved to be in the corpus word for word (a common way to ask
  about price matching, read right); after scoring it was replaced by another one.
- `SECOND` (60), written after those changes: 46 right, macro-F1 0.768 (0.769, 0.714,
  0.821); the engine before them got the same 46. Seen since (opening sarcasm, small
  flaws, requests to cancel).
- `THIRD` (48), written after those: 36 right, macro-F1 0.738 (0.800, 0.774, 0.640);
  the engine of commit 4952540 got 33 (0.683). Seen since (praise said without a praise
  word). One of its complaints proved to be in `test_sentiment_heldout` word for word
  (read right); after scoring it was replaced by another one.
- `FOURTH` (36), written last, on the engine as committed at the end (98f824f): 33
  right, macro-F1 0.915 (0.917, 0.960, 0.870); the engine of commit 4952540 got the
  same 33. Not worked on since.

Over the three blocks first read after changes (144 messages) the engine got 115 right
where the engine before this work gets 112: a small gain, within what 144 messages
can tell apart.

The floors sit a little under the counts reached at the end (158, 52, 42, 33), so that a
borderline message may flip with a refit of the learned layer. `test_sentiment_fresh4`
checks them, and each block's balance of classes, together with its own blocks.
"""

from __future__ import annotations

from legendary.care import train_sentiment
from legendary.care.sentiment import Label

from .test_sentiment_fresh import FRESH
from .test_sentiment_heldout import HELDOUT

FIRST: list[tuple[Label, str]] = [
    (
        "negative",
        "Ordered the large size and got a child's medium. The returns label won't print either.",
    ),
    ("negative", "App crashes every time I try to upload a photo. Uninstalling."),
    (
        "negative",
        "Waited 25 minutes for a table we had reserved, then the waiter forgot our drinks.",
    ),
    (
        "negative",
        "@TelcoMax no signal in my flat for three days now and your status page says "
        "everything is fine",
    ),
    (
        "negative",
        "Why is my card being declined when there's money in the account? Stuck at the till "
        "like an idiot.",
    ),
    ("negative", "The headphones stopped charging after three weeks. Cheap plastic, don't bother."),
    ("negative", "Oh great, another 'system upgrade' and my online banking is down on payday."),
    (
        "negative",
        "Love how you text me about offers every day but can't reply to one complaint email.",
    ),
    (
        "negative",
        "I've explained my problem to four different agents now. Can someone actually read my "
        "notes?",
    ),
    (
        "negative",
        "Room was nowhere near as shown in the photos. Stained carpet, broken kettle and a "
        "view of a wall.",
    ),
    ("negative", "The steak was overcooked and the fries were soggy. Not worth forty dollars."),
    ("negative", "Subscription renewed without any reminder and now you won't refund it. Shady."),
    (
        "negative",
        "Hi, my order was meant to arrive Tuesday. It's Saturday. Tracking hasn't moved since "
        "Monday.",
    ),
    (
        "negative",
        "Sorry to chase again, but the engineer still hasn't been in touch about my boiler.",
    ),
    ("negative", "Battery life is half of what they advertise. Disappointed."),
    ("negative", "Five stars for the packaging, zero for the product, it arrived shattered."),
    ("negative", "@QuickBank your app has logged me out six times this morning. Six."),
    ("negative", "The new update moved every button and removed dark mode. Who asked for this?"),
    ("negative", "Delivery driver threw the parcel over the fence. The screen is cracked."),
    (
        "negative",
        "Wonderful, my train is cancelled again and the replacement bus is 'somewhere nearby'.",
    ),
    ("negative", "I asked for a refund two weeks ago and all I get are automated replies."),
    ("negative", "Lukewarm soup, rude server, and we were rushed out before dessert."),
    (
        "negative",
        "The mattress started sagging after a month. Customer service says that's 'normal'.",
    ),
    ("negative", "@FlyNorth lost my suitcase on a direct flight. How is that even possible?"),
    ("negative", "This is the third faulty kettle in a row. I'm done with this brand."),
    (
        "negative",
        "Paid for express shipping, got it a week later. I want the shipping cost back at least.",
    ),
    ("negative", "I'm really disappointed with how my complaint was handled."),
    ("negative", "Not impressed. The cleaner skipped our room two days running."),
    ("negative", "The game freezes on the loading screen since the patch. Refund please."),
    ("negative", "Your website says in stock, the store says it hasn't had any for months."),
    (
        "negative",
        "Had to ring three times to get a simple address change done, and it's still wrong on "
        "the bill.",
    ),
    ("negative", "The pharmacy lost my prescription again, and I run out of tablets tomorrow."),
    (
        "negative",
        "Cold food, missing drinks, and the driver was twenty minutes late. Great job everyone.",
    ),
    ("negative", "Meh. The dress looks nothing like the picture, the fabric is scratchy and thin."),
    (
        "negative",
        "Dear team, I am writing to complain about my stay last weekend. We arrived to find "
        "our booking had been cancelled without explanation, were moved to a smaller room at "
        "the back, and the air conditioning rattled all night. When I raised it at checkout "
        "the manager was dismissive and offered nothing. I expected much better for the price "
        "we paid.",
    ),
    (
        "negative",
        "I really wanted to like this blender. It looks smart on the counter and the jug is a "
        "good size. But it can't crush ice, the lid leaks when it runs on high, and after a "
        "fortnight the motor started to smell of burning. Sent it back. Save your money.",
    ),
    (
        "negative",
        "We came here for my mum's birthday after reading good things. The starters were fine, "
        "but the mains took over an hour, two dishes came out wrong, and nobody apologised. "
        "When we asked about the wait the manager blamed the kitchen. For the price, very "
        "disappointing.",
    ),
    ("negative", "@PowerGrid no power since 6am, no estimate, no updates. Freezer full of food."),
    ("negative", "Still no refund. It's been 30 days."),
    ("negative", "Why do I have to verify my identity every single time I log in?"),
    ("negative", "The instructions are missing half the steps and two screws weren't in the box."),
    ("negative", "Your 'unlimited' data plan throttled me after 20GB. Unlimited my foot."),
    (
        "negative",
        "Nobody at the front desk overnight, we waited outside in the cold for 40 minutes.",
    ),
    ("negative", "Charged a late fee for a payment I made on time. Fix it."),
    ("negative", "The app is so slow it's unusable on older phones."),
    ("negative", "Terrible experience with your installer, he left mud all over the carpet."),
    ("negative", "I was quoted £200 and billed £340. Explain please."),
    (
        "negative",
        "Can't believe I paid extra for priority boarding and we all boarded at once anyway.",
    ),
    ("negative", "Honestly, what's the point of a support chat that closes at 5pm?"),
    ("negative", "Third week in a row my veg box has come with rotten tomatoes."),
    ("negative", "The noise from the bar downstairs kept us awake until 3am both nights."),
    ("negative", "Tried to use the voucher you sent me, the till says it's invalid. Embarrassing."),
    ("negative", "The coffee machine leaked all over my worktop on the first use."),
    ("negative", "Hmm, well, it's been a week and nobody has responded to my ticket."),
    ("negative", "Thanks a lot for deleting my playlist in the update."),
    ("negative", "Absolutely useless. The chatbot just repeats the same three articles."),
    ("neutral", "Hi, does the hotel offer airport transfers?"),
    ("neutral", "How do I change the delivery slot for my grocery order?"),
    ("neutral", "Can I return an item bought online in one of your stores?"),
    ("neutral", "@TelcoMax what's the cheapest plan with international roaming?"),
    ("neutral", "My account number is 4471-2209. I'm calling about the direct debit date."),
    ("neutral", "I'd like to upgrade my phone when my contract ends in May."),
    ("neutral", "Please cancel the standing order to J. Smith from next month."),
    ("neutral", "Is the pasta dish suitable for vegans?"),
    ("neutral", "Will you match a lower price from another shop?"),
    ("neutral", "When will the grey version be back in stock?"),
    ("neutral", "Could you send the invoice to our finance team instead? Their address is below."),
    ("neutral", "I've attached the screenshot of the error message."),
    ("neutral", "Ok, I'll restart the router and let you know."),
    ("neutral", "No, that was everything. Bye."),
    ("neutral", "The fit is true to size. Colour slightly darker than the photo."),
    (
        "neutral",
        "Decent headphones for the price. Sound is fine, bass is a little weak, case feels cheap.",
    ),
    (
        "neutral",
        "Average hotel. Clean enough, breakfast basic, staff polite but not especially helpful.",
    ),
    (
        "neutral",
        "Food was okay. Service was slow but friendly. Probably wouldn't go out of our way to "
        "come back.",
    ),
    ("neutral", "It works, but the app that goes with it is clunky. Three stars."),
    ("neutral", "Good product, poor instructions. Took an hour to set up but runs fine now."),
    (
        "neutral",
        "The room was lovely but the bathroom was tiny and the Wi-Fi barely worked. Mixed "
        "feelings.",
    ),
    ("neutral", "Nice enough place for a quick lunch. Nothing to write home about."),
    ("neutral", "Does what it says. Not the prettiest design."),
    ("neutral", "What's your returns policy on sale items?"),
    ("neutral", "Is there a fee for paying by credit card?"),
    ("neutral", "I'm travelling to Spain next week, do I need to tell you so my card works?"),
    ("neutral", "Can I bring my own car seat for the taxi transfer?"),
    ("neutral", "Hi, I'm checking whether my prescription is ready to collect."),
    ("neutral", "Could someone call me back after 3pm? I'm in meetings until then."),
    ("neutral", "The tracking says out for delivery. Will I need to sign for it?"),
    ("neutral", "Please update my surname, I got married in June."),
    ("neutral", "Which plan includes the sports channels?"),
    ("neutral", "@QuickBank are branches open on bank holidays?"),
    ("neutral", "I received two emails with different booking references, which one is right?"),
    ("neutral", "If my flight lands after midnight, can I still check in?"),
    ("neutral", "I'll send the meter photos tonight when I get home."),
    ("neutral", "We're a party of six, is there space outside?"),
    (
        "neutral",
        "The location is hard to beat, five minutes from the station and close to the old "
        "town. The room itself was small and a bit tired, with a shower that took a while to "
        "warm up. Breakfast was a standard buffet. Staff were helpful when asked. Fine for a "
        "short city break, but I'd look around before booking again.",
    ),
    (
        "neutral",
        "Bought this air fryer to replace an old one. It cooks evenly and is quick to heat, "
        "which is good. On the other hand, the basket coating has started to peel after a "
        "couple of months and it is louder than I expected. It's fine for the price, but I'm "
        "not sure I'd buy the same model again.",
    ),
    (
        "neutral",
        "We had dinner here on a Friday. The cocktails were creative and the bread was fresh, "
        "but the mains were just okay and a little overpriced for the portion size. Service "
        "was attentive at the start and then hard to find. Not a bad evening, not a memorable "
        "one either.",
    ),
    ("neutral", "Shipping took about a week. Product as described."),
    ("neutral", "Nothing wrong with it, nothing special either."),
    ("neutral", "App is fine for checking balances, but transfers need the website."),
    ("neutral", "It's alright. My old one was better but this will do."),
    ("neutral", "What's the Wi-Fi password for the lounge?"),
    ("neutral", "Can I swap my seat to an aisle?"),
    ("neutral", "Just confirming the parcel is going to the side door, thanks."),
    ("neutral", "My daughter will call on my behalf, she's authorised on the account."),
    ("neutral", "Quick question: is the discount applied before or after tax?"),
    ("neutral", "The engineer came today. He said he needs to order a part."),
    ("neutral", "Please can you let me know how long the refund normally takes?"),
    (
        "neutral",
        "I've read the FAQ but couldn't find how to export my data. Where is that setting?",
    ),
    ("neutral", "@MegaMart do you still sell the 2kg bags of rice?"),
    ("neutral", "OK thanks, I'll wait for the email then."),
    ("neutral", "Pizza was fine, delivery was on time. Standard stuff."),
    ("neutral", "Comfortable seats, cramped legroom, average food. Typical economy flight."),
    ("positive", "Love this kettle, boils fast and looks great on the counter."),
    ("positive", "Best app for budgeting I've tried, simple and it just works."),
    ("positive", "The pasta was incredible and the staff made our anniversary feel special."),
    ("positive", "@TelcoMax thanks for sorting my roaming so quickly, you're stars."),
    ("positive", "Thank you for the refund, it came through this morning."),
    ("positive", "Five stars. Arrived early, fits perfectly, great quality."),
    (
        "positive",
        "Stayed three nights and loved every minute. Spotless room, comfy bed, lovely staff.",
    ),
    ("positive", "Great experience today at your Leeds branch, the advisor was so patient."),
    ("positive", "Excellent, that fixed it. Thanks for your help."),
    ("positive", "The new update is brilliant, the app finally loads in seconds."),
    ("positive", "Took a while to arrive, but honestly worth the wait. The jacket is gorgeous."),
    (
        "positive",
        "A bit pricey, but the food is outstanding and the service is warm. We'll be back.",
    ),
    (
        "positive",
        "Room was small, as expected in the city centre, but spotless and the staff couldn't "
        "do enough for us.",
    ),
    ("positive", "Very happy with my new phone, and the setup help in store was great."),
    ("positive", "Just a quick note to say thank you to Mark, who stayed late to help me."),
    ("positive", "You've been really helpful, much appreciated."),
    ("positive", "Wow, didn't expect the replacement so fast. Impressed!"),
    ("positive", "Kids loved the pool, we loved the breakfast. Highly recommend."),
    ("positive", "Solid, reliable, and the battery lasts all week. Would buy again."),
    (
        "positive",
        "@QuickBank your fraud team caught a dodgy payment before I even noticed. Thank you!",
    ),
    ("positive", "Perfect, that's exactly what I was after. Cheers!"),
    ("positive", "Friendly driver, careful with the fragile items. Really good service."),
    ("positive", "Delicious food, generous portions and fair prices. Our new favourite."),
    ("positive", "The support chat actually solved my problem on the first try. Amazing."),
    ("positive", "I've been a customer for ten years and you've never let me down."),
    ("positive", "Such a smooth check-in, and the upgrade was a lovely surprise."),
    ("positive", "Easy to assemble, sturdy, and looks more expensive than it was."),
    ("positive", "Thanks so much, you've saved me a trip into town."),
    ("positive", "Not cheap, but worth every penny."),
    ("positive", "Couldn't fault anything about our stay."),
    ("positive", "Top notch customer care, they replaced it without any fuss."),
    ("positive", "Honestly the best sushi in the area."),
    ("positive", "I had my doubts, but this vacuum is brilliant on pet hair."),
    ("positive", "The nurse who called me back was kind and reassuring. Thank you."),
    ("positive", "Great app, would be perfect with a widget, but I use it every day."),
    (
        "positive",
        "We booked this hotel for a family wedding and it exceeded our expectations. The room "
        "was spacious and quiet, the beds were comfortable, and breakfast had something for "
        "everyone. The only small niggle was the slow lift, but the staff more than made up "
        "for it. They even arranged a late checkout without us asking. We will definitely "
        "return.",
    ),
    (
        "positive",
        "I was hesitant to spend this much on a pair of walking boots, but after a month of "
        "daily use I'm glad I did. They were comfortable straight out of the box, kept my feet "
        "dry in heavy rain and the grip on wet rock is excellent. Sizing runs slightly small, "
        "so go half a size up.",
    ),
    (
        "positive",
        "Stumbled on this little place by accident and what a find. The owner greeted us like "
        "old friends, talked us through the menu and recommended the lamb, which was tender "
        "and full of flavour. Desserts were homemade. Prices are very reasonable for the "
        "quality. Cannot wait to go back.",
    ),
    ("positive", "Fast delivery and the seller kept me updated the whole way."),
    ("positive", "Quick and painless, the claim was approved in two days."),
    ("positive", "My new broadband is flying, thanks for the smooth switch."),
    ("positive", "Great coffee, cosy spot, friendly baristas."),
    ("positive", "Really appreciate you taking the time to explain the bill."),
    ("positive", "Happy customer here, the repair was done on time and under the quote."),
    ("positive", "Thank you! The replacement card arrived today."),
    ("positive", "Works like a charm."),
    ("positive", "Brilliant customer service from start to finish, thanks Ana."),
    ("positive", "The best purchase I've made this year."),
    ("positive", "So glad I switched to you, my bills are lower and the app is great."),
    ("positive", "The tour guide was fantastic, knowledgeable and funny."),
    ("positive", "No issues at all, everything arrived as promised. Will shop again."),
    ("positive", "Lovely gesture with the birthday cake, you made my wife's night."),
    ("positive", "Super helpful staff at the returns desk today, thank you."),
    ("positive", "Comfortable, quiet, and the battery lasts forever. Love these earbuds."),
    (
        "positive",
        "@FlyNorth crew on the Glasgow flight were brilliant with my nervous daughter. Thank you.",
    ),
    ("positive", "Good value, good quality. Happy with it."),
]


SECOND: list[tuple[Label, str]] = [
    (
        "negative",
        "@StreamBox paying for 4K and getting a blurry picture every evening. What am I paying "
        "for?",
    ),
    (
        "negative",
        "The garage kept my car for a week and the warning light is back on the drive home.",
    ),
    ("negative", "Ordered a birthday cake for Saturday collection, the shop had no record of it."),
    (
        "negative",
        "Your energy app shows a bill of £0 while you take £120 by direct debit. Which is it?",
    ),
    (
        "negative",
        "Sorry, but I've now waited three weeks for a dentist appointment that keeps getting "
        "moved.",
    ),
    ("negative", "Fantastic, the taxi driver took the long way round and charged me double."),
    (
        "negative",
        "The gym showers have been out of order since September. Still paying full price.",
    ),
    (
        "negative",
        "Renewal quote went up by £90 for no reason I can see. Loyalty clearly means nothing.",
    ),
    (
        "negative",
        "Cinema screen had a flickering bar across it for the whole film, staff didn't want to "
        "know.",
    ),
    ("negative", "Seller sent a used item as new, with someone else's name still engraved on it."),
    ("negative", "The software update deleted my templates and the rollback option is greyed out."),
    ("negative", "Rider cancelled on me three times in a row while I stood in the rain."),
    ("negative", "I'm not happy. The sofa fabric is pilling after a month of light use."),
    (
        "negative",
        "Does anyone there actually read the messages? This is the fourth time I'm asking.",
    ),
    ("negative", "Booked a quiet room, got one next to the lift that dinged all night."),
    ("negative", "Bought this for my son, the controller stopped connecting after ten days. Poor."),
    ("negative", "The waiter brought the wrong wine, then charged us for both bottles."),
    (
        "negative",
        "We ordered this lamp for the living room. The shade arrived crushed, the base wobbles "
        "on a flat floor, and when I contacted the seller they asked me to pay for the return "
        "postage myself. Not what I expect from a shop with so many good reviews. Won't buy "
        "here again.",
    ),
    ("negative", "Love waiting forty minutes on hold just to be told to check the website."),
    ("negative", "Why has my account been frozen without any warning?"),
    ("neutral", "@StreamBox can I share my plan with someone in another house?"),
    ("neutral", "What time does the garage close on Saturdays?"),
    ("neutral", "I'd like to move my dentist appointment to the afternoon if possible."),
    ("neutral", "My meter was replaced yesterday, do I need to send you the new serial number?"),
    ("neutral", "Is the gym's day pass valid for the pool as well?"),
    ("neutral", "The parcel is being sent back to you today, the tracking number is in the email."),
    ("neutral", "Could you let me know which cinema screens have wheelchair spaces?"),
    ("neutral", "I'll be paying the outstanding balance on Friday when I get paid."),
    (
        "neutral",
        "Hi, the seller asked me to contact you about a missing refund. Order number 55102.",
    ),
    ("neutral", "Does the insurance cover a hire car if mine is in for repair?"),
    ("neutral", "The game is decent. Good story, average graphics, a bit short for the price."),
    (
        "neutral",
        "The sofa is comfortable, the colour is a little lighter than expected. Fine overall.",
    ),
    ("neutral", "Cheap and cheerful. Food arrived warm rather than hot, portions were fine."),
    (
        "neutral",
        "Okay place to stay for a conference. Clean rooms, dull breakfast, staff did their jobs.",
    ),
    (
        "neutral",
        "The software does most of what we need, though reporting is limited and exports are slow.",
    ),
    (
        "neutral",
        "We stayed two nights for a family event. The hotel is in a convenient spot and "
        "parking was easy, but the rooms felt dated and the restaurant menu was limited. Staff "
        "were polite. It served its purpose, though I'd probably try somewhere else next time.",
    ),
    ("neutral", "Thanks, I'll pass that on to my husband and we'll decide."),
    ("neutral", "No, I haven't received anything yet, but it's only been a day."),
    ("neutral", "Sure, my date of birth is the 4th of March 1986."),
    ("neutral", "Can I pay for the repair in two instalments?"),
    (
        "positive",
        "@StreamBox the new kids' profile is brilliant, my two can finally find their shows.",
    ),
    (
        "positive",
        "Garage found the fault in an hour and charged less than the quote. Honest people.",
    ),
    ("positive", "The cake was stunning and tasted even better. Thank you for fitting us in."),
    (
        "positive",
        "Switching energy supplier was painless, and the first bill is lower than I expected.",
    ),
    ("positive", "My dentist was so gentle, I actually didn't dread the appointment for once."),
    ("positive", "Driver helped me in with all my shopping bags, what a kind man."),
    ("positive", "The personal trainer has been great, I'm lifting more than ever."),
    ("positive", "Insurance claim sorted with one phone call. Really impressed."),
    ("positive", "Lovely cinema, comfy recliners and the staff are always cheerful."),
    ("positive", "Beautiful handmade mug, packed with care and a sweet note inside."),
    ("positive", "The new version is so much faster, great work from the team."),
    ("positive", "Best ramen I've had outside Japan, and the queue moves quickly."),
    (
        "positive",
        "Slightly delayed delivery, but the customer service was excellent and kept me informed.",
    ),
    (
        "positive",
        "We chose this B&B for a weekend away and were delighted. The hosts gave us tips for "
        "walks, the breakfast was homemade and generous, and the room was warm and quiet. The "
        "shower pressure could be better, but that is a tiny complaint. We are already "
        "planning our next visit.",
    ),
    ("positive", "You've made a stressful week a lot easier, thank you."),
    ("positive", "Absolutely delighted with the new glasses, and the optician was so thorough."),
    ("positive", "@QuickBank got my replacement card in two days, cheers"),
    (
        "positive",
        "I wasn't expecting much from a budget airline, but the crew were lovely and we landed "
        "early.",
    ),
    ("positive", "Ten out of ten for the repair shop, my phone looks brand new."),
    ("positive", "Thanks for the reminder email, saved me missing my appointment!"),
]


THIRD: list[tuple[Label, str]] = [
    (
        "negative",
        "@JetNorth flight 882 boarding was a free-for-all and the overhead bins were full by "
        "row 10",
    ),
    ("negative", "@JetNorth my seat doesn't recline and the screen is broken. Six hour flight."),
    ("negative", "@FibreFast engineer was due between 8 and 1. It's now 4 and nobody has called."),
    ("negative", "The jeans shrank two sizes after one wash on cold."),
    ("negative", "The vet charged us £60 for a five minute chat and no diagnosis."),
    (
        "negative",
        "Pharmacy said my prescription would be ready at 2. Came back at 4, still not done.",
    ),
    (
        "negative",
        "The bus didn't turn up at all this morning and the app still showed it as on time.",
    ),
    (
        "negative",
        "The headboard came with the wrong bolts, so it's been leaning against the wall for a "
        "week.",
    ),
    ("negative", "Your chat agent closed the conversation while I was still typing."),
    (
        "negative",
        "Game keeps kicking me out of matches and I lose rank every time. Fix your servers.",
    ),
    (
        "negative",
        "Booked a family room, arrived to find one double bed and a camp bed for two kids.",
    ),
    ("negative", "Great, so now my direct debit has bounced because you took the payment twice."),
    ("negative", "Fifteen years as your customer and this is the thanks I get?"),
    ("negative", "Absolutely shocking customer service, I'm taking my business elsewhere."),
    ("negative", "The strawberries were mouldy the day they arrived."),
    (
        "negative",
        "We stayed at this resort for a week in June. The pool was closed for repairs for four "
        "days, the buffet served the same lukewarm dishes every night, and our room overlooked "
        "the kitchen extractor fans. Staff were friendly enough, but nobody could tell us when "
        "anything would be fixed. Not worth the money.",
    ),
    ("neutral", "@JetNorth what's the baggage allowance on the basic fare?"),
    ("neutral", "@JetNorth is there wifi on the Lisbon route?"),
    ("neutral", "@FibreFast when will full fibre be available on my street?"),
    ("neutral", "Do these jeans come in a longer leg length?"),
    ("neutral", "Can I bring my dog's vaccination card to the appointment instead of emailing it?"),
    ("neutral", "I'm collecting a prescription for my mum, what ID do I need?"),
    ("neutral", "Is the number 12 bus running on the diversion route today?"),
    ("neutral", "I've sent the photos of the assembly instructions as you asked."),
    ("neutral", "Can you transfer me to the billing team please?"),
    ("neutral", "The game is fun for a few hours, but it gets repetitive. Worth it on sale."),
    (
        "neutral",
        "Room was as you'd expect for a chain hotel. Nothing to complain about, nothing to "
        "rave about.",
    ),
    ("neutral", "The jacket is warm but heavier than I'd like. Keeping it anyway."),
    ("neutral", "Food was hit and miss. The burger was good, the salad was limp."),
    ("neutral", "Quick question, do you charge for paper bills?"),
    ("neutral", "OK, I'll try turning it off and on again and message back if it doesn't work."),
    (
        "neutral",
        "The hotel is right by the beach and the views are nice. The rooms are quite basic and "
        "the walls are thin, and breakfast was the usual continental spread. For the price it "
        "was fair, but I wouldn't call it a special stay.",
    ),
    ("positive", "@JetNorth cabin crew on the Rome flight were so kind to my nan, thank you"),
    ("positive", "@JetNorth upgraded to extra legroom at the gate for free, made my week"),
    ("positive", "@FibreFast installer was in and out in an hour and left everything tidy"),
    ("positive", "These jeans fit like they were made for me. Ordering another colour."),
    ("positive", "The vet nurse was wonderful with our nervous cat."),
    (
        "positive",
        "Pharmacist took the time to explain my new medication properly. Much appreciated.",
    ),
    ("positive", "Driver waited for me when he saw me running for the bus. Legend."),
    ("positive", "Chat agent sorted my refund in minutes and was lovely about it."),
    ("positive", "Honestly one of the best games I've played this year."),
    ("positive", "The room was bigger than the photos and the bed was heavenly."),
    ("positive", "Really happy with how quickly you replaced the faulty charger."),
    ("positive", "Lovely fresh veg every week, and the driver always says hello."),
    (
        "positive",
        "Thanks for being so understanding about the late payment, it's been a tough month.",
    ),
    (
        "positive",
        "We have used this company for every move and they never disappoint. The team arrived "
        "early, wrapped everything carefully, and nothing was broken. They even reassembled "
        "the beds for us. Worth every penny and we'll use them again.",
    ),
    (
        "positive",
        "Can't believe how easy that was, the new account was open before my coffee went cold.",
    ),
    ("positive", "Tried the new menu last night and every dish was a hit."),
]

FOURTH: list[tuple[Label, str]] = [
    ("negative", "@MetroRail the 7:52 was cancelled again and the next one was too full to get on"),
    ("negative", "Ordered a king-size duvet, received a single. Second time this has happened."),
    ("negative", "My car insurance renewal doubled and nobody can tell me why."),
    ("negative", "The kids' meals came out twenty minutes after ours, cold."),
    ("negative", "Tried to book online three times, each time the payment page timed out."),
    ("negative", "The phone case yellowed within a month. Looks awful now."),
    (
        "negative",
        "I've been overcharged on my water bill for six months and I'm only finding out now.",
    ),
    ("negative", "Please stop sending me marketing emails, I've unsubscribed four times."),
    ("negative", "Hotel lift was out of order and we were on the ninth floor with a pushchair."),
    ("negative", "@SwiftBank the transfer I made on Monday still hasn't arrived and it's Thursday"),
    (
        "negative",
        "The new menu is a let-down. Half the dishes we loved are gone and the prices went up.",
    ),
    ("negative", "Wonderful, another courier who marks it as delivered when it clearly isn't."),
    ("neutral", "@MetroRail are bikes allowed on the trains during the weekend engineering works?"),
    ("neutral", "Does the duvet come with a cover or is that sold separately?"),
    ("neutral", "I need to add my son as a named driver from next week."),
    ("neutral", "What time does the kitchen stop serving on Sundays?"),
    ("neutral", "I'm updating my card details, the old one expires this month."),
    ("neutral", "The case fits the phone fine. The buttons are a bit stiff, but it's okay."),
    ("neutral", "Could you tell me whether my water meter has been read this quarter?"),
    ("neutral", "Please change my email preferences to post only."),
    (
        "neutral",
        "Hotel was central and clean. Breakfast average, room on the small side. It did the "
        "job for a work trip.",
    ),
    ("neutral", "@SwiftBank how long does an international transfer normally take?"),
    ("neutral", "Right, I'll check with my partner and book later today."),
    (
        "neutral",
        "Decent menu, friendly enough service, but nothing that would bring us back on purpose.",
    ),
    (
        "positive",
        "@MetroRail shout out to the guard on the Leeds train who helped my dad with his "
        "wheelchair",
    ),
    ("positive", "Duvet is gorgeous and so warm, best night's sleep in ages."),
    ("positive", "Switched my car insurance to you and saved £200, and the app is great."),
    (
        "positive",
        "Staff brought out colouring books for the kids without being asked. Lovely touch.",
    ),
    ("positive", "Booking took two minutes and the confirmation came straight through. So easy."),
    ("positive", "Very pleased with this case, feels solid and the colour is exactly as pictured."),
    ("positive", "Thank you for spotting the leak on my meter, you've saved me a fortune."),
    ("positive", "Thanks for the birthday discount, a nice surprise!"),
    (
        "positive",
        "The hotel staff upgraded us when they heard it was our honeymoon. Unforgettable.",
    ),
    ("positive", "@SwiftBank the new instant transfers are a game changer, well done"),
    ("positive", "The new menu is brilliant, the vegan options are finally interesting."),
    (
        "positive",
        "It took a couple of calls, but your team got there in the end and I'm really grateful.",
    ),
]


BLOCKS: dict[str, tuple[list[tuple[Label, str]], int]] = {
    "first": (FIRST, 155),
    "second": (SECOND, 50),
    "third": (THIRD, 40),
    "fourth": (FOURTH, 31),
}


def test_the_blind_messages_are_in_no_corpus_and_no_other_check() -> None:
    corpus = {turn.text for turn in train_sentiment.read_corpus(train_sentiment.corpus_path())}
    texts = [text for _label, text in FIRST + SECOND + THIRD + FOURTH]
    assert len(set(texts)) == len(texts)
    assert not corpus.intersection(texts)
    assert not {text for _label, text in FRESH + HELDOUT}.intersection(texts)
