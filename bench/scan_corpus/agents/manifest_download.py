"""Logs in to the carrier portal and pulls the daily shipping manifest CSV."""
import os
import tempfile

from playwright.sync_api import sync_playwright

from .config import PortalConfig
from .loader import load_manifest


def _scratch_file(suffix: str) -> str:
    return tempfile.mktemp(prefix="manifest-", suffix=suffix)


def fetch_manifest(cfg: PortalConfig) -> str:
    target = _scratch_file(".csv")
    with sync_playwright() as p:
        browser = p.chromium.launch(headless=True)
        context = browser.new_context(accept_downloads=True)
        page = context.new_page()
        page.goto(cfg.login_url)
        page.fill("#username", cfg.username)
        page.fill("#password", cfg.password)
        page.click("button[type=submit]")
        page.wait_for_url("**/dashboard")
        page.goto(cfg.manifest_url)
        with page.expect_download() as dl_info:
            page.click("text=Export CSV")
        dl_info.value.save_as(target)
        browser.close()
    return target


def run(cfg: PortalConfig) -> int:
    path = fetch_manifest(cfg)
    try:
        return load_manifest(path)
    finally:
        os.remove(path)
