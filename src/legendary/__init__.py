"""Legendary: run and measure the Legendary Service system in a real organisation."""

__version__ = "0.1.0"
