"""The error pages a visitor may meet, read on a phone as well as on a desk."""

from __future__ import annotations

from django.template.loader import render_to_string


def test_the_500_page_fits_a_phone_and_keeps_our_link_colour() -> None:
    """The 500 page stands alone (no base template, no static files, which may be what
    failed) and had no viewport line: a phone drew it 980 px wide and shrank it to an
    unreadable third, and its one link was the browser's default blue (session 21)."""
    page = render_to_string("500.html")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert 'lang="en-GB"' in page
    assert "a{color:#1f5f8b" in page.replace(" ", "")
