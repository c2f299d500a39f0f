"""People tests may use the web personas (`world`) where a page is involved."""

from web.conftest import admin, fast_passwords, manager, world  # noqa: F401  (fixtures by name)
