"""Background work: thin tasks that take primary keys and call a service."""

from django_tasks import task

from plenaria.circulars.sending import send_pending


@task()
def send_letter(letter_id: int) -> int:
    return send_pending(letter_id=letter_id).sent
