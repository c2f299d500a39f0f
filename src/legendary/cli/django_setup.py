"""Start Django from the CLI (settings from the environment, data folder created)."""

from __future__ import annotations

import os


def setup_django() -> None:
    """Point Django at Legendary's settings, create the data folder and call django.setup()."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legendary.web.settings")
    from legendary.lib.env import legendary_home

    legendary_home().mkdir(parents=True, exist_ok=True)
    import django

    django.setup()
