"""A fifth fresh check for `expresses_appreciation` (A) and `apologises` (P), written in
the fifth round (23 November 2026, third session), half in the voice of Reddit comments
and half in service talk (chat, e-mail, phone, tweets, reviews), each block labelled by
hand before any detector read it.

Conventions (those of the earlier checks, with the kinds this round decided): thanks
wherever it is meant, also relayed to a third party's work ("can't thank them enough"),
and praise of the person addressed for what they did ("you made my day", "you saved the
day", "you're a real one", "your advice helped a ton", "I owe ya one", "how can I ever
repay you"); "this helped a lot" counts when it opens a reply, not mid-story ("I iced it
and that helped a lot"). Not thanks: relief ("thank god"), cause ("thanks to the storm",
and now "thanks to inflation" with no article), sarcasm (an eye-roll emoji, "..., not",
"very mature" after the thanks, "thanks for explaining nothing", a thanks for a failure
that also cancels the rest of its sentence: "thanks for the spoiler, really appreciate
it"), thanks that only softens a refusal like "no thanks" ("nah, thanks", "I'll pass,
thanks", "thanks, but no"), talk about thanks ("a thank-you card", "he didn't even thank
me", "remember to say thank you", "she was so thankful", "never appreciated", "I wish
people were more grateful") and requests ("I'd appreciate it if someone answered").
Apologies now also heard with "should've" and "that one's on me"; not an apology when
fault is denied ("it's not my fault"), the matter is passed on ("sorry, not my
department") or someone else owes it ("he owes you an apology").

Kinds left as they were, because the development raters read them the other way and a
change would cost development rows: "congrats" (ticked 82 times in 110), "thanks to"
a named cause ("thanks to Sony"), "thanks for the downvote" without a jibe, "sorry, but
your take is wrong" (9 of 10 ticked), "I'm sorry your landlord is a creep" (sympathy the
raters tick). "Good luck", "glad", "welcome" and "thank god", the bulk of the remaining
development misses, stay out: they are not thanks.

First reads (A appreciation, P apology; F1 with precision and recall), and the read of
the round's starting rules (commit a6c027c) of the same block:

- first block (74 rows): A 0.933 (P 0.92, R 0.95), P 1.000; the same by the starting
  rules. After: A 1.000, P 1.000.
- second block (64 rows): A 0.933 (P 0.90, R 0.97), P 0.880 (P 0.79, R 1.00); starting
  rules A 0.900 (P 0.87, R 0.93), P 0.880. After: A 0.983, P 0.917.
- third block (65 rows): A 0.892 (P 0.81, R 1.00), P 1.000; starting rules A 0.879
  (P 0.78, R 1.00), P 1.000. After: A 0.935, P 1.000.
- fourth block (64 rows): A 0.862 (P 0.83, R 0.89), P 1.000; starting rules the same.
  After: A 1.000, P 1.000.
- fifth block (62 rows), written after all of that: A 0.915 (P 0.84, R 1.00), P 0.917
  (P 0.85, R 1.00), exactly as the starting rules read it: nothing the round added was
  needed by this block. From its errors: "the manager didn't even thank the staff"
  (withheld thanks to anyone named), "sorry to hear you're going through a divorce"
  (sympathy), "sorry, but we don't price match" (the company's practice as a shield).
  After: A 0.931, P 1.000. Left in: "thanks, I hate it" (the raters tick it every time),
  "thanks for the nightmares, OP", "don't thank me, it was nothing", a "bless you" after
  a sneeze.

Two rows of the third block were corrected after its read: "Yeah I messed up there,
thanks for correcting me" was labelled P only by a slip (it thanks too), and the scare
quotes of 'Thanks for your "help"' had been doubled in the draft. Rows still wrong are
left in on purpose: "could you pass my thanks on to the night team?" (labelled not thanks
like the brief's "say thanks to your mum", though it carries the speaker's own thanks;
no exclusion was added, since "please pass on my thanks to Sarah" in an e-mail is
thanks to most readers), "appreciate the sentiment but it's wrong" (a concession; "I
appreciate the offer, but" stays thanks), "congrats on the promotion", and the two
apology look-alikes above.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .test_thanks_apologies_fresh2 import BEHAVIOURS, assert_floor

#: (line, the behaviours it shows: A appreciation, P apology), labelled before any read.
FIRST_BLOCK: list[tuple[str, str]] = [
    ("ty, that fixed it", "A"),
    ("thx for the tip, saved me a ton of time", "A"),
    ("Much obliged, stranger.", "A"),
    ("you're a lifesaver, I was about to give up on this mod", "A"),
    ("This helped a lot, bookmarking it.", "A"),
    ("Bless you for posting the full recipe instead of a 20 minute video.", "A"),
    ("Props to OP for actually following up with the solution.", "A"),
    ("Kudos to the mods for cleaning up the spam so fast.", "A"),
    ("I owe you one, seriously.", "A"),
    ("You made my day with this comment 😂", "A"),
    ("So grateful for this sub, you guys talked me off a ledge last year.", "A"),
    ("Cheers mate, works a treat.", "A"),
    ("Just wanted to say thank you to everyone who replied, I read every single one.", "A"),
    ("THANK YOU. I've been looking for this for years.", "A"),
    ("thank you thank you thank you 🙏", "A"),
    ("tysm!! 💕", "A"),
    ("Appreciate it, man.", "A"),
    ("Wow, this is exactly what I needed, thanks OP.", "A"),
    ("Lol fair enough, thanks for the explanation.", "A"),
    ("I'm genuinely thankful people like you exist on here.", "A"),
    ("Thanks but no thanks, I'll stick with my old phone.", ""),
    ("No thanks, I've seen enough of that show.", ""),
    ("Thank god it wasn't the transmission.", ""),
    ("Thanks to the storm we lost power for two days.", ""),
    ("He thanked me and then ghosted me for a month.", ""),
    ("Thanks for nothing, reddit.", ""),
    ("Oh wow, thanks for the spoiler, really appreciate it.", ""),
    ("Got a thank-you card from my old student today and teared up.", ""),
    ("Props were amazing in that film, the practical effects hold up.", ""),
    ("My grandma always said you should be grateful for what you have.", ""),
    ("Appreciate the irony of this being posted from an iPhone.", ""),
    ("My bad, I read that as 2015 not 2051.", "P"),
    ("That's on me, I should have checked the sidebar first.", "P"),
    ("I messed up the math, it's actually closer to 40%.", "P"),
    ("I shouldn't have snapped at you earlier, long day.", "P"),
    ("I regret saying that, it was uncalled for.", "P"),
    ("Sorry to hear about your dog, he looked like a good boy.", ""),
    ("I'm sorry you feel that way, but the rules are clear.", ""),
    ("Sorry not sorry, pineapple belongs on pizza.", ""),
    ("He apologised to the whole team in the meeting.", ""),
    ("Thanks so much for sorting the refund, really appreciate it.", "A"),
    ("Hi Sam, thank you for getting back to me so quickly.", "A"),
    ("We appreciate your patience while our engineers work on the outage.", "A"),
    ("Thank you for choosing Harbour Hotels, we hope to welcome you again soon.", "A"),
    ("Thanks for flagging this, I've passed it to the billing team.", "A"),
    ("@QuickRail you're a star, the lost property office found my laptop!", "A"),
    ("Many thanks for the detailed photos, they make the claim much easier.", "A"),
    ("Brilliant, thank you, that's everything I needed.", "A"),
    ("I just wanted to say how grateful I am for the help your team gave my father.", "A"),
    ("Thank you for bearing with us today.", "A"),
    ("Really appreciate you staying late to finish the install.", "A"),
    ("Thanks for the heads-up about the price change.", "A"),
    ("5 stars, the staff were lovely and so helpful, thank you all!", "A"),
    ("cheers for the quick fix guys", "A"),
    ("Thanks again and have a lovely weekend.", "A"),
    ("No thank you, I don't need the extended warranty.", ""),
    ("Thanks for nothing, three weeks and still no refund.", ""),
    ("Thanks for cancelling my flight with two hours' notice, great service.", ""),
    ("Thank goodness the package arrived before the party.", ""),
    ("Thanks to the strike, my delivery is now a week late.", ""),
    ("The manager thanked us for waiting, but we'd already left.", ""),
    ("I would be grateful if you could send me the invoice again.", ""),
    ("Please hold while I check that for you.", ""),
    ("Your order has been dispatched and should arrive tomorrow.", ""),
    ("Apologies, I gave you the wrong tracking number earlier.", "P"),
    ("That's on us, the courier should have left a card.", "P"),
    ("We got this wrong and I'm sorry for the hassle.", "P"),
    ("I'm so sorry for the delay in replying to your email.", "P"),
    ("My mistake, the store opens at 9 not 10.", "P"),
    ("I'm sorry, but that's our policy for opened items.", ""),
    ("Sorry to hear you've been unwell, get well soon.", ""),
    ("Sorry, could you repeat the order number?", ""),
    ("Sorry for the wait, and thanks for holding.", "AP"),
    ("Thank you for your patience, and apologies again for the mix-up.", "AP"),
]

SECOND_BLOCK: list[tuple[str, str]] = [
    ("Okay this is the most useful thing I've read all week, cheers OP", "A"),
    ("holy crap it worked, THANK YOU", "A"),
    ("Huge thanks to whoever made the megathread, saved me so much scrolling.", "A"),
    ("ty kind redditor 🙏", "A"),
    ("I was about to buy the wrong model, you just saved me 200 bucks.", "A"),
    ("Dude you're a legend, thanks for the link.", "A"),
    ("Just here to say thank you for the daily threads, they keep me going.", "A"),
    ("Appreciate the detailed write-up, genuinely.", "A"),
    ("Thank you so so much for this, I've been anxious all week.", "A"),
    ("Take my upvote and my gratitude.", "A"),
    ("thanks for replying so quickly, it means a lot", "A"),
    ("Massive props to the volunteers who cleaned up the beach.", "A"),
    ("Grateful for every one of you in this sub ❤️", "A"),
    ("omg tysm, my cat is eating again", "A"),
    ("Your comment helped me more than you know.", "A"),
    ("Bless you, kind soul.", "A"),
    ("Thanks, Captain Obvious.", ""),
    ("Thank god that's over.", ""),
    ("thank fuck it's Friday", ""),
    ("Thanks to this sub I now own eleven houseplants and no money.", ""),
    ("My dad thanked the waiter like five times, it was awkward.", ""),
    ("Remember to say thank you to the bus driver, kids.", ""),
    ("Oh great, thanks for ruining the ending for everyone.", ""),
    ("I'm not grateful for the way he treated me.", ""),
    ("You should be grateful you even have a job.", ""),
    ("This is the kind of content I come here for.", ""),
    ("Props department did an amazing job on the sets.", ""),
    ("No thanks, I'd rather walk.", ""),
    ("My bad, I mixed up the two actors.", "P"),
    ("Sorry guys, I totally misread the title.", "P"),
    ("I was a jerk to you earlier and I'm sorry.", "P"),
    ("Ugh, I messed that up, the correct link is in the edit.", "P"),
    ("Apologies to the OP, I was out of line.", "P"),
    ("I'm sorry your landlord is such a creep.", ""),
    ("Sorry but your take is just wrong.", ""),
    ("He owes you an apology, not the other way round.", ""),
    (
        "Thank you for contacting Northway Energy, my name is Dee and I'll be helping you today.",
        "A",
    ),
    ("Thanks for your patience, I've now applied the credit to your account.", "A"),
    ("We really appreciate you letting us know about the faulty meter.", "A"),
    ("Thank you, that's been really helpful.", "A"),
    ("Thanks ever so much for sorting that, you've made my week.", "A"),
    ("Many thanks for your prompt reply.", "A"),
    ("I'd like to thank Marcus at the Leeds branch for going above and beyond.", "A"),
    ("@FreshBox thx for the replacement box, arrived this morning 👍", "A"),
    ("Cheers for your help today, much obliged.", "A"),
    ("Thank you for being a loyal customer for nine years.", "A"),
    ("Thanks, appreciate you checking.", "A"),
    ("Thanks for absolutely nothing, I'll be cancelling.", ""),
    ("Thanks to a signal failure we sat outside Reading for an hour.", ""),
    ("The engineer didn't even thank me for the tea.", ""),
    ("Could you pass my thanks on to the night team?", ""),
    ("Please send a thank-you email to the client after the call.", ""),
    ("I would appreciate it if you could stop calling me.", ""),
    ("Can I take your postcode please?", ""),
    ("Your refund should show within five working days.", ""),
    ("I'm really sorry for the confusion over your bill.", "P"),
    ("Apologies, that was our mistake and we'll cover the cost.", "P"),
    ("We dropped the ball on your order and I'm sorry.", "P"),
    ("I should've called you back yesterday, that's on me.", "P"),
    ("Sorry, but we can't accept returns after 30 days.", ""),
    ("I'm sorry to hear you're feeling unwell.", ""),
    ("Sorry, what was the reference number again?", ""),
    ("Sorry for the delay and thank you for your patience.", "AP"),
    ("Thanks for bearing with me, and sorry again for the mix-up.", "AP"),
]

THIRD_BLOCK: list[tuple[str, str]] = [
    ("This is gold, thank you kindly.", "A"),
    ("Wow, TIL. Thanks for teaching me something new today!", "A"),
    ("ngl this thread restored my faith in people, thanks all", "A"),
    ("Thank you for your service 🇺🇸", "A"),
    ("You're a gem for doing the math on this.", "A"),
    ("thx, I'll try that tonight", "A"),
    ("Cheers mate, top advice.", "A"),
    ("Grateful doesn't even cover it, my son is home safe because of you lot.", "A"),
    ("I appreciate you taking the time to write all this out.", "A"),
    ("Haha thanks, I needed a laugh today.", "A"),
    ("Thank you!! This sub is the best.", "A"),
    ("Many thanks kind stranger for the gold!", "A"),
    ("Shoutout and thank you to the guy who returned my wallet on the 42 bus.", "A"),
    ("I owe you a beer for this one.", "A"),
    ("You absolute lifesaver, the fix worked.", "A"),
    ("Thanks for the downvotes, very mature.", ""),
    ('Thanks for your "help", really useful.', ""),
    ("Thank goodness for spellcheck.", ""),
    ("Thanks to inflation my groceries cost double.", ""),
    ("She never thanked anyone in her speech.", ""),
    ("Nobody ever thanks the goalkeeper.", ""),
    ("I'm grateful for nothing this year tbh.", ""),
    ("Appreciate the sentiment but it's wrong.", ""),
    ("Good luck on the exam tomorrow!", ""),
    ("Happy cake day!", ""),
    ("Congrats on the promotion, well deserved.", ""),
    ("That's a kind of blue I've never seen before.", ""),
    ("No thanks needed, happy to do it.", ""),
    ("Oops my bad, didn't see the date on the post.", "P"),
    ("Sorry, I was being a dick earlier.", "P"),
    ("I regret snapping at my sister and I'll apologise tomorrow.", "P"),
    ("Yeah I messed up there, thanks for correcting me.", "AP"),
    ("I'm sorry for your loss, she sounds wonderful.", ""),
    ("Sorry not sorry, the sequel is better.", ""),
    ("You'll regret buying that car.", ""),
    ("Thank you for calling Riverside Dental, how can I help?", "A"),
    ("We really do appreciate your understanding on this.", "A"),
    ("Thank you, Ms Patel, that's all I need from you today.", "A"),
    ("Thanks heaps for the quick reply, you're a star.", "A"),
    ("We're so grateful for customers like you.", "A"),
    ("Thank you for taking the time to complete our survey.", "A"),
    ("Thanks for sticking with us through the move.", "A"),
    ("@CityBikes massive thanks for the refund, sorted in a day!", "A"),
    ("Just wanted to say a big thank you to Gemma on reception.", "A"),
    ("ty for the update", "A"),
    ("Kudos to your support team, they fixed it in minutes.", "A"),
    ("Ahh brilliant, ta very much.", "A"),
    ("No thank you, I've already got a broadband deal.", ""),
    ("Thanks for nothing, I'm taking my business elsewhere.", ""),
    ("Thanks for losing my luggage. Again.", ""),
    ("Thank heavens the flight wasn't cancelled.", ""),
    ("Thanks to the snow, all deliveries are paused.", ""),
    ("The driver thanked me but still left the parcel in the rain.", ""),
    ("We'll send you a thank-you voucher by email.", ""),
    ("I'd be grateful if you could call me back after 5.", ""),
    ("Please confirm your date of birth.", ""),
    ("I'm sorry that your engineer didn't turn up, that's not acceptable.", "P"),
    ("My apologies, I've sent the invoice to the wrong address.", "P"),
    ("That was our mistake, and we've refunded the charge.", "P"),
    ("Sorry for the late reply, we've been short-staffed.", "P"),
    ("Sorry, but that offer ended last week.", ""),
    ("I'm sorry you feel that way about our service.", ""),
    ("Sorry, you're breaking up, could you say that again?", ""),
    ("Thanks for your patience and sorry for the wait.", "AP"),
    ("Sorry again, and thank you for understanding.", "AP"),
]

FOURTH_BLOCK: list[tuple[str, str]] = [
    ("Honestly this comment made me tear up a bit, thank you for writing it.", "A"),
    ("I came here to say this, but also thanks for the source.", "A"),
    ("Dang, didn't know that, ty!", "A"),
    ("THANKS OP!!! 🎉", "A"),
    ("I'm forever grateful to the stranger who talked me down that night.", "A"),
    ("Props to you for admitting you were wrong, that takes guts.", "A"),
    ("Thank you, this made me feel less alone.", "A"),
    ("Appreciate ya, brother.", "A"),
    ("So thankful for this community, honestly.", "A"),
    ("Thanks for the recommendation, just finished season one.", "A"),
    ("You're a real one for posting the timestamps.", "A"),
    ("Thank you for your comment, it gave me a lot to think about.", "A"),
    ("lol thanks, I try", "A"),
    ("Much love and respect to the mods for keeping this place sane.", "A"),
    ("Thanks, autocorrect, very helpful.", ""),
    ("Thank god for dark mode.", ""),
    ("Ok thanks for explaining nothing.", ""),
    ("Thanks to my dad I can't eat mushrooms without gagging.", ""),
    ("My friend was so thankful for the lift that she cried.", ""),
    ("We were thanked for our service at the airport.", ""),
    ("The mods are never appreciated enough on here.", ""),
    ("I wish people were more grateful.", ""),
    ("Welcome to the internet, enjoy your stay.", ""),
    ("The thankless job of being a referee.", ""),
    ("Bless this mess.", ""),
    ("Sorry, I shouldn't have assumed you were a guy.", "P"),
    ("I got that completely wrong, my apologies.", "P"),
    ("Ah crap, that's on me, I linked the old version.", "P"),
    ("Apologies for the wall of text.", "P"),
    ("I take full responsibility for the confusion.", "P"),
    ("I was wrong to call you names, sorry.", "P"),
    ("Sorry you're going through this, it sounds exhausting.", ""),
    ("I feel sorry for the dog honestly.", ""),
    ("You should apologise to your brother.", ""),
    ("I'm not apologising for liking pineapple.", ""),
    ("Thanks so much for your quick response, Liam.", "A"),
    ("Thank you for choosing to fly with us today.", "A"),
    ("We appreciate you bringing this to our attention.", "A"),
    ("Thank you for your understanding while we update our systems.", "A"),
    ("Thanks for holding, I've got your account up now.", "A"),
    ("A massive thank you to Ruth, who made our stay so special.", "A"),
    ("Appreciate you guys sorting this so fast.", "A"),
    ("Thank you for the feedback, we'll share it with the kitchen.", "A"),
    ("Cheers for your help, Dave.", "A"),
    ("We're grateful for your patience during the works.", "A"),
    ("5/5, friendly staff, can't thank them enough.", "A"),
    ("Ty for the quick response x", "A"),
    ("Thanks for hanging up on me twice.", ""),
    ("Thank goodness the hotel had a spare room.", ""),
    ("Thanks to the delay we missed our connection.", ""),
    ("I'd appreciate it if someone actually answered the phone.", ""),
    ("No thanks, I don't want to upgrade.", ""),
    ("The driver didn't even say thanks when I tipped him.", ""),
    ("Please hold the line.", ""),
    ("Your parcel is out for delivery.", ""),
    ("I'm sorry the replacement was faulty too.", "P"),
    ("We apologise for the inconvenience this has caused.", "P"),
    ("That's our error, I'll get a new card sent out today.", "P"),
    ("I'm so sorry we missed your appointment.", "P"),
    ("I'm sorry, but the warranty doesn't cover water damage.", ""),
    ("Sorry, which order is this about?", ""),
    ("Sorry to hear about your husband, please take your time.", ""),
    ("Thank you for letting us know, and I'm sorry about the mix-up.", "AP"),
    ("Sorry for the trouble, and thanks for being so patient.", "AP"),
]

FIFTH_BLOCK: list[tuple[str, str]] = [
    ("Wow, thank you! I had no idea the settings were hidden there.", "A"),
    ("thanks dude, that's exactly the answer I was looking for", "A"),
    ("You're the best, this saved my project.", "A"),
    ("Cheers for the heads up, I'll avoid that seller.", "A"),
    ("This is incredibly kind of you, thank you.", "A"),
    ("Really appreciate you sharing your experience, it helps.", "A"),
    ("Thx for posting, bookmarked.", "A"),
    ("Bless your soul for this recipe.", "A"),
    ("I owe you big time, the car starts again.", "A"),
    ("Ty so much, you made this way less scary.", "A"),
    ("Hats off to the guy who fixed the bug in one night.", "A"),
    ("I'm so grateful I found this thread.", "A"),
    ("TY TY TY", "A"),
    ("Thank u for explaining it like I'm five", "A"),
    ("Thanks, I hate it.", ""),
    ("Thanks for the nightmares, OP.", ""),
    ("Thank Christ that's finished.", ""),
    ("Thanks to the update my phone is slower than ever.", ""),
    ("He was thanked by the mayor for his bravery.", ""),
    ("Don't thank me, it was nothing.", ""),
    ("I don't appreciate being lied to.", ""),
    ("Good luck with the move!", ""),
    ("Congrats, you played yourself.", ""),
    ("You're welcome to try, but it won't work.", ""),
    ("Bless you! Hope the cold clears up.", ""),
    ("Oh no, I totally misread that, my bad.", "P"),
    ("Sorry, I was being dramatic earlier.", "P"),
    ("I shouldn't have posted that while angry.", "P"),
    ("That was a stupid thing of me to say, apologies.", "P"),
    ("Whoops, sorry, wrong subreddit.", "P"),
    ("I'm sorry for your loss, thinking of you.", ""),
    ("I'm not sorry for standing up for myself.", ""),
    ("He refused to apologise for the joke.", ""),
    ("Sorry to hear you're going through a divorce.", ""),
    ("Thanks for getting in touch about your order.", "A"),
    ("Thank you for your patience during the outage.", "A"),
    ("We appreciate your loyalty over the years.", "A"),
    ("Many thanks for the quick payment.", "A"),
    ("Thanks for the five-star review, we're thrilled you enjoyed it!", "A"),
    ("Thank you so much for your help today, Karen.", "A"),
    ("Just a quick note to say thank you to Tom in returns.", "A"),
    ("Thanks for waiting, I've found the booking now.", "A"),
    ("Really grateful for the fast replacement, thanks team.", "A"),
    ("Thank you, you've been very patient with us.", "A"),
    ("@ParcelGo cheers, it turned up this morning!", "A"),
    ("Thanks for nothing, @TelcoHelp.", ""),
    ("Thanks to the storm the power was out all night.", ""),
    ("Thank god my bank refunded it.", ""),
    ("No thanks, I'm happy with my current plan.", ""),
    ("I'd be grateful if you could escalate this.", ""),
    ("Is there a reference number I can use?", ""),
    ("We'll be in touch within 48 hours.", ""),
    ("The manager didn't even thank the staff.", ""),
    ("Sorry for the delay on your refund, it's now been processed.", "P"),
    ("We apologise, the engineer was given the wrong address.", "P"),
    ("I'm sorry we didn't call you back as promised.", "P"),
    ("My apologies for the confusion on the price.", "P"),
    ("Sorry, but we don't price match online retailers.", ""),
    ("Sorry, could you spell the surname for me?", ""),
    ("I'm sorry you feel we've let you down, but the policy is clear.", ""),
    ("Thanks for your patience, and sorry again for the hold-up.", "AP"),
    ("Sorry about that, and thank you for flagging it.", "AP"),
]


BLOCKS = {
    "first": FIRST_BLOCK,
    "second": SECOND_BLOCK,
    "third": THIRD_BLOCK,
    "fourth": FOURTH_BLOCK,
    "fifth": FIFTH_BLOCK,
}
#: (block, flag) -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("first", "A"): (0.97, 0.97, 0.97),
    ("first", "P"): (0.97, 0.97, 0.97),
    ("second", "A"): (0.93, 0.97, 0.96),
    ("second", "P"): (0.82, 0.97, 0.89),
    ("third", "A"): (0.86, 0.97, 0.92),
    ("third", "P"): (0.97, 0.97, 0.97),
    ("fourth", "A"): (0.97, 0.97, 0.97),
    ("fourth", "P"): (0.97, 0.97, 0.97),
    ("fifth", "A"): (0.85, 0.97, 0.91),
    ("fifth", "P"): (0.97, 0.97, 0.97),
}


@pytest.mark.parametrize(
    ("block", "flag"), list(FLOORS), ids=[f"{b}-{BEHAVIOURS[f]}" for b, f in FLOORS]
)
def test_each_block_keeps_its_floor(block: str, flag: str) -> None:
    assert_floor(BLOCKS[block], flag, FLOORS[block, flag])


def test_the_blocks_are_labelled_and_unique() -> None:
    rows = [row for block in BLOCKS.values() for row in block]
    assert len({text for text, _ in rows}) == len(rows)
    assert all(set(flags) <= set(BEHAVIOURS) for _, flags in rows)
    assert all(len(block) >= 60 for block in BLOCKS.values())


#: One sentence for each kind this round decided, read alone:
#: (kind, sentence, behaviour flag, whether the behaviour is there).
KINDS: list[tuple[str, str, str, bool]] = [
    ("you made my day", "You've made my day, honestly.", "A", True),
    ("advice that helped a ton", "Your guide helped me a ton.", "A", True),
    ("'ur' for you're", "ur a gem", "A", True),
    ("you guys rock", "You guys rock!", "A", True),
    ("cheers to a bud", "cheers bud", "A", True),
    ("thanks stretched out", "Thankyouuuuuu", "A", True),
    ("owe ya one", "I owe ya one.", "A", True),
    ("a debt that cannot be repaid", "How can I ever repay you?", "A", True),
    ("saved the day", "You saved the day!", "A", True),
    ("feedback called invaluable", "Your feedback is invaluable to us.", "A", True),
    ("thanks for a third party's work", "I can't thank them enough.", "A", True),
    ("a real one", "You're a real one.", "A", True),
    ("love sent for a deed", "Big love to the night staff for looking after mum.", "A", True),
    ("more grateful than ever", "I couldn't be more grateful.", "A", True),
    ("a thank-you note", "She left a thank-you note on the desk.", "A", False),
    ("an eye-roll", "Thanks a lot 🙄", "A", False),
    ("'... not'", "Wow thanks for the help... not", "A", False),
    ("a refusal: nah", "Nah, thanks.", "A", False),
    ("a refusal: I'll pass", "I'll pass, thanks.", "A", False),
    ("a refusal: but no", "Thanks, but no.", "A", False),
    (
        "sarcasm to the end of the sentence",
        "Thanks for delaying my parcel again, really appreciate it.",
        "A",
        False,
    ),
    ("a cancelled flight", "Thanks for cancelling my flight with no notice.", "A", False),
    ("thanks withheld", "He didn't even thank us for the flowers.", "A", False),
    ("a reminder to thank", "Don't forget to say thank you to grandma.", "A", False),
    ("grateful for nothing", "I'm grateful for absolutely nothing.", "A", False),
    ("an impersonal cause", "Thanks to traffic I missed the start.", "A", False),
    ("sarcastic praise", "Thanks for the downvotes, real mature.", "A", False),
    ("thanks for nothing done", "Thanks for answering nothing.", "A", False),
    ("gratitude reported", "Her dad was so grateful that he wrote to the paper.", "A", False),
    ("never appreciated", "Nurses are rarely appreciated.", "A", False),
    ("gratitude wished for", "You could be a bit more grateful.", "A", False),
    ("help in a story", "I iced it and that helped a lot.", "A", False),
    ("a request to anyone", "I'd appreciate it if anyone knew the answer.", "A", False),
    ("should've", "I should've double-checked the address.", "P", True),
    ("that one's on me", "That one's on me.", "P", True),
    ("not fair of me", "That wasn't very kind of me.", "P", True),
    ("fault denied", "It's not my fault the train was late.", "P", False),
    ("passed on", "Sorry, that's not my department.", "P", False),
    ("owed by someone else", "She owes you an apology.", "P", False),
    ("not on us", "That's not on us, it's the courier.", "P", False),
    ("thanks withheld from staff", "The owner didn't even thank the cleaners.", "A", False),
    ("sympathy after to hear", "Sorry to hear you're going through chemo.", "P", False),
    ("a practice as a shield", "Sorry, but we don't stock that brand any more.", "P", False),
]


@pytest.mark.parametrize(
    ("text", "flag", "expected"),
    [kind[1:] for kind in KINDS],
    ids=[kind[0] for kind in KINDS],
)
def test_each_kind_reads_as_decided(text: str, flag: str, expected: bool) -> None:
    assert bool(detect(text, "", behaviours=(BEHAVIOURS[flag],))) is expected
