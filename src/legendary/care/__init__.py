"""The CARE engine: customer conversations in, CARE scorecards with evidence out.

Pure Python: this package never imports Django, so it works from a notebook or the CLI.
"""
