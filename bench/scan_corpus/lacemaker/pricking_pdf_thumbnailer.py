"""Preview thumbnails for pattern designers' uploaded prickings.

When a designer uploads a new PDF pricking to the shop, one page is rendered
to a PNG for the product page. Designers pick which page makes the best
preview, since page one is often just the title sheet.
"""
import logging
import os
import subprocess
from pathlib import Path

from celery import shared_task
from flask import Blueprint, request
from flask_login import login_required

log = logging.getLogger("lacemaker.patterns.thumbs")
bp = Blueprint("pattern_thumbs", __name__, url_prefix="/designer")

UPLOAD_DIR = Path(os.environ.get("PATTERN_UPLOAD_DIR", "/srv/lacemaker/uploads"))
THUMB_DIR = Path(os.environ.get("PATTERN_THUMB_DIR", "/srv/lacemaker/thumbs"))
RENDER_DPI = 110


def render_command(pdf_path: Path, out_stem: Path, page: str, dpi: int = RENDER_DPI) -> str:
    return f"pdftoppm -png -singlefile -f {page} -l {page} -r {dpi} {pdf_path} {out_stem}"


@shared_task
def make_thumbnail(pattern_id: int, preview_page: str = "1") -> str:
    src = UPLOAD_DIR / f"{pattern_id}.pdf"
    out_stem = THUMB_DIR / f"pattern-{pattern_id}"
    cmd = render_command(src, out_stem, preview_page)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        log.warning("thumbnail failed for pattern %s: %s", pattern_id, result.stderr.strip())
        return ""
    return f"{out_stem}.png"


@bp.post("/patterns/<int:pattern_id>/thumbnail")
@login_required
def request_thumbnail(pattern_id: int):
    page = request.form.get("preview_page", "1").strip() or "1"
    make_thumbnail.delay(pattern_id, page)
    return {"queued": True}, 202
