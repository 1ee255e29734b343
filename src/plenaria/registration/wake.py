"""Waking the notification sender: at most once a second per process, however busy.

A registration rush records thousands of notifications a minute; one queued task per
notification would cost every request a write and the worker a task each. Instead the first
notification of a window queues one sending task to run when the window closes: every
notification committed within the window is in the database by then, so the task sends it.
"""

import datetime
import threading

from django.utils import timezone

from plenaria.registration import tasks

WINDOW = datetime.timedelta(seconds=1)
_lock = threading.Lock()
_window_closes = None


def wake_sender() -> None:
    """Call once a notification is committed."""
    global _window_closes
    task = tasks.send_notifications
    if not task.get_backend().supports_defer:  # a backend that runs tasks at once
        task.enqueue()
        return
    now = timezone.now()
    with _lock:
        if _window_closes is not None and now < _window_closes:
            return  # the task already queued runs after this notification's commit
        _window_closes = now + WINDOW
        run_after = _window_closes
    task.using(run_after=run_after).enqueue()
