from django.conf import settings
from django.core.management.base import BaseCommand
from django.test.utils import override_settings
from django.utils import timezone

from plenaria.contributions.demo import PLEDGER_LOGIN
from plenaria.contributions.demo.activity_work import ORGANISER_LOGIN
from plenaria.demo.loader import SECRETARIAT_LOGIN, ensure_secretariat_login, load_demo
from plenaria.demo.upcoming import wtisd_acronym
from plenaria.events.models import Event
from plenaria.registration.demo import FOCAL_POINT_LOGIN

# The demonstration sends no mail: the work its changes queue runs at once, in this process,
# where it finds the demo's notifications already withdrawn.
RUN_TASKS_HERE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


class Command(BaseCommand):
    help = "Load the demonstration: directory, events, letters, programmes, registrations (safe to run again)."

    def handle(self, *args, **options):
        with override_settings(TASKS=RUN_TASKS_HERE):
            counts = load_demo()
        ensure_secretariat_login()
        base = settings.PLENARIA_BASE_URL
        self.stdout.write(
            self.style.SUCCESS(
                "Demo loaded: {member_states} Member States, {organisations} other organisations, "
                "{events} events, {letters} letters, {registrations} registrations.".format(
                    **counts
                )
            )
        )
        wtisd = Event.objects.filter(acronym=wtisd_acronym(timezone.localdate())).first()
        self.stdout.write(f"  Public site:   {base}/")
        if wtisd is not None:
            self.stdout.write(f"  Register:      {base}/en/events/{wtisd.slug}/register/")
        self.stdout.write(f"  Sign in:       {base}/en/account/signin/")
        self.stdout.write("  Secretariat:   login {} / {}".format(*SECRETARIAT_LOGIN))
        self.stdout.write("  Focal point:   login {} / {}".format(*FOCAL_POINT_LOGIN))
        self.stdout.write("  Pledger:       login {} / {}".format(*PLEDGER_LOGIN))
        self.stdout.write("  Organiser:     login {} / {}".format(*ORGANISER_LOGIN))
        mail = settings.EMAIL_HOST or settings.EMAIL_FILE_PATH
        self.stdout.write(f"  E-mails go to: {mail}")
