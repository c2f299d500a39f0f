"""The personal-vision steps tell a screen reader which box a refusal is about.

Sent back with an empty hope, the step said so in a box above the form while the text
box itself was neither marked invalid nor tied to the message, so a screen reader, on the
box, heard nothing wrong. And the list steps' six "one of my top two" tick boxes all had
that same name: which entry each one chose was only to be seen, not heard.
"""

from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse


def test_a_refused_hope_marks_its_box_and_points_it_at_the_message(frontline: Client) -> None:
    response = frontline.post(reverse("culture:my_vision_step", args=["hope"]), {"hope": ""})
    assert response.status_code == 400
    page = response.content.decode()
    box = re.search(r"<textarea[^>]*id=\"hope\"[^>]*>", page)
    assert box is not None
    assert 'aria-invalid="true"' in box.group(0)
    described = re.search(r'aria-describedby="([\w-]+)"', box.group(0))
    assert described is not None
    message = re.search(rf'id="{described.group(1)}"[^>]*>(.*?)</div>', page, re.S)
    assert message is not None
    assert "finish the sentence" in message.group(1)


def test_an_untouched_hope_is_not_marked_invalid(frontline: Client) -> None:
    page = frontline.get(reverse("culture:my_vision_step", args=["hope"])).content.decode()
    assert "aria-invalid" not in page


def test_each_top_two_tick_box_names_its_entry(frontline: Client) -> None:
    page = frontline.get(reverse("culture:my_vision_step", args=["strengths"])).content.decode()
    names = re.findall(r'<input type="checkbox" name="top"[^>]*aria-label="([^"]+)"', page)
    assert len(names) >= 3
    assert len(set(names)) == len(names)
    assert names[0] == "Entry 1 is one of my top two"
