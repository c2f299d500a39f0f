"""Small wording helpers shared by the apps' messages."""

from __future__ import annotations


def counted(number: int, noun: str) -> str:
    """`number` and `noun`, plural with an "s" unless it is one: "1 turn", "3 turns"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
