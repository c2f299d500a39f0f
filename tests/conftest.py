"""Shared test set-up. Web personas live in tests/web/conftest.py."""
