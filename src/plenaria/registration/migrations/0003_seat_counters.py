from django.db import migrations, models

# Statuses of a person holding a place, per mode (as in plenaria.registration.choices.ADMITTED).
ADMITTED = {"in_person": "seated", "remote": "approved"}


def count_places(apps, schema_editor):
    settings_model = apps.get_model("registration", "RegistrationSettings")
    registration_model = apps.get_model("registration", "Registration")
    for conf in settings_model.objects.all():
        taken = {
            mode: registration_model.objects.filter(
                event_id=conf.event_id, mode=mode, status=status
            ).count()
            for mode, status in ADMITTED.items()
        }
        settings_model.objects.filter(pk=conf.pk).update(
            in_person_taken=taken["in_person"], remote_taken=taken["remote"]
        )


class Migration(migrations.Migration):
    dependencies = [
        ("registration", "0002_badges_and_checkins"),
    ]

    operations = [
        migrations.AddField(
            model_name="registrationsettings",
            name="in_person_taken",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="registrationsettings",
            name="remote_taken",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.RunPython(count_places, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="registration",
            index=models.Index(
                fields=["event", "created_at", "id"], name="registratio_event_i_28add6_idx"
            ),
        ),
        migrations.RemoveIndex(model_name="registration", name="registratio_event_i_b40e5d_idx"),
        migrations.AddIndex(
            model_name="registration",
            index=models.Index(
                fields=[
                    "event",
                    "status",
                    "mode",
                    "gender",
                    "interpretation_language",
                    "organisation",
                    "year_of_birth",
                ],
                include=["id"],
                name="registration_figures_idx",
            ),
        ),
    ]
