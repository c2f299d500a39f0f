"""The `legendary` command. Each group of sub-commands lives in its own module:

- `cli/platform.py`: demo, serve, worker, migrate, createuser, import, import-people
  (wraps Django)
- `cli/care.py`: score, evaluate (the CARE engine; never starts Django)
- `cli/scoring.py`: rescore (stored conversations' scorecards)
- `cli/rubric.py`: rubric show / adopt (the rubric that turns behaviours into scores)
- `cli/tokens.py`: token create / list / revoke (personal API tokens)
- `cli/forget.py`: forget-customer (a customer's right to be forgotten)
"""

from __future__ import annotations

import click

import legendary


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(legendary.__version__, "--version", prog_name="legendary")
def main() -> None:
    """Legendary: run and measure the Legendary Service system in your organisation.

    Start with `legendary demo` to see a living demo organisation at http://127.0.0.1:8000.
    """


@main.command()
def version() -> None:
    """Print the installed Legendary version."""
    click.echo(f"legendary {legendary.__version__}")


def _register() -> None:
    # Imported here so that `legendary score` never pays for importing Django and vice versa
    # is cheap: each module only imports its heavy dependencies inside its commands.
    from legendary.cli import care, forget, platform, rubric, scoring, tokens

    for module in (platform, care, scoring, rubric, tokens, forget):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
