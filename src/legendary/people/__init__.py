"""Organisation, teams, people, roles, reporting lines and the one permission module."""
