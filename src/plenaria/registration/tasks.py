"""Background work: thin tasks that take primary keys and call a service."""

from django_tasks import task

from plenaria.registration.notifications import deliver


@task()
def send_notification(notification_id: int) -> bool:
    return deliver(notification_id)
