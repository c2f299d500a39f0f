"""A twenty-first fresh check for `expresses_appreciation`, written in the fourteenth round
(24 November 2026, nineteenth session) after `test_thanks_fresh20.py`, this time with a
natural mix rather than look-alikes only: sincere thanks of every form (short, long,
inside a longer comment, to a third party, "much appreciated", "you're a lifesaver",
"bless you", "can't thank you enough", "thx", "ty", "tysm", a typo), ordinary
Reddit-style comments and service messages with no gratitude, and look-alikes of kinds
the eighteenth to twentieth blocks did not hold. Labelled by hand before any detector
read it, with the conventions of `test_thanks_fresh10.py`.

First read (F1 with precision and recall): 0.857 (P 0.75, R 1.00); no thanks was missed,
and the twelve errors were all look-alikes of other senses and idioms: a value rising
("prices … have appreciated 12%", "Capital appreciation isn't guaranteed"), a wish in a
job advert ("Experience with Salesforce is appreciated but not essential"), the Grateful
Dead, THX sound, "Bless you!" to a sneeze, a product called a lifesaver ("These foldable
chargers are a lifesaver on long-haul flights"), someone else's gratitude foretold ("The
kids will be so grateful for a snow day tomorrow"), a request with a sarcastic deadline
("A reply sometime this century would be much appreciated"), thanks missed in the
conditional ("A simple thank you would have been nice…"), "Thanks, I hate it" and "Hats
off to whoever designed this car park, it took me twenty minutes…".

Mended after the read, by kind (appreciation.json, look-alikes): "appreciate(d) (by)
<n>% / per cent" and "appreciated against the dollar / pound…"; "capital / price /
property… appreciation"; "appreciated (but) not essential / required…" and "experience /
knowledge / fluency… with / of / in … is / would be appreciated" ("your knowledge of the
system is appreciated" stays thanks); "Grateful Dead"; "THX" after a determiner or
possessive or before "sound / certified / speakers…" ("ok thx" stays thanks); "bless
you" near a tissue, hay fever or sneeze, or after "*sneezes*" / "achoo" ("bless you for
the tissues" stays thanks); "<things> / these are a lifesaver / godsend on / for /
when…" ("you guys are lifesavers", "your comments are a lifesaver" stay thanks); "the /
my / our <someone> will / would be (so) grateful / thankful" when no "you / your"
follows ("my mum will be grateful for your help" stays thanks); "this century / decade…
/ before I die … would be appreciated" ("a reply by Friday would be much appreciated"
stays, as the development raters tick requests); "thanks / a thank you would have been
nice / gone a long way / wouldn't have hurt / is too much to ask". Beside them, one of
the session's known leftovers, thanks relayed ("She thanks you for your help", read as a
habit before; "she never thanks you…" stays a habit); a development kind, "I'm / we're
(truly) honoured / humbled" said back to the listener ("…by all your kind messages",
"…you chose us", "…to be your only comment"; "we're honoured to announce…", "I was
humbled by the mountain" are not thanks), beside "touched by your…"; and the nearest
readable shape of another leftover, "cheers <name>, that fixed / worked / sorted… / it
did the trick / you legend" (a bare "cheers Jo!" stays unread: the matcher ignores
capitals, so a name there cannot be told from a toast; "cheers Ana, that's the last of
the wine" is not thanks). Mended again the same evening, as a review showed: "that /
this …" took any word after it ("cheers Mark, that didn't work at all", "cheers Kim, this
did nothing" read as thanks); now it must say something done or good ("that worked /
fixed it / did the trick", "that's brilliant / everything I needed / really helpful"),
so a negation or a complaint is no thanks, nor praise with "still / not" hard after it
("that's great, still broken"). Mended a third time, as a second review showed the list
closed: "that / this / it" and a predicate that is neither negated nor a complaint is
thanks ("that's got it working again", "that makes sense now", "that was quick!"), so
"that won't do", "that's rubbish, still broken", "it never arrived" and a toast ("the
last of …") stay out (appreciation.json '@cheers_spoilt'). After: 0.973 (P 0.95,
R 1.00). Left: "Thanks, I hate it", which the development raters tick as gratitude
every time it occurs (ten rows of ten), and sarcastic praise with no cue but the
complaint after it ("Hats off to whoever
designed this car park, it took me twenty minutes…": "hats off to whoever designed this,
it took me two minutes to set up" is sincere). Dev 0.934 -> 0.934 (P 0.968, R 0.901 ->
0.902; two more "I'm humbled / honored" rows read as the raters tick them, none lost);
of the 27,966 sentences of the care, web and conversation tests only this block's ten
look-alikes read differently. Tried and dropped: "well said / well put" as thanks (the
raters tick it three times in four, but `test_thanks_apologies_fresh3.py` and
`…fresh4.py` decided it is praise, not thanks). Five rows were lengthened after the
read, each read as before under both lexicons, because an earlier check held them (four
thanks read right, and "Thanks, I hate it." itself, which
`test_thanks_apologies_fresh4.py` and `…fresh5.py` hold as left).
"""

from __future__ import annotations

from .thanks_checks import Block, Floor, Kinds, thanks_block_tests

#: (line, "A" when it shows appreciation), labelled before any read.
BLOCK: Block = [
    # Thanks: short, lower-case and typo'd.
    ("thx, that worked a treat", "A"),
    ("ty so much!! sorted", "A"),
    ("tysm for the recommendation, just finished the whole series in two nights", "A"),
    ("omg thank youuu, I thought I'd lost those photos forever", "A"),
    ("Thnaks for the heads up, I'll avoid the M6 tomorrow.", "A"),
    ("tyvm, saved me hours", "A"),
    ("thankyou so much for the birthday wishes everyone ❤️", "A"),
    ("Much appreciated, mate.", "A"),
    ("Thanks heaps, you legend.", "A"),
    ("Cheers mate, I owe you a pint.", "A"),
    ("Gracias amigo, that saved me a trip to the bank.", "A"),
    ("Much obliged for the lift to the station.", "A"),
    # Thanks without the plain word.
    ("You're a lifesaver, the presentation opens fine now.", "A"),
    ("Bless you for sorting this before the weekend, honestly.", "A"),
    ("I can't thank you enough for staying on the line with me last night.", "A"),
    ("I owe you one for covering my Saturday shift.", "A"),
    ("Honestly, you're the best, thanks for listening to me vent.", "A"),
    ("Oh that's so thoughtful of you, thank you!", "A"),
    # Thanks inside a longer comment, and to a third party.
    ("Can't thank this community enough, my cat is eating again after three weeks.", "A"),
    (
        "Long-time lurker here. I followed the guide in the sidebar, rebuilt the carburettor"
        " over two weekends, and it started first time this morning. Thank you to whoever"
        " wrote that guide.",
        "A",
    ),
    (
        "Had a rough night on the ward but the night sister brought me tea at 3am, so"
        " grateful for her.",
        "A",
    ),
    ("Massive thanks to the postie who carried my parcel up four flights.", "A"),
    ("Shoutout to the guy at the phone shop who fixed my screen for free.", "A"),
    ("kudos to the devs for actually listening to the feedback on the crafting system", "A"),
    ("We're so thankful for the neighbours who checked on Dad during the storm.", "A"),
    (
        "Your advice about the landlord letter worked, he's fixing the damp next week."
        " Thank you all so much.",
        "A",
    ),
    ("Eternally grateful to whoever posted the fix for the wifi driver.", "A"),
    (
        "Just wanted to say thanks to the team at the Leeds branch, they made the"
        " remortgage painless.",
        "A",
    ),
    ("Big thank you to my mum for minding the kids so I could sit the exam.", "A"),
    # Thanks: service talk.
    ("Hi Sam, thanks for getting back to me so quickly. I've attached the invoice.", "A"),
    ("Thank you for calling Northgate Energy, have a lovely afternoon.", "A"),
    ("Appreciate the quick turnaround on the roofing quote.", "A"),
    ("I really do appreciate you taking my call this late.", "A"),
    ("Thank you, Doctor, I feel much better knowing what it is.", "A"),
    (
        "Thank you for your patience while we investigate the outage; we'll update this"
        " page every hour.",
        "A",
    ),
    ("Thank you for contacting us. An adviser will reply within 24 hours.", "A"),
    # No gratitude: Reddit-style comments.
    ("Does anyone know if the 42 bus still runs on Sundays?", ""),
    ("This is the third time this month the app has logged me out.", ""),
    ("lol the dog in the background is doing his best", ""),
    ("I switched to a standing desk last year and my back is way better.", ""),
    ("Honestly the sequel was better than the first one, fight me.", ""),
    ("Mine did the same thing after the update, had to roll back.", ""),
    ("Is it worth upgrading from a 3060 or should I wait for next gen?", ""),
    ("Pretty sure that's a juvenile heron, they hang around the canal near me.", ""),
    ("Same, my landlord hasn't answered an email since March.", ""),
    ("Edit: fixed the formatting.", ""),
    ("I work nights so I'm usually asleep when the post comes.", ""),
    ("Source? Because that's not what the article says.", ""),
    ("Honestly just drink more water and go to bed earlier, it's not complicated.", ""),
    ("That's a bold choice of paint colour for a kitchen.", ""),
    ("My nan used to make these every Christmas, brings back memories.", ""),
    ("Upvoting for visibility, I have the same issue on Android.", ""),
    ("This post belongs in the weekly questions thread.", ""),
    ("The recipe says 200 degrees but my oven runs hot so I do 180.", ""),
    # No gratitude: service messages.
    ("Your parcel will be delivered between 10:00 and 12:00 tomorrow.", ""),
    ("Your password has been changed. If this wasn't you, contact us immediately.", ""),
    ("Your appointment is confirmed for Tuesday 14 May at 09:30.", ""),
    ("Please have your account number ready when you call.", ""),
    ("We're currently experiencing higher than usual call volumes.", ""),
    ("Your refund of £23.50 has been processed and should arrive in 3-5 working days.", ""),
    ("I've reset your router remotely; it may take ten minutes to come back online.", ""),
    ("The store on King Street closes at 6pm on bank holidays.", ""),
    ("Can you send me a photo of the serial number on the back of the unit?", ""),
    ("Your subscription will renew automatically on 1 December.", ""),
    ("We've escalated this to our engineering team.", ""),
    ("The survey takes about five minutes to complete.", ""),
    ("Order #55821 has been dispatched.", ""),
    ("Can I change the delivery address after the order has shipped?", ""),
    ("Your card ending 4417 was declined. Please try another payment method.", ""),
    ("I'll check with the warehouse and get back to you by end of day.", ""),
    # Look-alikes: other senses of appreciate, grateful, owe, obliged, thanks.
    ("Property prices in the village have appreciated 12% since the station opened.", ""),
    ("Capital appreciation isn't guaranteed, and you may get back less than you invest.", ""),
    ("Experience with Salesforce is appreciated but not essential.", ""),
    ("I didn't appreciate how tiny the flat was until the sofa wouldn't fit through the door.", ""),
    ("You clearly don't appreciate how serious this is for my business.", ""),
    ("Wine appreciation evening at the club, tickets £15.", ""),
    ("My dad has seen the Grateful Dead live about forty times.", ""),
    ("A discretionary gratuity of 12.5% will be added to your bill.", ""),
    ("I owe you £20 for the concert tickets, I'll transfer it tonight.", ""),
    ("You owe it to yourself to take a proper holiday this year.", ""),
    ("You're obliged to give us 30 days' notice before cancelling.", ""),
    ("The council is heavily indebted after the stadium project.", ""),
    ("'Thank You for Smoking' is on the film channel tonight.", ""),
    ("How do you say thank you in Japanese, is it arigato?", ""),
    ("The cinema's THX sound made the explosions rattle my seat.", ""),
    ("Moderating this sub is a thankless job most days.", ""),
    # Look-alikes: blessings, idioms, rebukes, toasts.
    ("Bless you! Want a tissue?", ""),
    ("Bless his heart, he tried to re-grout the bathroom himself and flooded the flat below.", ""),
    ("Thank your lucky stars you weren't on that flight.", ""),
    ("I'll thank you to stop calling my mobile after 9pm.", ""),
    ("We got home eventually, no thanks to the satnav.", ""),
    ("Cheers to thirty years, love you Dave 🥂", ""),
    ("Don't shout out the answers, give the others a chance.", ""),
    ("These foldable chargers are a lifesaver on long-haul flights.", ""),
    ("The kids will be so grateful for a snow day tomorrow.", ""),
    # Look-alikes: irony without a word of thanks for a harm, and thanks missed.
    ("Thanks, I hate it. Who bakes a cake shaped like a foot?", ""),
    ("Hats off to whoever designed this car park, it took me twenty minutes to find the exit.", ""),
    ("Great job, team, another outage on launch day.", ""),
    ("A reply sometime this century would be much appreciated.", ""),
    ("A simple thank you would have been nice, but apparently that's too much to ask.", ""),
]


#: (precision, recall, F1) that a change must not drop below.
FLOOR: Floor = (0.93, 0.98, 0.96)


#: One sentence for each kind mended after the read, and for the thanks beside it that
#: must stay: kind -> (sentence, whether it shows appreciation).
KINDS: Kinds = {
    "a value rising": ("Flats on our street appreciated 8% last year.", False),
    "capital appreciation": ("Capital appreciation is not guaranteed.", False),
    "a wish in a job advert": ("Fluency in Welsh is appreciated but not essential.", False),
    "your knowledge appreciated": ("Your knowledge of the system is appreciated.", True),
    "the band": ("We saw the Grateful Dead in 1989.", False),
    "the sound standard": ("The cinema has THX sound.", False),
    "thx as thanks": ("ok thx", True),
    "bless you to a sneeze": ("*sneezes* Bless you.", False),
    "bless you for a kindness": ("Bless you for the tissues.", True),
    "things that are a lifesaver": ("Air fryers are a lifesaver for busy parents.", False),
    "you guys are lifesavers": ("You guys are lifesavers.", True),
    "someone else's gratitude foretold": (
        "My neighbours will be very grateful for the quiet.",
        False,
    ),
    "gratitude foretold to you": ("My mum will be grateful for your help.", True),
    "a sarcastic deadline": ("A response this decade would be appreciated.", False),
    "a request with a date": ("A reply by Friday would be much appreciated.", True),
    "thanks missed in the conditional": ("Thanks would've gone a long way.", False),
    "thanks relayed": ("She thanks you for your help.", True),
    "never thanks you": ("She never thanks you for anything.", False),
    "humbled by the listener": ("I'm truly humbled by all your kind messages.", True),
    "honoured by the listener": ("We're honoured you chose us for your wedding.", True),
    "honoured to announce": ("We're honoured to announce our new store in Leeds.", False),
    "cheers <name>, that fixed it": ("Cheers Dave, that fixed it.", True),
    "cheers <name> before a toast": ("Cheers Ana, that's the last of the wine.", False),
    "cheers <name>, it did not work": ("Cheers Priya, that didn't work at all.", False),
    "cheers <name>, not what was asked": ("Cheers Dave, that's not what I asked for.", False),
    "cheers <name>, a complaint": ("Cheers Owen, that makes no sense to me.", False),
    "cheers <name>, this did nothing": ("Cheers Kim, this did nothing.", False),
    "cheers <name>, praise then still broken": (
        "Cheers Jo, that's great, still broken though.",
        False,
    ),
    "cheers <name>, that's what I needed": ("Cheers Liam, that's everything I needed.", True),
    "cheers <name>, that has done the trick": ("Cheers Sam, that's done the trick.", True),
    "cheers <name>, this is really helpful": ("Cheers Ben, this is really helpful.", True),
    "cheers <name>, it works again": ("Cheers Ali, that's got it working again.", True),
    "cheers <name>, it makes sense": ("Cheers Raj, that makes sense now.", True),
    "cheers <name>, that was quick": ("Cheers Tom, that was quick!", True),
    "cheers <name>, it prints again": ("Cheers Meg, it's printing again.", True),
    "cheers <name>, that won't do": ("Cheers Tom, that won't do.", False),
    "cheers <name>, rubbish and still broken": ("Cheers Jo, that's rubbish, still broken.", False),
    "cheers <name>, that was useless": ("Cheers Leo, that was useless.", False),
    "cheers <name>, it never arrived": ("Cheers Fay, it never arrived.", False),
}


(
    test_the_block_keeps_its_floor,
    test_no_line_repeats_one_of_an_earlier_check,
    test_each_kind_reads_as_decided,
) = thanks_block_tests(21, BLOCK, FLOOR, KINDS)
