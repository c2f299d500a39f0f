"""A 404 from the API says why, without confirming anything outside the caller's view.

Found on the QA walk of the API: every 404 said only "Not Found", so a script could not
tell a conversation still waiting for its scorecard from one it may not read, nor "you
have no personal vision yet" from a broken address.
"""

from __future__ import annotations

from django.test import Client

from web.conftest import World


def test_an_unscored_conversation_says_it_is_not_scored_yet(
    frontline: Client, world: World
) -> None:
    response = frontline.get(f"/api/conversations/{world.frontline_conversation.pk}/scorecard")
    assert response.status_code == 404
    assert response.json() == {"detail": "This conversation has not been scored yet."}


def test_no_personal_vision_yet_is_said_as_such(frontline: Client) -> None:
    response = frontline.get("/api/culture/me/vision")
    assert response.status_code == 404
    assert response.json()["detail"] == "You have not started a personal service vision yet."


def test_another_persons_conversation_reads_like_one_that_does_not_exist(
    frontline: Client, world: World
) -> None:
    theirs = frontline.get(f"/api/conversations/{world.colleague_conversation.pk}/scorecard")
    missing = frontline.get("/api/conversations/987654321/scorecard")
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json() == missing.json()
    assert "scored" not in theirs.json()["detail"]


def test_an_address_that_is_no_endpoint_answers_json(leader: Client) -> None:
    # A typo (singular "scorecard") used to get Django's HTML "Not Found" page.
    response = leader.get("/api/scorecard")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert "/api/scorecard" in response.json()["detail"]
    assert response.json()["detail"].endswith("/api/docs.")
