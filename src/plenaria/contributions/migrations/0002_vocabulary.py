from django.db import migrations

from plenaria.contributions.reference_data import load_vocabulary


def forwards(apps, schema_editor):
    load_vocabulary(lambda name: apps.get_model("contributions", name))


class Migration(migrations.Migration):
    dependencies = [("contributions", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
