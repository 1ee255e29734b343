"""Browser tests drive Debian's Chromium through Playwright; never a downloaded browser."""

import os
import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

# Playwright's synchronous API runs an event loop in this thread; the live server and the
# test's own database work stay synchronous, so Django's async guard is lifted here only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed (Debian package 'chromium'); browser tests skipped.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB", timezone_id="Asia/Tokyo")
    page = context.new_page()
    yield page
    context.close()


def in_chromium(
    journey,
    *,
    locale: str = "en-GB",
    timezone_id=None,
    cookies=(),
    launch_args=(),
    permissions=(),
) -> None:
    """Run ``journey(page)`` in a Chromium of its own on a thread of its own: Playwright's
    synchronous API keeps one event loop per thread, and the session's ``browser`` fixture
    may hold this thread's. A failure in the journey is raised in the test's thread.
    ``launch_args`` are added to Chromium's command line (a fake camera, for instance) and
    ``permissions`` are granted to the page's context (``"camera"``)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed (Debian package 'chromium'); browser test skipped.")

    def run():
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=["--no-sandbox", "--disable-gpu", "--no-first-run", *launch_args],
            )
            try:
                context = chromium.new_context(
                    locale=locale, timezone_id=timezone_id, permissions=list(permissions)
                )
                context.add_cookies(list(cookies))
                journey(context.new_page())
            finally:
                chromium.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(run).result()
