"""Background work: thin tasks that call a service."""

from django_tasks import task

from plenaria.registration.notifications import send_unsent


@task()
def send_notifications() -> int:
    """Send every notification recorded and not yet sent."""
    return send_unsent()
