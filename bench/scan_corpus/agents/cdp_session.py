"""Attach Playwright to a locally launched Chrome over the DevTools protocol.

Used by the browser-automation jobs that need a real Chrome profile (extensions,
saved SSO) rather than Playwright's bundled Chromium.
"""
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager

import requests
from playwright.sync_api import sync_playwright

DEVTOOLS_PORT = 9222
DEVTOOLS_URL = f"http://127.0.0.1:{DEVTOOLS_PORT}"


def _wait_for_devtools(timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            requests.get(f"{DEVTOOLS_URL}/json/version", timeout=1).raise_for_status()
            return
        except requests.RequestException:
            time.sleep(0.25)
    raise TimeoutError("Chrome DevTools endpoint did not come up")


@contextmanager
def chrome_page(chrome_bin: str = "google-chrome"):
    profile_dir = tempfile.mkdtemp(prefix="chrome-profile-")
    proc = subprocess.Popen([
        chrome_bin,
        f"--remote-debugging-port={DEVTOOLS_PORT}",
        "--remote-debugging-address=127.0.0.1",
        f"--user-data-dir={profile_dir}",
        "--no-first-run",
        "--headless=new",
    ])
    try:
        _wait_for_devtools()
        with sync_playwright() as p:
            browser = p.chromium.connect_over_cdp(DEVTOOLS_URL)
            context = browser.contexts[0] if browser.contexts else browser.new_context()
            yield context.new_page()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(profile_dir, ignore_errors=True)
