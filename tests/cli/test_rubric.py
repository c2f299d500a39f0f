"""`legendary rubric show` and `legendary rubric adopt`: a rubric file round-trips, and a bad
one is refused with the file and the field named, adopting nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from legendary.care.rubric import DEFAULT, Rubric
from legendary.cli import main
from legendary.conversations.models import RubricVersion
from legendary.conversations.scoring import rubric_in_use
from legendary.people.models import Organisation
from legendary.people.services import create_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop() -> Organisation:
    """A small garden shop: the only organisation in the database."""
    return create_organisation("Garden Gate", "garden-gate")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _with_standard(version: str) -> dict[str, object]:
    data = DEFAULT.as_dict()
    data["version"] = version
    data["standards"] = [
        {
            "slug": "offers-care-tips",
            "description": "Share a care tip\nA plant that thrives brings the customer back.",
            "phrases": ["water it", "keep it in the shade"],
            "kind": "include",
            "quality": "empowered",
            "weight": 1.0,
        }
    ]
    return data


def _file(folder: Path, data: object, name: str = "rubric.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def test_show_prints_the_rubric_in_use(shop: Organisation) -> None:
    result = run("rubric", "show")
    assert result.exit_code == 0, result.output
    assert f"Rubric {DEFAULT.version} (Legendary default) of Garden Gate" in result.output
    assert "rude_language" in result.output
    assert "caps the score at 40" in result.output
    assert "No standards yet." in result.output


def test_show_json_reads_back_as_the_same_rubric(shop: Organisation) -> None:
    result = run("rubric", "show", "--json")
    assert Rubric.from_json(result.output) == DEFAULT


def test_adopt_makes_the_file_the_rubric_in_use(shop: Organisation, tmp_path: Path) -> None:
    result = run("rubric", "adopt", str(_file(tmp_path, _with_standard("2026.12-1"))))
    assert result.exit_code == 0, result.output
    assert "Adopted rubric 2026.12-1 for Garden Gate" in result.output
    assert "legendary rescore --all --organisation garden-gate" in result.output
    stored, rubric = rubric_in_use(shop)
    assert stored.version == "2026.12-1"
    assert [s.id for s in rubric.standards] == ["standard:offers-care-tips"]
    shown = run("rubric", "show").output
    assert "standard:offers-care-tips" in shown
    assert '"keep it in the shade"' in shown


def test_adopting_the_version_in_use_again_changes_nothing(
    shop: Organisation, tmp_path: Path
) -> None:
    path = _file(tmp_path, _with_standard("2026.12-1"))
    run("rubric", "adopt", str(path))
    result = run("rubric", "adopt", str(path))
    assert result.exit_code == 0
    assert "already in use" in result.output
    assert RubricVersion.objects.filter(organisation=shop).count() == 2


def test_a_malformed_field_is_named_and_nothing_is_adopted(
    shop: Organisation, tmp_path: Path
) -> None:
    data = _with_standard("2026.12-1")
    data["rules"][2]["weight"] = "heavy"  # type: ignore[index]
    path = _file(tmp_path, data)
    result = run("rubric", "adopt", str(path))
    assert result.exit_code == 2
    assert f"{path}.rules[2].weight: expected a number" in result.output
    assert "Nothing was adopted" in result.output
    assert rubric_in_use(shop)[0].version == DEFAULT.version


def test_broken_json_names_the_line(shop: Organisation, tmp_path: Path) -> None:
    path = tmp_path / "rubric.json"
    path.write_text('{\n  "version": "2026.12-1",\n  "rules": [\n}', encoding="utf-8")
    result = run("rubric", "adopt", str(path))
    assert result.exit_code == 2
    assert f"{path}: line 4" in result.output


def test_a_behaviour_no_detector_finds_is_refused(shop: Organisation, tmp_path: Path) -> None:
    data = _with_standard("2026.12-1")
    data["rules"][0]["behaviour"] = "take_ownership"  # type: ignore[index]
    result = run("rubric", "adopt", str(_file(tmp_path, data)))
    assert result.exit_code == 2
    assert "rules[0].behaviour: no detector is called 'take_ownership'" in result.output


def test_a_reused_version_with_other_rules_is_refused(shop: Organisation, tmp_path: Path) -> None:
    run("rubric", "adopt", str(_file(tmp_path, _with_standard("2026.12-1"))))
    changed = _with_standard("2026.12-1")
    changed["standards"] = []
    result = run("rubric", "adopt", str(_file(tmp_path, changed, "changed.json")))
    assert result.exit_code == 2
    assert "already has different rules under this version" in result.output
    assert len(rubric_in_use(shop)[1].standards) == 1


def test_reply_time_targets_round_trip_through_a_rubric_file(
    shop: Organisation, tmp_path: Path
) -> None:
    data = {**DEFAULT.as_dict(), "version": "2026.12-2"}
    data["response_targets_seconds"] = {"email": 3600, "messaging": 7200}
    result = run("rubric", "adopt", str(_file(tmp_path, data)))
    assert result.exit_code == 0, result.output
    shown = run("rubric", "show").output
    assert "Reply-time targets: chat 1 min," in shown  # left out of the file: the default
    assert "e-mail 1 h," in shown
    assert "chat held as messaging 2 h" in shown
    stored = json.loads(run("rubric", "show", "--json").output)
    assert stored["response_targets_seconds"]["email"] == 3600


def test_a_reply_time_target_of_no_time_is_refused(shop: Organisation, tmp_path: Path) -> None:
    data = {**DEFAULT.as_dict(), "version": "2026.12-3"}
    data["response_targets_seconds"] = {"chat": 0}
    result = run("rubric", "adopt", str(_file(tmp_path, data)))
    assert result.exit_code != 0
    assert "response_targets_seconds.chat" in result.output
    assert not RubricVersion.objects.filter(version="2026.12-3").exists()
