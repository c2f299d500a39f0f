"""Scoring tests use the web personas (an organisation with people and conversations)."""

from web.conftest import (  # noqa: F401  (fixtures are found by name)
    fast_passwords,
    world,
)
