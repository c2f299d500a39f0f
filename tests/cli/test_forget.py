"""`legendary forget-customer`: a data-protection request names the customer by their id in a
source system; the command says what goes, erases it (or with --dry-run changes nothing),
and an unknown id is an error that names the option. Not on 60b6932 (no such command)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from legendary.cli import main
from legendary.conversations.importer import import_conversations
from legendary.conversations.models import Conversation, Customer, ErasedCustomer, Turn
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
    result = run(
        "forget-customer", "--organisation", "spoke", "--source", "csv", "--external-id", "lv-55"
    )
    assert result.exit_code == 0, result.output
    assert "Erased customer" in result.stdout
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


def test_by_email_when_the_file_gave_no_customer_id(tmp_path: Path) -> None:
    """A file with only the customer's address: the importer keyed them by a hash of it, so
    the request that names them by address must find them (any capitals)."""
    shop = create_organisation("Quiet Pages", "quiet-pages")
    path = tmp_path / "mail.csv"
    path.write_text(
        "conversation_id,speaker_role,speaker_name,customer_email,text\n"
        "M-1,customer,Noor Asfar,noor@example.org,Has my book order shipped?\n"
        "M-1,agent,Jo,,It left our warehouse this morning.\n",
        encoding="utf-8",
    )
    import_conversations(shop, path)
    wrong = run("forget-customer", "--source", "csv", "--email", "nobody@example.org")
    assert wrong.exit_code == 2
    assert "error: --email: csv:nobody@example.org matches no customer" in wrong.stderr
    result = run("forget-customer", "--source", "csv", "--email", "Noor@Example.org")
    assert result.exit_code == 0, result.output
    assert not Customer.objects.exists()
    assert not Conversation.objects.exists()
    assert import_conversations(shop, path).skipped_erased == 1
