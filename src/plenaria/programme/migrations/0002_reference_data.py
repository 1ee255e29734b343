from django.db import migrations


def load_reference_data(apps, schema_editor):
    from plenaria.programme import reference_data

    reference_data.load(apps.get_model("programme", "SessionType"), apps.get_model("programme", "ActionLine"))


class Migration(migrations.Migration):
    dependencies = [("programme", "0001_initial")]

    operations = [migrations.RunPython(load_reference_data, migrations.RunPython.noop)]
