from django.db import migrations


def load_reference_data(apps, schema_editor):
    from plenaria.directory import reference_data

    reference_data.load(apps.get_model("directory", "Country"), apps.get_model("directory", "Grouping"))


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(load_reference_data, migrations.RunPython.noop)]
