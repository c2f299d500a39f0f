"""Shared helpers that are not a Django app (settings readers, small utilities)."""
