from django.conf import settings
from django.core.management.base import BaseCommand

from plenaria.demo.loader import SECRETARIAT_LOGIN, ensure_secretariat_login, load_demo


class Command(BaseCommand):
    help = (
        "Load the demonstration directory and the events of the seed letters (safe to run again)."
    )

    def handle(self, *args, **options):
        counts = load_demo()
        ensure_secretariat_login()
        username, password = SECRETARIAT_LOGIN
        self.stdout.write(
            self.style.SUCCESS(
                "Demo loaded: {member_states} Member States, {organisations} other organisations, "
                "{events} events.".format(**counts)
            )
        )
        self.stdout.write(f"  Public site:  {settings.PLENARIA_BASE_URL}/")
        self.stdout.write(
            f"  Secretariat:  {settings.PLENARIA_BASE_URL}/en/admin/  (login {username} / {password})"
        )
        self.stdout.write(
            f"  Demo e-mails are written to {settings.EMAIL_FILE_PATH if not settings.EMAIL_HOST else settings.EMAIL_HOST}"
        )
