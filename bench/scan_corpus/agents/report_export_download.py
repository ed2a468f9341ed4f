"""Downloads the weekly ad-spend export from the ads console with Playwright."""
import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from .config import ConsoleConfig
from .loader import load_spend_report


def download_export(cfg: ConsoleConfig, dest_dir: Path) -> Path:
    target = dest_dir / "ad_spend.xlsx"
    with sync_playwright() as p:
        browser = p.chromium.launch(headless=True)
        context = browser.new_context(accept_downloads=True, storage_state=cfg.storage_state_path)
        page = context.new_page()
        page.goto(cfg.reports_url)
        page.get_by_role("button", name="Export").click()
        with page.expect_download(timeout=120_000) as dl:
            page.get_by_role("menuitem", name="Excel (.xlsx)").click()
        dl.value.save_as(target)
        browser.close()
    return target


def run(cfg: ConsoleConfig) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="adspend-"))
    try:
        report = download_export(cfg, workdir)
        return load_spend_report(report)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
