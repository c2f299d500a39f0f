"""`legendary forget-customer`: a data-protection request names the customer by their id in a
source system; the command says what goes, erases it (or with --dry-run changes nothing),
and an unknown id is an error that names the option. Not on 60b6932 (no such command)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from legendary.cli import main
from legendary.conversations.importer import import_conversations
from legendary.conversations.models import (
    Conversation,
    Customer,
    ErasedCustomer,
    LiftedErasure,
    Turn,
)
from legendary.people.models import Organisation
from legendary.people.services import create_organisation

pytestmark = pytest.mark.django_db

EXPORT = """conversation_id,speaker_role,speaker_name,customer_id,customer_name,text
B-1,customer,Lena Vogt,lv-55,Lena Vogt,My bike lock arrived without its key.
B-1,agent,Ravi,,,Sorry about that. A key is on its way to you today.
B-2,customer,Tomas Berg,tb-81,Tomas Berg,Do you sell child seats?
B-2,agent,Ravi,,,We do: three models. Shall I send you the links?
"""


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def cycle_shop(tmp_path: Path) -> Organisation:
    shop = create_organisation("Spoke & Chain", "spoke")
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    import_conversations(shop, path)
    return shop


def test_forget_customer_erases_them_and_says_what_went(cycle_shop: Organisation) -> None:
    lena = Customer.objects.get(display_name="Lena Vogt").pk
    result = run(
        "forget-customer", "--organisation", "spoke", "--source", "csv", "--external-id", "lv-55"
    )
    assert result.exit_code == 0, result.output
    # Their number, not "#None": Django clears the primary key of a deleted row.
    assert f"Erased customer #{lena} (ids in: csv)" in result.stdout
    assert "1 conversation, 2 turns" in result.stdout
    assert "no longer include these conversations" in result.stdout
    assert list(Customer.objects.values_list("display_name", flat=True)) == ["Tomas Berg"]
    assert list(Conversation.objects.values_list("external_id", flat=True)) == ["B-2"]
    assert ErasedCustomer.objects.count() == 1


def test_dry_run_changes_nothing(cycle_shop: Organisation) -> None:
    turns = Turn.objects.count()
    result = run("forget-customer", "--source", "csv", "--external-id", "lv-55", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Would erase customer" in result.stdout
    assert "nothing was changed" in result.stdout
    assert Customer.objects.count() == 2
    assert Conversation.objects.count() == 2
    assert Turn.objects.count() == turns
    assert not ErasedCustomer.objects.exists()


def test_by_customer_number(cycle_shop: Organisation) -> None:
    tomas = Customer.objects.get(display_name="Tomas Berg")
    result = run("forget-customer", "--customer", str(tomas.pk))
    assert result.exit_code == 0, result.output
    assert not Customer.objects.filter(pk=tomas.pk).exists()
    assert list(Conversation.objects.values_list("external_id", flat=True)) == ["B-1"]


def test_an_unknown_id_is_an_error_naming_the_option(cycle_shop: Organisation) -> None:
    unknown = run("forget-customer", "--source", "csv", "--external-id", "zz-00")
    assert unknown.exit_code == 2
    assert "error: --external-id: csv:zz-00 matches no customer in spoke" in unknown.stderr
    by_number = run("forget-customer", "--customer", "424242")
    assert by_number.exit_code == 2
    assert "error: --customer: no customer #424242" in by_number.stderr
    neither = run("forget-customer")
    assert neither.exit_code == 2
    assert "--customer" in neither.stderr
    half = run("forget-customer", "--source", "csv")
    assert half.exit_code == 2
    assert "give one of --external-id or --email with --source" in half.stderr
    sourceless = run("forget-customer", "--email", "lena@example.com")
    assert sourceless.exit_code == 2
    assert "--source is needed with --email" in sourceless.stderr
    assert Customer.objects.count() == 2


def _known_by_email_only(tmp_path: Path) -> tuple[Organisation, Path]:
    """A shop whose file gave only the customer's address, imported once."""
    shop = create_organisation("Quiet Pages", "quiet-pages")
    path = tmp_path / "mail.csv"
    path.write_text(
        "conversation_id,speaker_role,speaker_name,customer_email,text\n"
        "M-1,customer,Noor Asfar,noor@example.org,Has my book order shipped?\n"
        "M-1,agent,Jo,,It left our warehouse this morning.\n",
        encoding="utf-8",
    )
    import_conversations(shop, path)
    return shop, path


def test_by_email_when_the_file_gave_no_customer_id(tmp_path: Path) -> None:
    """A file with only the customer's address: the importer keyed them by a hash of it, so
    the request that names them by address must find them (any capitals)."""
    shop, path = _known_by_email_only(tmp_path)
    wrong = run("forget-customer", "--source", "csv", "--email", "nobody@example.org")
    assert wrong.exit_code == 2
    assert "error: --email: csv:nobody@example.org matches no customer" in wrong.stderr
    result = run("forget-customer", "--source", "csv", "--email", "Noor@Example.org")
    assert result.exit_code == 0, result.output
    assert not Customer.objects.exists()
    assert not Conversation.objects.exists()
    assert import_conversations(shop, path).skipped_erased == 1


# --lift: on 942779b nothing could lift a suppression; an erased customer stayed out of
# every later import for good.


def test_lift_asks_first_records_who_and_when_and_lets_a_reimport_bring_them_back(
    cycle_shop: Organisation, tmp_path: Path
) -> None:
    assert run("forget-customer", "--source", "csv", "--external-id", "lv-55").exit_code == 0
    path = tmp_path / "again.csv"
    path.write_text(EXPORT, encoding="utf-8")
    assert import_conversations(cycle_shop, path).skipped_erased == 1

    lift = ("forget-customer", "--lift", "--source", "csv", "--external-id", "lv-55")
    declined = CliRunner().invoke(main, [*lift, "--by", "Ada (DPO)"], input="n\n")
    assert declined.exit_code == 1
    assert "Lift the suppression of csv:lv-55 in spoke?" in declined.output
    assert ErasedCustomer.objects.count() == 1
    assert not LiftedErasure.objects.exists()

    agreed = CliRunner().invoke(
        main, [*lift, "--by", "Ada (DPO)", "--reason", "asked to come back"], input="y\n"
    )
    assert agreed.exit_code == 0, agreed.output
    assert "recorded as lifted by Ada (DPO)" in agreed.output
    assert not ErasedCustomer.objects.exists()
    record = LiftedErasure.objects.get()
    assert (record.lifted_by, record.reason, record.organisation) == (
        "Ada (DPO)",
        "asked to come back",
        cycle_shop,
    )
    assert record.lifted_at >= record.erased_at
    report = import_conversations(cycle_shop, path)
    assert (report.conversations_added, report.skipped_erased) == (1, 0)
    assert Customer.objects.filter(display_name="Lena Vogt").exists()


def test_lift_of_an_id_not_suppressed_is_an_error_and_records_nothing(
    cycle_shop: Organisation,
) -> None:
    result = run("forget-customer", "--lift", "--yes", "--source", "csv", "--external-id", "tb-81")
    assert result.exit_code == 2
    assert "error: --external-id: csv:tb-81 is not suppressed in spoke" in result.stderr
    by_number = run("forget-customer", "--lift", "--customer", "1")
    assert by_number.exit_code == 2
    assert "--lift names the customer with --source" in by_number.stderr
    assert not LiftedErasure.objects.exists()


def test_lift_by_email_without_a_prompt_names_the_os_user_when_no_by_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop, path = _known_by_email_only(tmp_path)
    assert run("forget-customer", "--source", "csv", "--email", "noor@example.org").exit_code == 0
    monkeypatch.setattr("getpass.getuser", lambda: "opsadmin")
    result = run(
        "forget-customer", "--lift", "--yes", "--source", "csv", "--email", "NOOR@example.org"
    )
    assert result.exit_code == 0, result.output
    assert LiftedErasure.objects.get().lifted_by == "opsadmin"
    assert import_conversations(shop, path).conversations_added == 1


def test_record_options_without_lift_are_refused_rather_than_ignored(
    cycle_shop: Organisation,
) -> None:
    result = run("forget-customer", "--by", "Dana", "--source", "csv", "--external-id", "lv-55")
    assert result.exit_code == 2
    assert "--by, --reason and --yes only go with --lift" in result.stderr
    assert Customer.objects.filter(display_name="Lena Vogt").exists()


def test_a_lifter_name_too_long_to_record_is_refused_before_anything_changes(
    cycle_shop: Organisation,
) -> None:
    assert run("forget-customer", "--source", "csv", "--external-id", "lv-55").exit_code == 0
    result = run(
        "forget-customer", "--lift", "--yes", "--by", "x" * 151,
        "--source", "csv", "--external-id", "lv-55",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "--by" in result.stderr
    assert "at most 150 characters" in result.stderr
    assert not LiftedErasure.objects.exists()
    assert ErasedCustomer.objects.count() == 1
