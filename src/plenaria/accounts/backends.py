"""django-axes' lockout check in front of every sign-in that comes with a web request."""

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """Refuses a locked-out account on the site's sign-in, the admin's, and any other page.

    An authentication without a request (a management command, the test client's ``login``)
    cannot come from someone guessing passwords over the web, and has no address to count:
    it is left to the next backend instead of failing as django-axes would.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
