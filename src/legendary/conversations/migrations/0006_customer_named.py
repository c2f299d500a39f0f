import re

from django.db import migrations, models

# The labels the importer made up for customers without a name: "Customer " and their id,
# or six hex digits of their address's hash ("Customer 3f9a1c"). No one is called that.
MADE_UP = re.compile(r"Customer (?=\S*\d)\S+")


def mark_made_up_names(apps, _schema_editor):  # type: ignore[no-untyped-def]
    Customer = apps.get_model("conversations", "Customer")
    labelled = [
        customer.pk
        for customer in Customer.objects.filter(display_name__startswith="Customer ").only(
            "display_name"
        )
        if MADE_UP.fullmatch(customer.display_name)
    ]
    Customer.objects.filter(pk__in=labelled).update(named=False)


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0005_importbatch_conversations_updated"),
    ]

    operations = [
        migrations.AddField(
            model_name="customer",
            name="named",
            field=models.BooleanField(default=True),
        ),
        migrations.RunPython(mark_made_up_names, migrations.RunPython.noop),
    ]
