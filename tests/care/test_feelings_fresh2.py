"""A second fresh check for `acknowledges_feelings`: agent and listener replies written
for this test, each with the other person's turn before it, from service chat, e-mail,
phone calls, social-media care, everyday conversation and peer support.

Not taken from any labelled corpus. A reply acknowledges feelings when it names or meets
a feeling the other person showed or lives through, in the sense of EPITOME's emotional
reactions: a feeling named for them ("you must be exhausted"), an exclamation ("oh no",
"how awful", "poor thing"), validation ("that would upset anyone"), a wish ("I hope you
feel better soon", "fingers crossed for you"), or sharing their joy in their own news.
Not an acknowledgement: the agent's own feelings about something else ("I'm excited
about the new release", "I'd be delighted to"), minimising ("calm down", "don't be
upset", "sorry you feel that way"), a feeling word about a product's feature ("the
frustrating bit of the form is the captcha"), pleasure that a fix worked ("Glad that
worked!"), and plain service answers to a customer who is upset.

Each block was labelled before the detector ever read it. First reads: the first block
(157 rows) F1 0.884 (P 0.98, R 0.80), before the lexicon work it then guided; the second
block (70 rows), written after that work, F1 0.845 (P 0.97, R 0.75); the third (60 rows),
written after the second block's misses were mended, F1 0.926 (P 1.00, R 0.86). The
engine before this work read them at 0.884, 0.794 and 0.885. The floors hold each
block to a standard rather than pinning every row, so a later change may trade one row
for another but not slide backwards.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .fresh_check import FreshScores, fresh_scores

# (setting, the other person's turn, the reply, does it acknowledge feelings?)
Case = tuple[str, str, str, bool]

#: Written and labelled first; the lexicon work that followed was guided by its misses.
FIRST_BLOCK: list[Case] = [
    (
        "chat",
        "I've been on hold three times today trying to sort this.",
        "You must be exhausted after all that.",
        True,
    ),
    (
        "chat",
        "The boiler broke on Monday, the engineer didn't show Wednesday, and now it's Friday.",
        "What a stressful week you've had.",
        True,
    ),
    (
        "email",
        "I have written four times now and still no refund.",
        "I can imagine how fed up you must be by now.",
        True,
    ),
    (
        "chat",
        "My card got declined at the till in front of everyone.",
        "That must have been so embarrassing.",
        True,
    ),
    (
        "phone",
        "I'm really nervous about moving all my savings over.",
        "It's completely natural to feel nervous about a big move like that.",
        True,
    ),
    (
        "everyday",
        "My dog has been sick all week and the vet can't find anything.",
        "Oh, you must be so worried about him.",
        True,
    ),
    (
        "everyday",
        "I finally passed my driving test after four tries!",
        "You must be so proud of yourself!",
        True,
    ),
    (
        "chat",
        "I just want my parcel, it had my daughter's birthday present in it.",
        "I can hear how much this matters to you.",
        True,
    ),
    (
        "email",
        "This has ruined our anniversary weekend.",
        "I can only imagine how disappointing that was for you both.",
        True,
    ),
    (
        "chat",
        "Honestly I'm at the end of my tether with this router.",
        "You sound completely worn out by it, and I don't blame you.",
        True,
    ),
    (
        "phone",
        "I've been awake all night worrying about the overdraft.",
        "That sounds like a really anxious night.",
        True,
    ),
    (
        "everyday",
        "My exam results come out tomorrow.",
        "You must be feeling a bit on edge tonight.",
        True,
    ),
    (
        "chat",
        "The new sofa arrived ripped.",
        "How disappointing after waiting eight weeks for it.",
        True,
    ),
    (
        "peer support",
        "I lost my job today and I don't know how to tell my wife.",
        "I'm so sorry, that's a really heavy thing to carry.",
        True,
    ),
    ("everyday", "I got stood up on a date last night.", "Ouch, that really stings.", True),
    (
        "chat",
        "The courier left my parcel in the rain and it's soaked.",
        "Oh no! That's the last thing you need.",
        True,
    ),
    ("chat", "They charged me twice for the same flight.", "Ugh, that's the worst.", True),
    (
        "everyday",
        "My landlord just told me I have to move out in two weeks.",
        "How awful, two weeks is nothing.",
        True,
    ),
    ("chat", "Your technician broke my window.", "Oh dear, I'm so sorry to hear that.", True),
    (
        "everyday",
        "My car was towed while I was at the hospital.",
        "Oh my goodness, what a horrible day.",
        True,
    ),
    ("chat", "My account got hacked and they emptied it.", "Oh no, that's terrifying.", True),
    ("everyday", "I dropped my phone in the lake.", "Noooo, that's so annoying!", True),
    (
        "email",
        "The wedding cake arrived squashed.",
        "Oh, what a shame, on your big day of all days.",
        True,
    ),
    (
        "everyday",
        "I spilled coffee all over my laptop right before my presentation.",
        "Yikes, that's awful timing.",
        True,
    ),
    (
        "chat",
        "The hotel gave our room away and we arrived at midnight with two kids.",
        "That's dreadful, what a way to start your holiday.",
        True,
    ),
    (
        "chat",
        "I'm sorry for shouting, I'm just so annoyed.",
        "Please don't apologise, it makes sense you'd be annoyed.",
        True,
    ),
    (
        "email",
        "I'm angry that nobody told me the appointment was cancelled.",
        "That would upset anyone, and you had every right to be told.",
        True,
    ),
    (
        "chat",
        "I feel stupid for not reading the small print.",
        "You're not stupid at all, the small print is genuinely confusing.",
        True,
    ),
    (
        "phone",
        "I'm worried I'm overreacting about this.",
        "You're not overreacting, it's a lot of money to be missing.",
        True,
    ),
    (
        "everyday",
        "I'm so frustrated with my team at work.",
        "Your frustration is totally valid.",
        True,
    ),
    (
        "chat",
        "I'm furious, this is the third broken kettle.",
        "I understand why you're furious, three in a row is unacceptable.",
        True,
    ),
    (
        "email",
        "I'm really disappointed with how I was treated in store.",
        "You have every reason to feel disappointed.",
        True,
    ),
    (
        "chat",
        "I'm getting anxious because the payment hasn't shown up.",
        "It's understandable to feel anxious when money is in limbo.",
        True,
    ),
    (
        "peer support",
        "Is it weird that I still cry about my grandad?",
        "It's not weird at all, grief doesn't follow a timetable.",
        True,
    ),
    (
        "chat",
        "Sorry, I'm a bit stressed today.",
        "No need to apologise, anyone would be stressed in your position.",
        True,
    ),
    (
        "phone",
        "I feel like nobody is listening to me.",
        "I hear you, and I'm sorry you've been made to feel that way.",
        True,
    ),
    (
        "everyday",
        "I'm scared about starting the new job on Monday.",
        "That's a perfectly normal way to feel before a big change.",
        True,
    ),
    (
        "chat",
        "This is the fourth time I've explained the same thing.",
        "No wonder you're fed up, having to repeat yourself is exhausting.",
        True,
    ),
    (
        "chat",
        "I've had the flu all week, that's why I missed the delivery.",
        "I hope you feel better soon!",
        True,
    ),
    ("everyday", "I have my job interview tomorrow.", "Fingers crossed for you!", True),
    (
        "email",
        "My mum is in hospital so I'll be slow to reply.",
        "Please take all the time you need, and I hope she's back home soon.",
        True,
    ),
    (
        "chat",
        "Fingers crossed it arrives before the party.",
        "I really hope it does, I know how much the party means to you.",
        True,
    ),
    (
        "everyday",
        "I'm going through a breakup at the moment.",
        "Sending you a big hug, that's hard.",
        True,
    ),
    ("peer support", "Today is one year since my dad passed.", "Thinking of you today.", True),
    (
        "everyday",
        "My cat is having surgery tomorrow.",
        "Wishing her a speedy recovery, I hope it all goes smoothly.",
        True,
    ),
    (
        "chat",
        "I'm off to the hospital for my scan now.",
        "Take care of yourself, I'll keep the case open for you.",
        True,
    ),
    (
        "chat",
        "The repair has taken six weeks and I've had no car.",
        (
            "I'm really sorry you've been without a car for so long, that must have made "
            "everything harder."
        ),
        True,
    ),
    (
        "email",
        "My father passed away and I need to close his account.",
        "Please accept my condolences, I'm very sorry for your loss.",
        True,
    ),
    (
        "phone",
        "I'm a single mum and I can't afford to lose this deposit.",
        "I understand how worrying that must be.",
        True,
    ),
    (
        "chat",
        "I'm honestly close to tears, I need this visa letter by Friday.",
        "I can tell how stressful this is for you, let's get it sorted together.",
        True,
    ),
    (
        "chat",
        "The flight was cancelled and we missed my brother's wedding.",
        "I'm so sorry, missing a family wedding is heartbreaking.",
        True,
    ),
    (
        "email",
        "I feel really let down by your company.",
        "I'm truly sorry we've left you feeling let down.",
        True,
    ),
    (
        "chat",
        "Nobody has called me back, I'm so annoyed.",
        "I completely understand your frustration.",
        True,
    ),
    (
        "phone",
        "I'm just so confused by the new bill layout.",
        "I can see why it's confusing, the layout changed a lot this year.",
        True,
    ),
    (
        "chat",
        "This whole thing has been a nightmare.",
        "It really does sound like a nightmare, and I'm sorry you've been through it.",
        True,
    ),
    (
        "everyday",
        "I've been feeling really lonely since I moved.",
        "Moving somewhere new can be so isolating, I'm sorry you're feeling like this.",
        True,
    ),
    (
        "everyday",
        "I got the promotion!!",
        "That's amazing, congratulations! I'm so happy for you.",
        True,
    ),
    (
        "everyday",
        "We're expecting our first baby in June.",
        "Oh how exciting, congratulations to you both!",
        True,
    ),
    (
        "chat",
        "I finally got my money back, I'm so relieved.",
        "I'm so glad, that must be a huge weight off your shoulders.",
        True,
    ),
    (
        "peer support",
        "I've been clean for 100 days today.",
        "That's incredible, you should be really proud.",
        True,
    ),
    (
        "chat",
        "Thank you, I was panicking about that charge.",
        "Of course, I'd have panicked too seeing that on my statement.",
        True,
    ),
    (
        "chat",
        "I've had enough of this service.",
        "I hear you, and I'm sorry it's got to this point.",
        True,
    ),
    (
        "email",
        "I'm writing because I'm upset about how my complaint was handled.",
        "I'm sorry to hear that you're upset, and thank you for telling us.",
        True,
    ),
    (
        "everyday",
        "Work has been crazy, I've barely slept.",
        "That sounds draining, I hope you get a proper rest this weekend.",
        True,
    ),
    (
        "chat",
        "My son's laptop died the day before his exam.",
        "That's such bad timing, poor thing.",
        True,
    ),
    (
        "phone",
        "I'm worried the engineer will make a mess again.",
        "That's a fair worry after last time, and I'll make sure he knows.",
        True,
    ),
    (
        "chat",
        "I'm gutted, the concert tickets were for my mum's 60th.",
        "Oh, that's heartbreaking, I'm sorry.",
        True,
    ),
    ("everyday", "My best friend forgot my birthday.", "Aw, that must have hurt.", True),
    (
        "chat",
        "It's been a really long day.",
        "Sounds like it! Let's see if I can make the rest of it easier.",
        True,
    ),
    (
        "email",
        "We were really looking forward to the trip.",
        "I know how much you were looking forward to it, and I'm sorry it turned out this way.",
        True,
    ),
    ("chat", "ugh this app keeps crashing", "That's so frustrating, sorry about that!", True),
    (
        "everyday",
        "I've been rejected from every job I applied to.",
        "That's really discouraging, but don't lose heart.",
        True,
    ),
    (
        "chat",
        "I'm stuck abroad with no money because my card was blocked.",
        "That's a scary situation to be in, I'll unblock it right now.",
        True,
    ),
    (
        "peer support",
        "I can't stop thinking about what happened.",
        "That sounds really painful to live with.",
        True,
    ),
    (
        "phone",
        "I'm elderly and all this online stuff frightens me.",
        (
            "It can feel really daunting, and you're not alone in that, I'll go through it "
            "with you step by step."
        ),
        True,
    ),
    (
        "chat",
        "The kids are crying because the game won't download on Christmas morning.",
        "Oh no, on Christmas morning too! Let's get it working.",
        True,
    ),
    (
        "chat",
        "What's new with the app?",
        "I'm really excited about the new release, it has dark mode.",
        False,
    ),
    (
        "chat",
        "When does the sale start?",
        "We're thrilled to announce the sale starts Friday.",
        False,
    ),
    (
        "email",
        "Can you tell me about the loyalty scheme?",
        "I'm happy to explain how the loyalty scheme works.",
        False,
    ),
    (
        "chat",
        "Is the shop open Sunday?",
        "I'm pleased to say we're open every Sunday from ten.",
        False,
    ),
    (
        "phone",
        "Can you check my balance?",
        "I'm afraid I can't see your balance until you pass security.",
        False,
    ),
    ("chat", "Can I change my seat?", "I'm afraid that fare doesn't allow seat changes.", False),
    (
        "chat",
        "Is there any news?",
        "I'm worried the part won't come in time, so I've ordered a second one.",
        False,
    ),
    ("email", "Could you send the invoice again?", "I'd be delighted to, it's attached.", False),
    (
        "chat",
        "I'm so angry about this charge!",
        "Please calm down, sir, there's no need to raise your voice.",
        False,
    ),
    ("chat", "I'm upset that my order is late.", "Don't be upset, it's only one day.", False),
    (
        "phone",
        "This is ridiculous, I've waited an hour.",
        "There's no need to get worked up about it.",
        False,
    ),
    (
        "chat",
        "I'm frustrated that nobody replied.",
        "Let's not get emotional, can I have your order number?",
        False,
    ),
    (
        "email",
        "I'm disappointed with the service.",
        "Sorry you feel that way, but our records show it was delivered.",
        False,
    ),
    ("chat", "This is unacceptable.", "I'm sorry you feel that way.", False),
    (
        "chat",
        "I'm worried about the data breach.",
        "There's nothing to worry about, it's all handled.",
        False,
    ),
    (
        "chat",
        "Your store staff were rude to me.",
        "Relax, it's not a big deal, I'll make a note.",
        False,
    ),
    (
        "chat",
        "How do I fill in the signup form?",
        "The frustrating bit of the form is the captcha, so take your time on that step.",
        False,
    ),
    (
        "chat",
        "Which plan is best for streaming?",
        "The annoying thing about the basic plan is the ads, so I'd go for standard.",
        False,
    ),
    (
        "email",
        "How do I set up the scanner?",
        "The tricky part is the driver, which you download from our site.",
        False,
    ),
    (
        "chat",
        "What's the difference between the two models?",
        "The worrying thing with the cheaper one is battery life, it's only six hours.",
        False,
    ),
    (
        "chat",
        "Can I export my photos?",
        "It's a bit of a pain, but you can export them from Settings > Backup.",
        False,
    ),
    (
        "chat",
        "How long does the update take?",
        "It's a painfully slow update, about forty minutes.",
        False,
    ),
    ("chat", "Which charger do I need?", "Annoyingly, the charger is sold separately.", False),
    (
        "chat",
        "What is the worst-case delivery time?",
        "The worst case is about ten working days.",
        False,
    ),
    ("chat", "That worked, thanks!", "Glad that worked!", False),
    ("chat", "Perfect, I can log in now.", "Great, happy to hear it!", False),
    ("chat", "Thanks, it's printing again.", "Excellent, glad we got there.", False),
    ("email", "The refund arrived, thanks.", "Great news, thanks for letting us know.", False),
    ("chat", "All sorted, cheers.", "Brilliant, glad I could help.", False),
    ("chat", "Can I get a refund?", "I understand, let me check your order.", False),
    ("chat", "I need to change my address.", "Sure, I'd be happy to help with that.", False),
    (
        "chat",
        "Where's my order?",
        "Sorry for the wait, your order is out for delivery today.",
        False,
    ),
    (
        "chat",
        "The link in the email doesn't work.",
        "Sorry about that, here's a fresh link.",
        False,
    ),
    (
        "phone",
        "Hi, I'm calling about my bill.",
        "Hope you're having a good day, how can I help?",
        False,
    ),
    (
        "email",
        "Please cancel my subscription.",
        "We're sorry to see you go. Your subscription ends on the 30th.",
        False,
    ),
    ("chat", "I'd like to upgrade.", "Great choice! The upgrade takes effect immediately.", False),
    ("chat", "Is the item in stock?", "Unfortunately it's out of stock until March.", False),
    ("chat", "Can you hold the table?", "Hold on, let me check the bookings.", False),
    (
        "chat",
        "The screen is flickering.",
        "That sounds like a loose cable, try reseating it.",
        False,
    ),
    (
        "chat",
        "It keeps showing error 504.",
        "That sounds like a server timeout, which we fixed an hour ago.",
        False,
    ),
    (
        "chat",
        "My package says delivered but it isn't here.",
        "That's odd. Could you check with your neighbours?",
        False,
    ),
    (
        "email",
        "Why was I charged a fee?",
        "The fee is for paper statements, which you can switch off.",
        False,
    ),
    ("chat", "Thanks for your help.", "You're welcome, have a lovely evening!", False),
    (
        "chat",
        "Do I need to bring ID?",
        "Yes, please bring photo ID. Don't worry if it's expired, we accept that too.",
        False,
    ),
    ("chat", "My password isn't working.", "No worries, I'll send a reset link now.", False),
    ("chat", "Can I pay by card?", "Absolutely, we take all major cards.", False),
    ("phone", "Can you repeat that?", "Sorry, I said the reference is 4471.", False),
    (
        "chat",
        "How do I reset the router?",
        "Hold the reset button for ten seconds until the light flashes.",
        False,
    ),
    (
        "email",
        "When will the engineer come?",
        "I hope Tuesday morning suits you; the engineer will arrive between 8 and 12.",
        False,
    ),
    ("chat", "I want to speak to a manager.", "I can transfer you to my supervisor now.", False),
    ("chat", "Do you deliver to Ireland?", "Sadly we don't deliver outside the UK yet.", False),
    ("chat", "My screen cracked.", "Screen repairs cost 89 pounds and take two days.", False),
    ("chat", "The app is slow.", "That's a known issue, a fix is going out tomorrow.", False),
    (
        "chat",
        "Can I return opened items?",
        "I'm sorry, but opened items can't be returned for hygiene reasons.",
        False,
    ),
    ("email", "Is my claim approved?", "Good news: your claim has been approved.", False),
    (
        "chat",
        "What's your returns address?",
        "It's on the back of the delivery note, happy to send it again.",
        False,
    ),
    ("everyday", "I'm going to Spain next week.", "Nice, which part of Spain?", False),
    (
        "everyday",
        "I just watched the new Marvel film.",
        "Was it any good? I've heard mixed things.",
        False,
    ),
    ("everyday", "I had pizza for dinner.", "What toppings did you get?", False),
    (
        "everyday",
        "I'm thinking about learning guitar.",
        "You should, it's a great hobby. Start with chords.",
        False,
    ),
    (
        "peer support",
        "How do I deal with a coworker who takes credit for my work?",
        "Document everything and bring it to your manager with dates.",
        False,
    ),
    ("peer support", "My ex keeps texting me.", "Block the number, it's the only way.", False),
    (
        "everyday",
        "My sister is visiting this weekend.",
        "Are you going to show her around town?",
        False,
    ),
    (
        "chat",
        "I'm a bit confused about which form to use.",
        "Use form B if you're self-employed, form A otherwise.",
        False,
    ),
    (
        "chat",
        "I'm worried my parcel will be late.",
        "It's scheduled for tomorrow before 6pm.",
        False,
    ),
    (
        "chat",
        "I'm annoyed the discount code didn't work.",
        "The code expired on Sunday; here's a new one.",
        False,
    ),
    ("chat", "I'm so frustrated with this printer.", "Which model is it?", False),
    (
        "email",
        "I'm unhappy with the quality of the jacket.",
        "Please send photos of the fault to returns@example.com.",
        False,
    ),
    (
        "phone",
        "I'm scared I'll lose my data.",
        "Your data is backed up nightly to our servers.",
        False,
    ),
    (
        "chat",
        "Honestly this is such a mess.",
        "Can you confirm the email address on the account?",
        False,
    ),
    (
        "chat",
        "I'm getting married next month!",
        "Do you need the dress altered before then?",
        False,
    ),
    (
        "chat",
        "This is the worst company I've ever dealt with.",
        "Your case number is 55812.",
        False,
    ),
    (
        "chat",
        "I feel like I'm going round in circles.",
        "Let's start again: what's the serial number on the back?",
        False,
    ),
    ("everyday", "My boss yelled at me today.", "What did he yell about?", False),
    ("chat", "Is this the right number for complaints?", "Yes, you're in the right place.", False),
    (
        "chat",
        "Do I have to pay for delivery?",
        "No, delivery is free over 40 pounds, which must be a relief for bulk orders.",
        False,
    ),
    (
        "email",
        "Can I get a copy of my contract?",
        "Certainly, it's attached. I hope that helps.",
        False,
    ),
    (
        "chat",
        "The new update changed the menu.",
        "Yes, the menu is now under the three dots on the right.",
        False,
    ),
    ("chat", "How do I cancel?", "Sad to see you go! Just click Cancel under Billing.", False),
    ("chat", "Can I bring my dog?", "Dogs are welcome, we love having them!", False),
    (
        "chat",
        "Can you explain my bill?",
        "I'm glad you asked, the line rental went up in April.",
        False,
    ),
]

#: Written after that work and scored before its misses were read.
SECOND_BLOCK: list[Case] = [
    (
        "social",
        "@shop 3 weeks and still no sign of my order. Absolutely fuming.",
        (
            "We completely get why you're fuming, three weeks is far too long. Could you DM "
            "us the order number?"
        ),
        True,
    ),
    (
        "social",
        "Flight delayed 5 hours, missed my daughter's recital.",
        "That's heartbreaking, we're so sorry you missed it.",
        True,
    ),
    (
        "social",
        "Thanks for sorting my refund so quickly!",
        "Our pleasure, enjoy the rest of your week!",
        False,
    ),
    (
        "social",
        "Why is your app down again??",
        "Hi there, we're aware of an outage and engineers are on it.",
        False,
    ),
    (
        "social",
        "Lost my luggage on my honeymoon. Great start.",
        "Oh no, not on your honeymoon! Let's get this tracked down for you right away.",
        True,
    ),
    (
        "email",
        "I am extremely upset that my mother's care package was sent to the wrong address.",
        (
            "I was very sorry to read that the package for your mother went astray, and I "
            "understand how upsetting that must be."
        ),
        True,
    ),
    (
        "email",
        "Please can you confirm my new address has been updated.",
        "Thank you for your email. I can confirm your address has been updated on our system.",
        False,
    ),
    (
        "email",
        "I've been a customer for 12 years and I've never been treated this badly.",
        "After twelve years with us you deserved far better, and I'm sorry we've let you down.",
        True,
    ),
    (
        "email",
        "The boiler has failed again and we have a newborn in the house.",
        (
            "With a newborn at home this must be incredibly worrying, and I've marked your "
            "visit as urgent."
        ),
        True,
    ),
    (
        "email",
        "I would like to make a complaint about the noise from the building works.",
        "Your complaint has been logged under reference NW-2231 and passed to the site manager.",
        False,
    ),
    (
        "email",
        "I'm afraid I missed the payment because I was in hospital.",
        "I'm sorry to hear you've been unwell, and please don't worry about the missed payment.",
        True,
    ),
    (
        "email",
        "Could you explain why my premium went up?",
        "Premiums rose this year because of higher repair costs across the market.",
        False,
    ),
    (
        "chat",
        "I'm panicking, I think I sent money to a scammer.",
        "Okay, take a breath, you did the right thing contacting us straight away.",
        True,
    ),
    (
        "chat",
        "I've been trying to log in for an hour and I'm losing my mind.",
        "An hour of that would drive anyone up the wall. Let's get you in.",
        True,
    ),
    (
        "chat",
        "My order arrived but the box was crushed.",
        "Could you send a photo of the box and the item?",
        False,
    ),
    (
        "chat",
        "The jumper I ordered for my son's birthday is the wrong size and his party is Saturday.",
        (
            "What a pain, especially with the party so close. I'll send the right size by "
            "express today."
        ),
        True,
    ),
    ("chat", "Can you tell me when my contract ends?", "Your contract ends on 14 March.", False),
    (
        "chat",
        "I'm so confused by all these tariffs.",
        "They really are confusing, you're definitely not the only one. Let me break it down.",
        True,
    ),
    (
        "chat",
        "Honestly I'm just tired of chasing this.",
        "You shouldn't have had to chase us at all, and I'm sorry it's worn you down.",
        True,
    ),
    ("chat", "Do you have this in blue?", "We do! Blue is in stock in all sizes.", False),
    ("chat", "It worked! Thank you so much!", "You're very welcome, have a good evening.", False),
    (
        "chat",
        "I'm a nurse and I work nights, so I can't take calls in the day.",
        "Thanks for letting me know, I'll set your preference to email.",
        False,
    ),
    (
        "chat",
        "I can't afford to pay this bill right now, I've lost my job.",
        (
            "I'm really sorry about your job, that's a worrying time. Let's look at a "
            "payment plan together."
        ),
        True,
    ),
    (
        "chat",
        "My grandad's hearing aid stopped working and he feels so cut off.",
        "Oh, poor man, it must be so isolating for him. I'll book a repair for tomorrow.",
        True,
    ),
    (
        "chat",
        "I need to return a kettle.",
        "No problem at all, I'll email you a returns label.",
        False,
    ),
    (
        "chat",
        "Why is there an extra charge on my bill?",
        "I understand, let me look at the bill with you.",
        False,
    ),
    (
        "chat",
        "I'm so nervous about the surgery on Monday.",
        (
            "It's natural to be nervous, and the team there are wonderful. Do you need "
            "anything from us before then?"
        ),
        True,
    ),
    (
        "chat",
        "Finally got the keys to our first house today!",
        "Congratulations on your first home! That's such an exciting moment.",
        True,
    ),
    (
        "chat",
        "The refund has gone through, thank you.",
        "Brilliant, it should show in 3-5 working days.",
        False,
    ),
    (
        "chat",
        "I'm sick of being passed from one department to another.",
        (
            "I'm sorry, being bounced around like that is exhausting. I'll stay with you "
            "until it's fixed."
        ),
        True,
    ),
    (
        "everyday",
        "I found out my best friend has been talking behind my back.",
        "That's such a betrayal, I'm really sorry.",
        True,
    ),
    (
        "everyday",
        "My daughter took her first steps today!",
        "Aww, that's so special! You must have been beaming.",
        True,
    ),
    (
        "everyday",
        "I got a parking ticket even though I paid.",
        "That's so unfair! Did you keep the receipt? You could appeal.",
        True,
    ),
    ("everyday", "I'm going to a concert tonight.", "Who are you going to see?", False),
    ("everyday", "I failed my exam again.", "I'm sorry, I know how hard you studied for it.", True),
    (
        "everyday",
        "My neighbour's dog barks all night.",
        "Have you tried talking to your neighbour about it?",
        False,
    ),
    (
        "everyday",
        "I'm so lonely since my wife passed.",
        "I'm so sorry for your loss. It's completely understandable to feel lonely.",
        True,
    ),
    ("everyday", "I won a raffle at work today!", "Lucky you! What did you win?", True),
    (
        "everyday",
        "I have to give a speech at my brother's wedding.",
        "Oh wow, that's a lot of pressure! Are you nervous?",
        True,
    ),
    ("everyday", "I cooked dinner for my parents last night.", "What did you make?", False),
    (
        "everyday",
        "My car broke down on the motorway at night.",
        "That sounds terrifying, I'm glad you're safe.",
        True,
    ),
    ("everyday", "I got a new puppy last week.", "What breed is it?", False),
    (
        "peer support",
        "I feel like a failure because I'm 30 and still living with my parents.",
        (
            "You're not a failure. Lots of people are in the same position and it says "
            "nothing about your worth."
        ),
        True,
    ),
    (
        "peer support",
        "Nobody showed up to my birthday party.",
        "That really hurts, I'm sorry. You deserved a room full of people.",
        True,
    ),
    (
        "peer support",
        "What's the best way to budget on a low income?",
        "Try the 50/30/20 rule and track every purchase for a month.",
        False,
    ),
    (
        "peer support",
        "I've been so anxious I can't sleep.",
        (
            "Anxiety that keeps you up at night is so draining. Have you talked to your "
            "doctor about it?"
        ),
        True,
    ),
    (
        "phone",
        "I've just had a letter saying I owe two thousand pounds and I'm shaking.",
        "I can hear that you're shaken, and I'm going to go through the letter with you right now.",
        True,
    ),
    (
        "phone",
        "Can I book an appointment for next week?",
        "Yes, I've got Tuesday at ten or Thursday at two.",
        False,
    ),
    (
        "phone",
        "I'm ringing because the engineer didn't turn up again.",
        "I'm sorry he didn't arrive. Can I take your postcode?",
        False,
    ),
    (
        "phone",
        "I'm livid, I've taken three days off work for nothing.",
        (
            "Three days off work for nothing, I'd be livid too. I'm going to make sure "
            "you're compensated for that."
        ),
        True,
    ),
    (
        "phone",
        "I'm worried my dad is being scammed on the phone.",
        "Your worry makes complete sense, these callers can be very convincing.",
        True,
    ),
    (
        "phone",
        "Is the store open on bank holidays?",
        "We're open ten till four on bank holidays.",
        False,
    ),
    (
        "chat",
        "I'm angry that my data was leaked.",
        "We take data protection very seriously.",
        False,
    ),
    (
        "chat",
        "I'm disappointed with the hotel room.",
        "Thank you for your feedback, it has been passed on.",
        False,
    ),
    (
        "chat",
        "This is the third time the delivery failed!!",
        "Apologies for the failed deliveries, I've rebooked it for tomorrow.",
        False,
    ),
    (
        "chat",
        "I'm getting really stressed about the deadline for the visa.",
        "Stay calm, these things take time.",
        False,
    ),
    (
        "chat",
        "The mould in the flat is making my kids ill.",
        (
            "That's really worrying, especially with the children. I'm raising this as a "
            "priority repair."
        ),
        True,
    ),
    (
        "chat",
        "Everything's fixed now, I'm so happy!",
        "That's brilliant to hear, I'm really pleased it's all sorted for you.",
        True,
    ),
    (
        "chat",
        "I keep getting error 23 when I pay.",
        "Error 23 means the card was declined by your bank; try another card.",
        False,
    ),
    (
        "chat",
        "My account was locked while I was abroad and I had no way to pay for my hotel.",
        "Being stranded abroad without access to your money must have been really frightening.",
        True,
    ),
    ("chat", "Can I change my delivery date?", "Of course, which date would suit you?", False),
    (
        "email",
        "My son was injured on one of your rides.",
        "I was so sorry to hear that your son was hurt, and I hope he is recovering well.",
        True,
    ),
    (
        "email",
        "Please remove me from your mailing list.",
        "You have been unsubscribed and won't receive further emails.",
        False,
    ),
    (
        "email",
        "I'm unhappy that my claim was rejected.",
        "I understand this isn't the outcome you wanted, and I'll explain the reasons below.",
        True,
    ),
    (
        "social",
        "Your staff at the Leeds branch were brilliant today, thank you!",
        "That's lovely to hear, we'll pass your kind words on to the team!",
        False,
    ),
    (
        "social",
        "Been on hold 90 minutes. Ridiculous.",
        "90 minutes is far too long, that must be so frustrating. Can we call you back instead?",
        True,
    ),
    (
        "social",
        "My train was cancelled, now I'll miss my job interview.",
        "Oh no, that's awful timing. Let us know your booking and we'll see about a taxi.",
        True,
    ),
    (
        "chat",
        "I feel really stupid, I think I deleted all my files.",
        (
            "Don't be hard on yourself, it happens to lots of people, and there's a good "
            "chance we can get them back."
        ),
        True,
    ),
    (
        "chat",
        "I'm so grateful for your help today.",
        "It was a pleasure sorting the account out with you today.",
        False,
    ),
    (
        "chat",
        "Sorry for being so grumpy earlier.",
        "Not at all, you'd had a really rough morning.",
        True,
    ),
]

#: Written after the second block's misses were mended, and scored before its own were read.
THIRD_BLOCK: list[Case] = [
    (
        "chat",
        "My internet has been down all weekend and I work from home.",
        (
            "Losing the internet when you work from home is so stressful, I'm sorry. Let's "
            "get an engineer booked."
        ),
        True,
    ),
    (
        "chat",
        "I've been charged a late fee even though I paid on time.",
        "I'll remove the late fee now.",
        False,
    ),
    (
        "chat",
        "I'm really worried my passport won't arrive in time for my trip.",
        "I can understand the worry with the trip so close. I've asked for it to be fast-tracked.",
        True,
    ),
    (
        "chat",
        "Could you tell me how to change my PIN?",
        "You can change it at any of our cash machines under PIN services.",
        False,
    ),
    (
        "chat",
        "This is the fifth time I've had to call about this.",
        "Five calls is far too many, and I'm sorry you've had to keep chasing.",
        True,
    ),
    (
        "chat",
        "My parcel was stolen from my doorstep.",
        "Oh no, that's horrible. I'll send a replacement today.",
        True,
    ),
    (
        "chat",
        "I'm a bit anxious about switching energy supplier.",
        "Switching can feel like a big step, but there's no break in supply.",
        True,
    ),
    (
        "chat",
        "Great, the replacement arrived!",
        "Perfect, is there anything else I can help with?",
        False,
    ),
    (
        "chat",
        "I'm so embarrassed, I entered the wrong address.",
        "Please don't be embarrassed, it happens all the time. I'll update it now.",
        True,
    ),
    (
        "chat",
        "Where do I find my account number?",
        "It's printed at the top of every statement.",
        False,
    ),
    (
        "chat",
        "I just found out I've been paying for two subscriptions for a year!",
        "Ah, that's really annoying to discover. Let me check what we can refund.",
        True,
    ),
    (
        "chat",
        "I'm unhappy with the fitting, the door doesn't close.",
        "I'll arrange for the fitter to come back this week.",
        False,
    ),
    (
        "chat",
        "My wife has dementia and she keeps ordering things online.",
        (
            "That must be a really hard situation for you both. We can put a block on new "
            "orders for her account."
        ),
        True,
    ),
    (
        "chat",
        "This has made me late for work twice this week.",
        "Noted, I'll add that to the complaint.",
        False,
    ),
    (
        "chat",
        "I'm exhausted, the baby won't sleep and now the washing machine is broken.",
        "That's a lot on your plate, you poor thing. Let's get the washer fixed at least.",
        True,
    ),
    (
        "email",
        "My order for my son's school uniform still hasn't arrived and term starts Monday.",
        (
            "I completely understand how worrying it is with term starting on Monday, and "
            "I've upgraded the delivery to next day."
        ),
        True,
    ),
    (
        "email",
        "Please could you send me a VAT receipt.",
        "Please find your VAT receipt attached.",
        False,
    ),
    (
        "email",
        "I am disgusted by the way your driver spoke to my elderly father.",
        (
            "I'm appalled to read how your father was spoken to, and I'm very sorry. It "
            "should never have happened."
        ),
        True,
    ),
    (
        "email",
        "I was promised a callback which never came.",
        "I apologise that the callback didn't happen. I have now arranged one for Thursday.",
        False,
    ),
    (
        "email",
        "We're devastated, the venue cancelled our wedding with two weeks' notice.",
        (
            "I'm so sorry, I can't imagine how devastating this news must be two weeks "
            "before your wedding."
        ),
        True,
    ),
    (
        "email",
        "I'd like to know the status of my claim.",
        "Your claim is with the assessor and we expect a decision within ten days.",
        False,
    ),
    (
        "email",
        "My bank card was cloned and I'm terrified to use it now.",
        "It's completely understandable to feel shaken after fraud like this.",
        True,
    ),
    (
        "email",
        "I'm writing to cancel my membership.",
        "We've processed your cancellation and you won't be charged again.",
        False,
    ),
    (
        "phone",
        "I've just been told my flight home is cancelled and I've got two children with me.",
        "Oh gosh, with two little ones as well. Let's find you the next flight.",
        True,
    ),
    ("phone", "I'm calling to update my phone number.", "Of course, what's the new number?", False),
    (
        "phone",
        "I'm furious that you've cut off my gas in winter.",
        "I'd be furious too. I'm going to get your supply back on today.",
        True,
    ),
    (
        "phone",
        "I don't understand this letter at all.",
        "No problem, I'll read it through with you.",
        False,
    ),
    (
        "phone",
        "My mum passed last week and I'm trying to sort her accounts.",
        "I'm so sorry about your mum. Take your time, we'll go through it together.",
        True,
    ),
    (
        "social",
        "Third delayed train this week. I'm going to lose my job at this rate.",
        "That sounds really stressful, we're sorry the service has been so unreliable.",
        True,
    ),
    ("social", "Love the new menu!", "Thanks so much, we'll let the chefs know!", False),
    (
        "social",
        "No hot water in my hotel room this morning. Not impressed.",
        "That's not the start to the day you deserved. Could you DM your room number?",
        True,
    ),
    ("social", "Is the Manchester store open today?", "Yes, it's open until 8pm.", False),
    (
        "social",
        "My order came with half the items missing, gutted.",
        "Gutted for you! Please DM us and we'll get the missing items sent out.",
        True,
    ),
    (
        "everyday",
        "I got into my first-choice university!",
        "Congratulations! All that hard work paid off, you must be over the moon.",
        True,
    ),
    (
        "everyday",
        "My grandmother is in hospital.",
        "I'm sorry to hear that. Is she going to be okay?",
        True,
    ),
    ("everyday", "I bought a new bike today.", "Nice, what kind did you get?", False),
    (
        "everyday",
        "My roommate ate my leftovers again.",
        "Ugh, so annoying! Did you say anything?",
        True,
    ),
    (
        "everyday",
        "I was so scared during the storm last night.",
        "Storms like that are frightening, especially at night.",
        True,
    ),
    ("everyday", "I'm making lasagne tonight.", "Yum, do you use a family recipe?", False),
    (
        "everyday",
        "My brother is finally coming home from the army.",
        "That's wonderful, you must be so excited to see him!",
        True,
    ),
    (
        "everyday",
        "I think I'm going to repaint my kitchen.",
        "What colour are you thinking?",
        False,
    ),
    (
        "everyday",
        "My son got bullied at school today.",
        "That's so upsetting as a parent, I hope he's okay.",
        True,
    ),
    (
        "everyday",
        "I've been feeling really down lately.",
        "I'm sorry you've been feeling low. Do you want to talk about what's been going on?",
        True,
    ),
    ("everyday", "I watched the sunset at the beach.", "Which beach did you go to?", False),
    (
        "peer support",
        "I relapsed after six months sober.",
        "Six months is still huge, and one slip doesn't erase it. Be gentle with yourself.",
        True,
    ),
    (
        "peer support",
        "I keep comparing myself to everyone online.",
        "Social media only shows the highlights, so try limiting your time on it.",
        False,
    ),
    (
        "peer support",
        "I feel like I'm a burden to my friends.",
        "You're not a burden, and I bet your friends would be sad to hear you think that.",
        True,
    ),
    (
        "peer support",
        "I had a panic attack at work today.",
        "That sounds so scary, especially at work. I hope you're feeling calmer now.",
        True,
    ),
    (
        "peer support",
        "What vitamins help with low energy?",
        "Vitamin D and iron are worth getting checked.",
        False,
    ),
    (
        "chat",
        "I'm so frustrated with your website, it keeps logging me out.",
        "Please clear your cookies and try again.",
        False,
    ),
    (
        "chat",
        "I'm upset that the sale price ended before I could order.",
        "The sale ended at midnight on Sunday, as advertised.",
        False,
    ),
    (
        "chat",
        "I'm stressed, the movers are here and the electricity isn't on.",
        "Don't stress, it's a simple fix.",
        False,
    ),
    (
        "chat",
        "I'm disappointed that the hotel pool was closed.",
        "Sorry you feel that way, the closure was listed on our website.",
        False,
    ),
    (
        "chat",
        "I'm worried about my pension transfer.",
        "What would you like to know about the transfer?",
        False,
    ),
    (
        "chat",
        "What time do you close?",
        "We close at six. I'm so excited, it's my last shift before the holidays!",
        False,
    ),
    (
        "chat",
        "Can I change my flight?",
        "The annoying thing with basic fares is that changes aren't allowed.",
        False,
    ),
    ("chat", "The app says my payment failed.", "That's odd, it shows as paid on my side.", False),
    ("chat", "Thanks, that's fixed it!", "Great stuff, glad it's working.", False),
    (
        "chat",
        "I'm worried about the noise from the roadworks.",
        "There's nothing to worry about, the works finish on Friday.",
        False,
    ),
    (
        "chat",
        "Is there a student discount?",
        "Yes, 10% with a valid student card. Happy shopping!",
        False,
    ),
]

#: The look-alikes that must never count, whatever a later change trades.
NEVER_AN_ACKNOWLEDGEMENT = {
    "own excitement": "I'm really excited about the new release, it has dark mode.",
    "calm down": "Please calm down, sir, there's no need to raise your voice.",
    "don't be upset": "Don't be upset, it's only one day.",
    "non-apology": "I'm sorry you feel that way.",
    "feature that frustrates": (
        "The frustrating bit of the form is the captcha, so take your time on that step."
    ),
    "glad it worked": "Glad that worked!",
    "willing to help": "I'd be delighted to, it's attached.",
    "don't worry if": "Don't worry if it's expired, we accept that too.",
    "hard to say": "It's hard to say when the engineer will arrive.",
    "an amount": "That's a lot of data for one month.",
}


def acknowledged(context: str, text: str) -> bool:
    return bool(detect(text, context, behaviours=["acknowledges_feelings"]))


def feelings_scores(cases: list[Case]) -> FreshScores:
    """How `acknowledges_feelings` does on `cases` (shared with the third check)."""
    return fresh_scores(
        (f"[{setting}] {context!r} -> {text!r}", expected, acknowledged(context, text))
        for setting, context, text, expected in cases
    )


SETTINGS = {"chat", "email", "phone", "social", "everyday", "peer support"}


def assert_balanced(blocks: list[tuple[list[Case], int]]) -> None:
    """Each block has at least its size of rows, 40-60% of them acknowledgements, and
    together they span every setting (shared with the third check)."""
    for block, size in blocks:
        assert len(block) >= size
        positives = sum(expected for *_, expected in block)
        assert 0.4 <= positives / len(block) <= 0.6
    assert {case[0] for block, _ in blocks for case in block} == SETTINGS


def test_the_blocks_are_balanced_and_span_the_settings() -> None:
    assert_balanced([(FIRST_BLOCK, 150), (SECOND_BLOCK, 50), (THIRD_BLOCK, 50)])


def test_the_first_block_holds_its_floor() -> None:
    scores = feelings_scores(FIRST_BLOCK)
    assert scores.precision >= 0.95, scores.summary()
    assert scores.recall >= 0.93, scores.summary()
    assert scores.f1 >= 0.95, scores.summary()


def test_the_second_block_holds_its_floor() -> None:
    scores = feelings_scores(SECOND_BLOCK)
    assert scores.precision >= 0.93, scores.summary()
    assert scores.recall >= 0.88, scores.summary()
    assert scores.f1 >= 0.92, scores.summary()


def test_the_third_block_holds_its_floor() -> None:
    scores = feelings_scores(THIRD_BLOCK)
    assert scores.precision >= 0.93, scores.summary()
    assert scores.recall >= 0.9, scores.summary()
    assert scores.f1 >= 0.92, scores.summary()


@pytest.mark.parametrize(
    "text", list(NEVER_AN_ACKNOWLEDGEMENT.values()), ids=list(NEVER_AN_ACKNOWLEDGEMENT)
)
def test_look_alikes_named_in_the_brief_are_never_found(text: str) -> None:
    assert not acknowledged("", text)
