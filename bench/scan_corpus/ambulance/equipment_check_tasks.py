"""Celery tasks for daily vehicle equipment checks.

At the start of each shift the crew completes the equipment checklist on the
tablet (defib self-test, O2 cylinder levels, drugs pouch seals, suction). The
submitted checklist is rendered to PDF and archived against the vehicle.
"""
import logging
import os
import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from celery import shared_task
from jinja2 import Environment, PackageLoader, select_autoescape

log = logging.getLogger(__name__)

CALLSIGN_RE = re.compile(r"^[A-Z]{1,3}\d{2,4}$")
ARCHIVE_ROOT = Path(os.environ.get("EQUIPMENT_ARCHIVE", "/srv/equipment-checks"))
templates = Environment(
    loader=PackageLoader("fleet", "templates"),
    autoescape=select_autoescape(["html"]),
)


def _render_html(check: dict) -> str:
    return templates.get_template("equipment_check.html").render(check=check)


@shared_task(bind=True, max_retries=2)
def archive_equipment_check(self, check: dict) -> str:
    """Render a submitted checklist to PDF and file it under the vehicle."""
    callsign = check["callsign"]
    if not CALLSIGN_RE.fullmatch(callsign):
        raise ValueError(f"unexpected callsign format: {callsign!r}")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out_dir = ARCHIVE_ROOT / callsign
    out_dir.mkdir(parents=True, exist_ok=True)

    html_path = out_dir / f"{stamp}.html"
    html_path.write_text(_render_html(check), encoding="utf-8")
    pdf_path = out_dir / f"{stamp}.pdf"

    title = f"Equipment check {callsign} - {check.get('checked_by', 'unknown')}"
    result = subprocess.run(
        f'wkhtmltopdf --quiet --title "{title}" {html_path} {pdf_path}',
        shell=True,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        log.error("wkhtmltopdf failed for %s: %s", callsign, result.stderr.strip())
        raise self.retry(countdown=30)

    html_path.unlink(missing_ok=True)
    missing = [item for item, ok in check.get("items", {}).items() if not ok]
    if missing:
        log.warning("vehicle %s reported missing/failed items: %s", callsign, ", ".join(missing))
    return str(pdf_path)
