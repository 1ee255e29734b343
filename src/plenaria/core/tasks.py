"""Background work of the shared kernel: thin tasks."""

from django_tasks import task

from plenaria.core import schedule


@task()
def run_periodic(name: str):
    """Run one periodic job claimed by ``schedule.enqueue_due``."""
    return schedule.run(name)
