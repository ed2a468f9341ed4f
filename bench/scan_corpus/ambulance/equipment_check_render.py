"""Render vehicle daily inspection (VDI) checklists to PDF for the fleet archive."""
import logging
import os
import re
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger(__name__)

CALLSIGN_RE = re.compile(r"^[A-Z]{1,3}\d{2,4}$")
ARCHIVE_ROOT = Path(os.environ.get("VDI_ARCHIVE", "/srv/vdi"))
TEMPLATE_DIR = Path(__file__).with_name("templates")
WKHTMLTOPDF = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"

env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]))


class RenderError(RuntimeError):
    pass


def render_vdi(check: dict) -> Path:
    callsign = check["callsign"]
    if not CALLSIGN_RE.fullmatch(callsign):
        raise ValueError(f"unexpected callsign {callsign!r}")

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out_dir = ARCHIVE_ROOT / callsign
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path = out_dir / f"{stamp}.html"
    pdf_path = out_dir / f"{stamp}.pdf"
    html_path.write_text(env.get_template("vdi.html").render(check=check), encoding="utf-8")

    title = f"VDI {callsign} - {check.get('checked_by', 'unknown')}"
    cmd = [WKHTMLTOPDF, "--quiet", "--title", title, str(html_path), str(pdf_path)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    html_path.unlink(missing_ok=True)
    if result.returncode != 0:
        log.error("wkhtmltopdf exited %s for %s: %s", result.returncode, callsign, result.stderr.strip())
        raise RenderError(callsign)
    return pdf_path
