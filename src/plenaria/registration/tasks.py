"""Background work: thin tasks that call a service."""

from django_tasks import task

from plenaria.registration.notifications import send_unsent


@task()
def send_notifications() -> int:
    """Send every notification that is due (see ``notifications.send_unsent``)."""
    return send_unsent()
