"""A fourth fresh check for `expresses_appreciation` (A) and `apologises` (P), written in
the fourth round of 23 November 2026 in the voices the held-out data comes in (Reddit
comments, service chat, e-mail, tweets): gratitude in forms the lexicon lacked ("cheers,
that did the trick", "you saved me a trip", "that's very good of you", "couldn't have
fixed it without you", "TIA"), sarcastic thanks ("thanks a lot, genius", "thanks for
making me wait"), talk about thanks ("never says thank you"), "thank god" and "thanks to
the roadworks", and the apology forms the brief named ("my bad", "I owe you one" which is
thanks, "sorry not sorry", "excuse me" calling someone).

Labelling conventions are those of the second and third checks: thanks wherever it is
meant, also to a third party; praise of a helper for what they did ("you're a star",
"you saved me") is thanks, praise of a thing or a play is not; sarcasm, relief ("thank
god"), cause ("thanks to X"), and talk about thanks are not. An apology is regret for
one's own or the company's part, or "sorry" about a wrong the other person lived
through; condolence, pity, repairs, sarcasm, "excuse me" as a call for attention and
reported or demanded apologies are neither.

Development errors counted before writing (GoEmotions part, 13,329 comments; a row goes
to the first kind it fits). Appreciation misses (267): wishes ("good luck", "happy cake
day") 54, "glad" 50, welcome and greetings 28, relief ("thank god", "thankfully") 24,
praise 20, "no thanks" 5, and 86 others, nearly all without thanks in them. How the
raters read some kinds across the whole source: "thank god/goodness" 16 ticked against
1, "thanks to" 17 against 1, "thanks, I hate it" 8 against 0, a thank-you note or letter
2 against 0, "cheers" alone or closing a comment 3 against 8, "shout out to" 0 against 2,
"happy to help" 0 against 1, "you're a legend" 0 against 1. Appreciation false alarms
(81): "congrats" 26 (82 of 110 "congrat" rows are ticked), "appreciate" 21, thanks the
raters did not tick 18, others 16. Apology false alarms (124): a real apology beside a
thanks 29, sympathy 22, hedges and "no, sorry" 19, own slips ("my bad") 14, others 40.
Apology misses (85): guilt or regret in the third person 18, condolence 13, pity 8,
sympathy 4, "sorry not sorry" and repairs 5, and 37 with no apology words. Relief,
"thanks to", condolence and pity stay out as the conventions read them; "thanks, I hate
it" and the thank-you note stay in (the raters tick them every time, and an exclusion
for them cost 10 development rows); "shout out" and "you're a legend" stay out (the
raters do not tick them).

First read of the first block (121 rows, labelled before any detector read it):
A F1 0.846 (P 0.83, R 0.86), P F1 1.000 (P 1.00, R 1.00). After the lexicon work it
guided: A F1 0.962 (P 0.93, R 1.00), P unchanged. The rows still wrong are left in on
purpose: "thanks, I hate it" and a thank-you card (see above), "thanks to you, I now have
that song stuck in my head" (mock blame that reads like thanks), a "bless you" after a
sneeze.

The second block (76 rows: service chat and e-mail, tweets, comments) was written after
that work, in other words, and labelled before it was run. First read: A F1 0.897
(P 0.90, R 0.90), P F1 1.000; the round's starting lexicons read it at A 0.836 (P 0.89,
R 0.79), P 1.000: about half of the first block's gain carried over. From its misses:
"ta for <anything>" but not "ta for now"; "you've been a rock", "you're a diamond";
thanks after a comma ("Oh thanks, Captain Obvious") reaches the insult; thanks for a
change made "without telling me" is a complaint. After: A 0.983 (P 0.97, R 1.00). Left
in: a thank-you note talked about (the raters tick those).

The third block (68 rows, all in the voice of Reddit comments, where the GoEmotions part
of the held-out data comes from) was written after that and read once: A F1 0.962
(P 0.93, R 1.00), P F1 0.973 (P 0.95, R 1.00), the same as the round's starting
lexicons read it. Its three errors: "welcome to the club" (a greeting the lexicon counts
as thanks, and the raters tick "welcome to" 17 times against 6), "thanks for the
downvotes, cowards" (an insult after "thanks for ..." now cancels the thanks) and a
reported apology ("he apologised but didn't mean it", left in: the raters tick reported
apologies). With it, bare "apologising" as talk ("apologising all the time", "incapable
of apologizing") stopped counting; "apologising for the delay" and "I'm apologising"
still do. After: A 0.980, P 0.973.

The fourth block (68 rows: service chat, e-mail, phone and tweets, both sides) was
written after that and read once: A F1 0.931 (P 0.87, R 1.00), P F1 0.914 (P 0.84,
R 1.00); the round's starting lexicons read it at A 0.912 (P 0.87, R 0.96) and P 0.914.
From its errors: "appreciate" naming what the customer feels or goes through ("I
appreciate you're frustrated", "we appreciate that delays are stressful") is
understanding, not thanks; "thanks, another delay" and "thanks for charging me twice"
are sarcasm; "sorry, you're breaking up" is a repair; "sorry, we can't give out account
details" softens a refusal; "the driver apologised to the other passengers" is reported.
After: A 0.982, P 1.000. Left in: a "thank-you voucher" offered (the raters tick talk of
thank-you notes).

The fifth block (67 rows: tweets, letters, chat, comments) was written after that and
read once: A F1 0.943 (P 0.89, R 1.00), P F1 0.889 (P 0.84, R 0.94); the round's
starting lexicons read it at A 0.926 and P 0.821. From its errors: thanks for the "help"
in scare quotes is sarcasm; "thanks to your app update" is cause ("thanks to your help",
"your tips", "your quick reply" stay thanks); "I appreciate you're doing your best, but"
concedes (while "I appreciate the offer, but" still thanks); "sorry I didn't catch your
call" apologises (only "sorry, I didn't catch that" asks again); "I'm sorry, but I'm
not able to issue a refund" shields; "he's not even sorry" and "sorry seems to be the
hardest word" are not apologies, nor "sorry doesn't cut it". After: A 1.000, P 1.000.

The sixth block (60 rows, all the styles above) was written after that and read once:
A F1 0.958 (P 0.92, R 1.00), P F1 0.970 (P 0.94, R 1.00), as the round's starting
lexicons read it; this is the round's estimate of how the rules carry over. From its
errors: "I appreciate how busy the holidays are" is understanding; "sorry, but that
item is non-refundable" shields. After: A 0.979, P 1.000. Left in: "I'd appreciate a
straight answer", a request (the raters tick "I would appreciate any feedback").
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .test_thanks_apologies_fresh2 import BEHAVIOURS, assert_floor

#: (line, the behaviours it shows: A appreciation, P apology); labelled before the
#: lexicon work it then guided.
FIRST_BLOCK: list[tuple[str, str]] = [
    # gratitude forms: slang, clipped, praise of a helper
    ("cheers, that did the trick", "A"),
    ("Cheers all, problem solved.", "A"),
    ("Much obliged for the quick turnaround on the quote.", "A"),
    ("ty!! works perfectly now", "A"),
    ("ty for the link", "A"),
    ("You're a star, Priya, the parcel arrived this morning.", "A"),
    ("You saved me a trip to the shop, thank you.", "A"),
    ("You just saved me hours of googling.", "A"),
    ("you literally saved my weekend", "A"),
    ("Bless you, I've been stuck on this for days.", "A"),
    ("bless your heart for posting this", "A"),
    ("Whoever wrote this guide deserves a medal.", "A"),
    (
        "The lady on the phone was brilliant, she sorted everything in ten minutes. Thanks Emma!",
        "A",
    ),
    ("Hugely grateful for all the replies, I feel a lot calmer now.", "A"),
    ("Thank you thank you, I nearly cried when the refund came through.", "A"),
    ("Thx mate, legend", "A"),
    ("Appreciate you, man.", "A"),
    ("Appreciate the quick response!", "A"),
    ("Muchas gracias, it's working again.", "A"),
    ("Thank you for your email and for the photos of the damage.", "A"),
    ("Thanks for getting back to me so quickly.", "A"),
    ("Thank you for your order, it will be with you on Thursday.", "A"),
    ("Thanks for your patience while we looked into this.", "A"),
    ("We really appreciate you taking the time to leave a review.", "A"),
    ("Thanks for flying with us, enjoy Lisbon!", "A"),
    ("@SkyRail thanks for the quick reply, all sorted now", "A"),
    ("Shoutout to @NorthBus for the driver who waited for me, thank you!", "A"),
    (
        "Big shout out to the support team for fixing my account in minutes, you lot are brilliant",
        "A",
    ),
    ("THANK YOU. Finally someone explains it properly.", "A"),
    ("Thanks heaps for the recipe, the kids loved it.", "A"),
    ("I can't thank you enough for the advice about the landlord.", "A"),
    ("Many many thanks for the help", "A"),
    ("Kind regards and thanks again, Paul", "A"),
    ("Thanks, I'll give it a shot.", "A"),
    ("Oh nice, thanks!", "A"),
    ("Thanks for the gold, kind stranger!", "A"),
    ("Thank you for sharing your story, it helps to know I'm not alone.", "A"),
    ("You've been a huge help, honestly.", "A"),
    ("Couldn't have fixed it without you, cheers.", "A"),
    ("I owe you big time for this.", "A"),
    ("Thanks so much for the heads up, I'd have missed the deadline.", "A"),
    ("Thanks for listening, I needed to get that off my chest.", "A"),
    ("Sincere thanks to the nurses on the night shift.", "A"),
    ("Much love and thanks to everyone who donated.", "A"),
    # gratitude look-alikes: sarcasm, relief, cause, talk about thanks, praise, wishes
    ("Thanks for nothing, I'll take my business elsewhere.", ""),
    ("Thanks a lot, genius, now the whole server is down.", ""),
    ("Oh great, thanks for deleting my post, mods.", ""),
    ("Thanks for making me wait 40 minutes to be told nothing.", ""),
    ("Thanks, I hate it.", ""),
    ("Thank god I kept the receipt.", ""),
    ("Thank heavens it stopped raining before the wedding.", ""),
    ("Thanks to the roadworks I was an hour late.", ""),
    ("Thanks to you, I now have that song stuck in my head.", ""),
    ("I got a thank-you card from the vet, which was sweet.", ""),
    ("My boss never says thank you for anything.", ""),
    ("Remember to thank the people who helped you on the way up.", ""),
    ("Good luck with the exams!", ""),
    ("Have a great weekend everyone.", ""),
    ("Nice work on the redesign.", ""),
    ("That's a really clever solution.", ""),
    ("Cheers to the weekend!", ""),
    ("Cheers, everyone raised their glasses.", ""),
    ("Bless you! Sounds like a nasty cold.", ""),
    ("He's a star player but a terrible captain.", ""),
    ("I'd be grateful if you could send the form again.", ""),
    ("I appreciate your frustration, let me see what I can do.", ""),
    ("Congrats on being the worst airline in the country, again.", ""),
    ("No thank you, I'm happy with my current provider.", ""),
    # apology forms
    ("my bad, wrong thread", "P"),
    ("My bad, I thought you meant the other one.", "P"),
    ("Oops, my mistake, the store closes at 6.", "P"),
    ("Sorry for the late reply, been swamped.", "P"),
    ("sry, typo, I meant 2019", "P"),
    ("So sorry, I completely forgot to send the attachment!", "P"),
    ("We're sorry your bag didn't make the connection, it's on the next flight.", "P"),
    ("Apologies for the delay in getting back to you.", "P"),
    ("I apologise for the tone of my last message.", "P"),
    ("We apologize for the disruption to this morning's service.", "P"),
    ("Sorry to hear the replacement also arrived broken, that's not good enough.", "P"),
    ("Sorry that you had to chase us three times.", "P"),
    ("Excuse the mess, we're mid-move.", "P"),
    ("Pardon the interruption, but your taxi is here.", "P"),
    ("Forgive me, I misread your question.", "P"),
    ("I'm sorry I snapped at you yesterday.", "P"),
    ("That was my fault, I put the wrong date on the booking.", "P"),
    ("We got your order wrong and we're sorry.", "P"),
    ("I feel awful about missing your call.", "P"),
    ("Sorry guys, I posted the wrong link, here's the right one.", "P"),
    ("Ugh, sorry, autocorrect changed it.", "P"),
    ("We dropped the ball on this one, I'm sorry.", "P"),
    ("I regret not replying sooner, it slipped my mind.", "P"),
    ("Sorry for the long post.", "P"),
    ("sorry for your wait, an agent will be with you shortly", "P"),
    # apology look-alikes
    ("Sorry not sorry, pineapple belongs on pizza.", ""),
    ("Excuse me, does this bus go to the station?", ""),
    ("Excuse me, miss, you dropped your glove.", ""),
    ("Excuse me?! Who told you that?", ""),
    ("Sorry, could you say that again? The line's bad.", ""),
    ("I'm sorry for your loss, he was a kind man.", ""),
    ("I feel sorry for the kid, honestly.", ""),
    ("They should be sorry for what they did.", ""),
    ("He still hasn't apologised for the comments.", ""),
    ("The airline issued a public apology on Friday.", ""),
    ("I don't regret moving abroad at all.", ""),
    ("Don't apologise, you did nothing wrong.", ""),
    ("No need to be sorry, it happens to everyone.", ""),
    ("You'll be sorry if you skip the warranty.", ""),
    ("What a sorry excuse for a burger.", ""),
    # owe you one: thanks, not apology
    ("I owe you one for covering my shift.", "A"),
    ("Owe you a coffee for this, seriously.", "A"),
    # both
    ("Sorry for the trouble, and thank you for bearing with me.", "AP"),
    ("My bad, and thanks for correcting me.", "AP"),
    ("Thanks for your patience and apologies for the delay.", "AP"),
    ("Sorry it took so long, and thanks for sticking with us.", "AP"),
    ("Thanks for spotting that, sorry about the typo!", "AP"),
    # neither
    ("Your new card is in the post.", ""),
    ("What's the order number, please?", ""),
    ("The store opens at nine on Sundays.", ""),
    ("I've booked the engineer for Tuesday morning.", ""),
    ("Honestly the sequel was better.", ""),
    ("Can you check your spam folder?", ""),
]


#: Written after that work, in other words, and read once before any further change.
SECOND_BLOCK: list[tuple[str, str]] = [
    # thanks, in other words than the first block
    ("Ta for sorting the invoice so fast.", "A"),
    ("You're a diamond, the gate code worked.", "A"),
    ("Nice one mate, owe you a pint.", "A"),
    ("Appreciate the swift reply, Daniel.", "A"),
    ("Thank you so much for squeezing me in at short notice.", "A"),
    ("this sub never fails me, thanks y'all", "A"),
    ("TY TY TY, the patch fixed my crashes", "A"),
    ("Thanks for the tip re: the parking, made life much easier.", "A"),
    ("@CityWater cheers for the update on the burst main", "A"),
    ("Hi team, thanks very much for the replacement kettle, it arrived today.", "A"),
    ("Grateful for your patience while we migrated the accounts.", "A"),
    ("We truly value your loyalty.", "A"),
    ("Thank you for taking the time to complete our survey.", "A"),
    ("You were so helpful on the phone this morning, thank you.", "A"),
    ("Honestly you've been a rock through all of this.", "A"),
    ("Lovely, thanks Jen!", "A"),
    ("Brilliant, cheers for that.", "A"),
    ("I'm so thankful you spotted the leak before it got worse.", "A"),
    ("All the thanks in the world to the paramedics.", "A"),
    ("A big thank you to our volunteers this weekend!", "A"),
    ("You saved my holiday, I can't believe you found the passport.", "A"),
    ("thanks for the silver, kind redditor", "A"),
    ("Ok, got it, ty.", "A"),
    ("Much appreciated, will pass it on.", "A"),
    ("Thanks for bearing with me, I know it's been a slog.", "A"),
    ("Really grateful you took my call so late.", "A"),
    ("Cheers, that's exactly what I needed.", "A"),
    ("You're too kind, honestly.", "A"),
    # not thanks
    ("Thanks a bunch for cancelling my order without telling me.", ""),
    ("Oh thanks, Captain Obvious.", ""),
    ("Thank goodness the battery lasted.", ""),
    ("Thankfully the lift was working.", ""),
    ("Thanks to a signal failure we sat outside Reading for an hour.", ""),
    ("She always writes thank-you notes, it's very old school.", ""),
    ("I wish people would say thanks more often.", ""),
    ("He deserved better from the club.", ""),
    ("Cheers to twenty years of marriage!", ""),
    ("God bless America.", ""),
    ("Have a lovely Christmas, all.", ""),
    ("Great photo, the colours are stunning.", ""),
    ("I'd really appreciate it if you stopped tagging me.", ""),
    ("Glad it's Friday.", ""),
    ("No thanks, I'll pass.", ""),
    ("That's kind of a weird question.", ""),
    # apologies, in other words than the first block
    ("Apologies, that link was broken, try this one.", "P"),
    ("Ah sorry, misread your comment.", "P"),
    ("Sorry sorry, I'll fix it now.", "P"),
    ("I'm really sorry we missed your delivery slot again.", "P"),
    ("Please accept my apologies for the short notice.", "P"),
    ("We're sorry for the noise from the building works during your stay.", "P"),
    ("Sorry to keep you waiting, thanks for holding.", "AP"),
    ("Sorry if I came across as rude earlier.", "P"),
    ("That's my bad, I should've double checked the postcode.", "P"),
    ("We messed up your booking and I'm truly sorry.", "P"),
    ("I owe you an apology for yesterday.", "P"),
    ("Sorry, my fault, I gave you the old address.", "P"),
    ("So sorry about the cold food, we'll take it off the bill.", "P"),
    ("Really sorry, I double-booked myself, can we do Thursday?", "P"),
    ("Oops, wrong photo, sorry!", "P"),
    ("I regret the way I handled your complaint.", "P"),
    ("Sorry for the radio silence, I've been ill.", "P"),
    ("Forgive the delay, our systems were down.", "P"),
    # not apologies
    ("Sorry for your loss, he was a legend.", ""),
    ("Excuse me, is this the queue for tickets?", ""),
    ("Sorry, which account is this about?", ""),
    ("I feel sorry for the new guy.", ""),
    ("She never apologises for anything.", ""),
    ("Sorry not sorry, I ate the last slice.", ""),
    ("They made the CEO apologise on live TV.", ""),
    ("I'm not sorry I left that job.", ""),
    ("No apology needed, these things happen.", ""),
    ("Sorry, what time did you say?", ""),
    # neither
    ("Your booking reference is 4KT9Z.", ""),
    ("Did the engineer leave a card?", ""),
    ("We close at 5 on Saturdays.", ""),
    ("Lol same, my cat does this every morning.", ""),
]

#: Reddit comments, written after the second block's work and read once.
THIRD_BLOCK: list[tuple[str, str]] = [
    # Reddit comments: thanks inside longer remarks
    ("Didn't know that about the warranty, good to know, thanks!", "A"),
    ("Oh wow this is actually really useful. Saving it, thank you OP", "A"),
    ("I was literally about to post the same question lol, thanks for asking it", "A"),
    ("Edit: wow, thanks for the gold, never had one before!", "A"),
    ("This is such a wholesome thread, thank you all for sharing.", "A"),
    ("Thanks for the recommendation, I binged the whole thing this weekend.", "A"),
    ("Appreciate the detailed answer, it makes a lot more sense now.", "A"),
    ("Thank you for saying this. I needed it today.", "A"),
    ("I'm grateful someone finally said it.", "A"),
    ("thanks man, I'll check it out", "A"),
    ("haha thanks, I try", "A"),
    ("Thank you! I worked on it for weeks.", "A"),
    ("You're a hero for posting the timestamps.", "A"),
    ("Thanks for the reply. Still confused but getting there.", "A"),
    ("Wow, thank you, I really needed that laugh.", "A"),
    ("Much appreciated, friend.", "A"),
    ("Thanks! That's the one I was thinking of.", "A"),
    ("ty kind stranger", "A"),
    ("Thanks for being a decent human.", "A"),
    ("Thank you for your service, seriously.", "A"),
    ("Cheers for the link mate", "A"),
    ("Aw thank you, that's so sweet of you to say.", "A"),
    # look-alikes in the same voice
    ("Thank god I wasn't the only one confused by that ending.", ""),
    ("Thanks Obama.", ""),
    ("Thanks to this sub I now own four cast iron pans.", ""),
    ("Good luck, you're going to need it.", ""),
    ("Happy cake day, fellow lurker!", ""),
    ("Glad I'm not the only one who thought that.", ""),
    ("Welcome to the club, we have jackets.", ""),
    ("Well said, couldn't agree more.", ""),
    ("Congrats on the promotion, well deserved!", "A"),
    ("This comment deserves more upvotes.", ""),
    ("Gotta appreciate the irony here.", ""),
    ("He never thanked anyone in his speech.", ""),
    ("Thanks for the downvotes, cowards.", ""),
    ("Bless his heart, he tried.", ""),
    # remorse in the same voice
    ("Sorry, I didn't mean to come off so harsh.", "P"),
    ("Ah my bad, I was thinking of the sequel.", "P"),
    ("Sorry for the formatting, I'm on mobile.", "P"),
    ("I feel so bad for ghosting her now.", "P"),
    ("I'm sorry, I was wrong about the dates.", "P"),
    ("Oh no, I'm so sorry, I totally misread that.", "P"),
    ("I regret ever saying that to him.", "P"),
    ("Sorry if this is the wrong sub.", "P"),
    ("I apologize, that was uncalled for.", "P"),
    ("Sorry to hear the mods removed your post, that's not fair.", "P"),
    ("sorry for the rant, it's been a long day", "P"),
    ("I'm so sorry that happened to you at work.", "P"),
    ("Apologies, I should have been clearer.", "P"),
    ("Sorry man, I didn't realise it was your birthday.", "P"),
    ("I messed up the recipe, my apologies to anyone who tried it.", "P"),
    ("Sorry, I know this is a long shot.", "P"),
    # look-alikes in the same voice
    ("I'm sorry for your loss. Hugs.", ""),
    ("I feel sorry for the dog honestly.", ""),
    ("You should be sorry, that was awful.", ""),
    ("He apologised but didn't mean a word of it.", ""),
    ("No regrets, best decision I ever made.", ""),
    ("Don't apologise, this is a great question.", ""),
    ("Sorry, what?", ""),
    ("Better safe than sorry, get it checked.", ""),
    ("Excuse me, sir, this is a Wendy's.", ""),
    ("What a sorry state of affairs.", ""),
    # neither
    ("This is the way.", ""),
    ("The first season was better imo.", ""),
    ("Source? I can't find anything about this.", ""),
    ("My cat does the exact same thing.", ""),
    # both
    ("Sorry for the late reply and thanks for the advice!", "AP"),
    ("Oops, you're right, thanks for catching that. My bad!", "AP"),
]

#: Service talk, written after the third block's work and read once.
FOURTH_BLOCK: list[tuple[str, str]] = [
    # service chat, e-mail, phone, tweets: thanks
    (
        "Thanks for your message, Aisha. I've checked the order and it left our warehouse today.",
        "A",
    ),
    ("Thank you for letting us know about the broken handle.", "A"),
    ("We appreciate you sending the photos so quickly.", "A"),
    ("Thanks for confirming, I'll book that in now.", "A"),
    ("Okay, brilliant, thank you for your help today.", "A"),
    ("That's great, thanks ever so much.", "A"),
    ("Thank you for holding, sorry it took a while.", "AP"),
    ("Many thanks for your prompt payment.", "A"),
    ("We're really grateful for your feedback on the new menu.", "A"),
    ("Thanks for choosing GreenLeaf Energy.", "A"),
    ("Superb service from Callum today, thank you!", "A"),
    ("@FastTrains huge thanks to the guard on the 17:04, he was brilliant", "A"),
    ("Your engineer was an absolute star, please pass on my thanks.", "A"),
    ("Just wanted to say a massive thank you to Lena in accounts.", "A"),
    ("Thanks so much, you've made my day.", "A"),
    ("You've been incredibly patient with me, thank you.", "A"),
    ("Lovely, cheers.", "A"),
    ("Thank you kindly, have a good afternoon.", "A"),
    ("I really appreciate you going the extra mile.", "A"),
    ("Kind regards and many thanks, Sue", "A"),
    ("Thank you for your continued support.", "A"),
    ("You're very welcome, Mr Patel.", "A"),
    ("No, thank you for being so understanding!", "A"),
    ("Can't thank you guys enough, the wedding was perfect.", "A"),
    ("Really kind of you to call back.", "A"),
    ("Appreciate it, have a good one.", "A"),
    # not thanks
    ("Thanks to the bank holiday, refunds will take an extra day.", ""),
    ("Thank God you answered, I've been trying all morning.", ""),
    ("Thanks for nothing, Vodaline.", ""),
    ("Oh great, thanks, another delay.", ""),
    ("Thanks a lot for charging me twice, really helpful.", ""),
    ("Would you like a thank-you voucher for your next stay?", ""),
    ("I'd be very grateful if you could escalate this.", ""),
    ("I appreciate this is frustrating.", ""),
    ("We appreciate that delays are stressful.", ""),
    ("You're welcome to pop into any branch.", ""),
    ("Welcome to SkyHome support, how can I help?", ""),
    ("Have a good evening.", ""),
    ("No thanks, I don't need a receipt.", ""),
    ("Please thank your colleague for me.", "A"),
    # apologies
    ("I'm so sorry for the wait, I'm here now.", "P"),
    ("Apologies, the system's being slow this morning.", "P"),
    ("That's our mistake, I've corrected the bill.", "P"),
    ("I'm sorry we didn't call you back as promised.", "P"),
    ("We sincerely apologise for the inconvenience caused.", "P"),
    ("That shouldn't have happened, I'm sorry.", "P"),
    ("It was an oversight on my part, sorry about that.", "P"),
    ("We've fallen short here and I'm sorry.", "P"),
    ("Sorry to hear the parcel was left out in the rain.", "P"),
    ("Really sorry about the mix-up with your room.", "P"),
    ("My apologies, I gave you the wrong reference.", "P"),
    ("Sorry for the trouble you've had with the app.", "P"),
    ("Sorry, my mistake, the offer ends on the 30th.", "P"),
    ("We regret the error in our earlier email.", "P"),
    ("Sorry you had to call us again about this.", "P"),
    # not apologies
    ("Sorry, could you spell your surname for me?", ""),
    ("I'm sorry, but that's outside our returns window.", ""),
    ("Sorry, we can't give out account details over the phone.", ""),
    ("Sorry to hear about your mum, take all the time you need.", ""),
    ("The driver apologised to the other passengers.", ""),
    ("You don't need to apologise, it's not your fault.", ""),
    ("I want an apology from your manager.", ""),
    ("Excuse me, is this the right number for billing?", ""),
    ("Sorry, you're breaking up.", ""),
    # neither
    ("Your refund of £24.99 has been processed.", ""),
    ("Please reply with your postcode.", ""),
    ("The engineer will text 30 minutes before arrival.", ""),
    ("Is there anything else I can help with?", ""),
]

#: Tweets, letters, chat and comments, written after the fourth block's work, read once.
FIFTH_BLOCK: list[tuple[str, str]] = [
    # thanks
    ("@QuickBank sorted in 5 mins, thank you!!", "A"),
    ("Dear Mr Hughes, thank you for your letter of 3 May.", "A"),
    ("Thanks muchly for the speedy fix.", "A"),
    ("Thx for the follow-up, much clearer now", "A"),
    ("I just want to say how grateful I am for the nurses on ward 9.", "A"),
    ("Appreciate you looking into it for me.", "A"),
    ("Thank you again for your patience with us.", "A"),
    ("Wow, you went above and beyond, thank you.", "A"),
    ("We're thankful for customers like you.", "A"),
    ("Super grateful for this sub right now.", "A"),
    ("thanks fam", "A"),
    ("Thank you, you've put my mind at rest.", "A"),
    ("Cheers for sticking with it, I know it took ages.", "A"),
    ("You're an absolute saint for listening to all that.", "A"),
    ("Thanks for the quick turnaround on the contract.", "A"),
    ("That was very thoughtful of you, thanks.", "A"),
    ("Thank you for reporting this, we'll look into it.", "A"),
    ("Big thanks to everyone who came out in the rain.", "A"),
    ("We really appreciate your understanding while the pool is closed.", "A"),
    ("Hey thanks! I'll try that tonight.", "A"),
    ("Thank you for the update, that's a relief.", "A"),
    ("Your help has been invaluable.", "A"),
    ("Thank you for all you do.", "A"),
    # not thanks
    ("Thanks for the 'help', I'm still locked out.", ""),
    ("Gee thanks, I love being on hold.", ""),
    ("Thanks for absolutely nothing, as usual.", ""),
    ("Thank goodness for spare keys.", ""),
    ("Thanks to your app update, I can't log in anymore.", ""),
    ("I appreciate it's not your fault, but I need this fixed.", ""),
    ("I appreciate you're doing your best, but this is the fourth call.", ""),
    ("Nobody ever thanks the night staff.", ""),
    ("He thanked me and then blocked me, lol.", ""),
    ("Welcome to the jungle.", ""),
    ("Best of luck with the new place!", ""),
    ("Fair play, that's a decent result.", ""),
    ("No thank you, I'm not interested.", ""),
    # apologies
    ("Sorry, that's on me, I forgot to attach it.", "P"),
    ("I'm very sorry for any distress this has caused.", "P"),
    ("Oops, sorry, typo in the price there.", "P"),
    ("We're sorry the room wasn't ready when you arrived.", "P"),
    ("Sorry about earlier, I was in a bad mood.", "P"),
    ("Please excuse the late notice.", "P"),
    ("I'm sorry for not replying, I've had a rough week.", "P"),
    ("Our mistake entirely, and we've credited your account.", "P"),
    ("I shouldn't have promised a date I couldn't keep.", "P"),
    ("So sorry for the confusion around the opening hours.", "P"),
    ("Sorry to hear the delivery was late again.", "P"),
    ("Apologies if I sounded short on the phone.", "P"),
    ("Sorry I didn't catch your call earlier.", "P"),
    ("Sorry, I sent that to the wrong thread.", "P"),
    ("I regret that we couldn't resolve this on your first visit.", "P"),
    # not apologies
    ("Sorry, did you say Tuesday or Thursday?", ""),
    ("I'm sorry to hear about your diagnosis.", ""),
    ("Sorry, but the promotion ended last week.", ""),
    ("I'm sorry, but I'm not able to issue a refund on sale items.", ""),
    ("He's not even sorry.", ""),
    ("They should apologise to every passenger.", ""),
    ("Please stop apologising, it's fine.", ""),
    ("Excuse me, coming through!", ""),
    ("I feel sorry for anyone stuck on that motorway.", ""),
    ("Sorry seems to be the hardest word.", ""),
    # both / neither
    ("Thanks for your patience, and sorry again for the mix-up.", "AP"),
    ("Sorry, and thank you for flagging it.", "AP"),
    ("Your return label is attached.", ""),
    ("What's the best number to reach you on?", ""),
    ("We're open until 8 tonight.", ""),
    ("Lmao this is so true.", ""),
]

#: All the styles, written after the fifth block's work and read once.
SIXTH_BLOCK: list[tuple[str, str]] = [
    # thanks
    ("Thank you for the lovely flowers, they brightened up the whole office.", "A"),
    ("thanks dude, that's a lifesaver", "A"),
    ("Ahh thank you!! I've been looking for this for ages", "A"),
    ("Much appreciated, you've saved me a headache.", "A"),
    ("Thanks for your quick response, Marta.", "A"),
    ("Thank you for the warm welcome on my first day.", "A"),
    ("We want to thank you for being with us for five years.", "A"),
    ("Thanks heaps, that's sorted.", "A"),
    ("Cheers buddy, I'll give it a go.", "A"),
    ("Really appreciate your honesty about the delay.", "A"),
    ("Thank you to whoever handed in my purse.", "A"),
    ("Thanks for the chat, it really helped.", "A"),
    ("I'm very grateful for your help with the forms.", "A"),
    ("Thanks, you've been really helpful today.", "A"),
    ("Thanks for checking in on me.", "A"),
    ("Thank you for the reminder, I'd completely forgotten.", "A"),
    ("Grateful to the stranger who changed my tyre.", "A"),
    ("Thanks for sharing, this is gold.", "A"),
    ("Thanks guys, you're the best!", "A"),
    ("Thank you for flagging the issue with the app.", "A"),
    ("You're a legend for sorting the tickets.", "A"),
    # not thanks
    ("Thanks for wasting my afternoon.", ""),
    ("Yeah, thanks a lot, now I'm even more confused.", ""),
    ("Thank heavens for dry shampoo.", ""),
    ("Thanks to the heatwave, the trains are all delayed.", ""),
    ("I appreciate how busy the holidays are for you.", ""),
    ("I'd appreciate a straight answer.", ""),
    ("My manager took all the credit and never thanked the team.", ""),
    ("Good luck getting through to them on a Monday.", ""),
    ("Hope you feel better soon!", ""),
    ("Nice one, that's a great catch.", ""),
    ("No thanks, just the bill please.", ""),
    # apologies
    ("Sorry about that, I'll get it fixed today.", "P"),
    ("I'm so sorry, I gave you the wrong time.", "P"),
    ("Sorry for the inconvenience, your new card is on its way.", "P"),
    ("Whoops, sorry, that was meant for someone else.", "P"),
    ("We're sorry to hear your stay didn't meet expectations.", "P"),
    ("Please accept our apologies for the missed call.", "P"),
    ("I'm sorry I was short with you earlier.", "P"),
    ("Sorry, totally my fault, I forgot to press send.", "P"),
    ("We should have told you about the roadworks, sorry.", "P"),
    ("Apologies for the double email.", "P"),
    ("sorry for spamming the chat", "P"),
    ("I owe the whole sub an apology, I was wrong about the release date.", "P"),
    ("Sorry to hear your order arrived damaged.", "P"),
    ("Really sorry for the slow reply.", "P"),
    # not apologies
    ("Sorry for your loss, sending love.", ""),
    ("Sorry, who am I speaking to?", ""),
    ("Sorry, but that item is non-refundable.", ""),
    ("She won't say sorry to anyone.", ""),
    ("Excuse me, do you work here?", ""),
    ("I feel sorry for the staff having to deal with that.", ""),
    ("No need to apologise, these things happen.", ""),
    ("He demanded an apology from the referee.", ""),
    # both / neither
    ("Sorry for the hold-up and thanks for waiting.", "AP"),
    ("Apologies for the confusion, and thank you for your patience.", "AP"),
    ("The next train is at 14:20.", ""),
    ("Can you confirm the last four digits?", ""),
    ("Ha, my dog does the same thing.", ""),
    ("We've sent a new password to your email.", ""),
]

#: (block, flag) -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("first", "A"): (0.90, 0.97, 0.94),
    ("first", "P"): (0.95, 0.97, 0.96),
    ("second", "A"): (0.93, 0.97, 0.95),
    ("second", "P"): (0.95, 0.97, 0.96),
    ("third", "A"): (0.92, 0.97, 0.95),
    ("third", "P"): (0.92, 0.97, 0.95),
    ("fourth", "A"): (0.93, 0.97, 0.95),
    ("fourth", "P"): (0.95, 0.97, 0.97),
    ("fifth", "A"): (0.95, 0.97, 0.97),
    ("fifth", "P"): (0.95, 0.97, 0.97),
    ("sixth", "A"): (0.93, 0.97, 0.95),
    ("sixth", "P"): (0.95, 0.97, 0.97),
}
BLOCKS = {
    "first": FIRST_BLOCK,
    "second": SECOND_BLOCK,
    "third": THIRD_BLOCK,
    "fourth": FOURTH_BLOCK,
    "fifth": FIFTH_BLOCK,
    "sixth": SIXTH_BLOCK,
}


@pytest.mark.parametrize("flag", BEHAVIOURS)
def test_each_block_keeps_its_floors(flag: str) -> None:
    for name, block in BLOCKS.items():
        assert_floor(block, flag, FLOORS[name, flag])


def test_the_blocks_are_labelled_and_unique_with_both_kinds_of_row() -> None:
    rows = [row for block in BLOCKS.values() for row in block]
    assert len({text for text, _ in rows}) == len(rows)
    assert all(set(flags) <= set(BEHAVIOURS) for _, flags in rows)
    shares = {
        (name, flag): sum(flag in flags for _, flags in block) / len(block)
        for name, block in BLOCKS.items()
        for flag in BEHAVIOURS
    }
    # enough positives, and enough look-alikes
    assert all(0.2 <= share <= 0.45 for share in shares.values()), shares


def _shows(text: str, flag: str) -> bool:
    return bool(detect(text, "", behaviours=(BEHAVIOURS[flag],)))


#: Thanks in the forms this round added, each read alone.
THANKS = {
    "a saving the helper made": "You saved me a fortune on that repair.",
    "cheers for a fix": "Cheers, that's sorted it.",
    "cheers closing a sentence": "Nice one, cheers.",
    "good of you": "That's very good of you.",
    "nice of you, inside a sentence": "It was nice of you to ask.",
    "could not have without you": "Wouldn't have passed the audit without you.",
    "bless your heart for": "Bless your heart for checking on me.",
    "thanks in advance, clipped": "Any tips? TIA!",
    "praise of the whole team": "You guys are amazing, the kit arrived a day early.",
    "obliged to you": "Much obliged to you, Sergeant.",
    "what the helper has been": "You've been my rock these past weeks.",
    "ta for a favour": "Ta for the lift.",
    "thanks to the helper's tips": "Thanks to your tips the cake came out perfect.",
    "thanks softening a refusal": "I appreciate the offer, but I'll pass.",
}

#: Look-alikes of those forms, and sarcasm and talk about thanks.
NOT_THANKS = {
    "a saving that never happened": "It would have saved me a trip if you'd said so.",
    "one's own saving": "I saved my receipts, luckily.",
    "a question about saving": "Have you saved my card details?",
    "thanks to an insulted listener": "Thanks a lot, Einstein.",
    "thanks for a wait": "Thanks for keeping me on hold for an hour.",
    "thanks after a comma, to an insult": "Oh thanks, Sherlock.",
    "thanks for a change nobody asked for": "Thanks for moving my appointment without asking me.",
    "ta for now": "Ta for now!",
    "thanks for something, then an insult": "Thanks for the lecture, genius.",
    "understanding a feeling": "I appreciate you're worried about the deadline.",
    "understanding what a delay is like": "We appreciate that the wait has been difficult.",
    "thanks, then the next failure": "Oh lovely, thanks, yet another cancellation.",
    "thanks to a change that broke things": "Thanks to your new website I can't find anything.",
    "thanks for help in scare quotes": "Thanks for the 'support'.",
    "a concession before a complaint": "I appreciate you're busy, but I've waited a week.",
    "understanding how hectic it is": "I appreciate how hectic the sale weekend is.",
    "thanks never said": "She never once said thank you.",
    "sarcastic congratulations": "Congrats on becoming the rudest airline on Twitter.",
    "kind of as a hedge": "That's kind of the problem.",
    "nice of you, opening a jibe": "Nice of you to show up at last.",
}

#: An apology said with "apologising".
APOLOGIES = {
    "apologising for a delay": "Apologising for the delay, we had a power cut.",
    "I'm apologising": "I'm apologising again, this time for the noise.",
    "a missed message": "Sorry I didn't catch your message yesterday.",
}

#: "Excuse me" calling someone, a question about an apology, advice to apologise.
NOT_APOLOGIES = {
    "excuse me to a waiter": "Excuse me, waiter!",
    "sorry for what": "Sorry for what?",
    "advice to apologise": "You should apologise to her.",
    "owe you one": "I owe you one, that's the printer working again.",
    "apologising as talk": "She kept apologizing to the waiter.",
    "an apology reported, to others": "The pilot apologised to everyone on board.",
    "a bad line": "Sorry, you're cutting out.",
    "softening a refusal": "Sorry, we can't share that over email.",
    "a refusal after 'but'": "I'm sorry, but I'm unable to change the date.",
    "no remorse": "They're not even sorry about it.",
    "a term that says no": "Sorry, but the ticket was not transferable.",
    "sorry as not enough": "Sorry doesn't cut it.",
}


@pytest.mark.parametrize("text", THANKS.values(), ids=THANKS.keys())
def test_thanks_in_these_forms_is_heard(text: str) -> None:
    assert _shows(text, "A")


@pytest.mark.parametrize("text", NOT_THANKS.values(), ids=NOT_THANKS.keys())
def test_these_are_not_thanks(text: str) -> None:
    assert not _shows(text, "A")


@pytest.mark.parametrize("text", NOT_APOLOGIES.values(), ids=NOT_APOLOGIES.keys())
def test_these_are_not_apologies(text: str) -> None:
    assert not _shows(text, "P")


@pytest.mark.parametrize("text", APOLOGIES.values(), ids=APOLOGIES.keys())
def test_these_are_apologies(text: str) -> None:
    assert _shows(text, "P")
