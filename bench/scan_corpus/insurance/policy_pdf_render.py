"""Renders policy schedules to PDF for the document service.

The HTML schedule is produced by the templating step; this module shells
out to wkhtmltopdf and returns the path of the generated PDF.
"""
import logging
import re
import subprocess
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("policy_pdf", __name__)

WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"
POLICY_REF = re.compile(r"^[A-Z]{3}-\d{6,10}$")


def render_schedule(html_path: Path, out_path: Path, title: str) -> Path:
    subprocess.run(
        f'{WKHTMLTOPDF} --quiet --page-size A4 --title "{title}" {html_path} {out_path}',
        shell=True,
        check=True,
        timeout=120,
    )
    return out_path


@bp.post("/documents/schedules")
def create_schedule():
    data = request.get_json(force=True)
    policy_ref = str(data.get("policy_ref", ""))
    if not POLICY_REF.fullmatch(policy_ref):
        abort(400, "invalid policy reference")
    title = data.get("title") or f"Policy schedule {policy_ref}"
    html_path = Path(current_app.config["SCHEDULE_HTML_DIR"]) / f"{policy_ref}.html"
    out_path = Path(current_app.config["SCHEDULE_PDF_DIR"]) / f"{policy_ref}.pdf"
    pdf = render_schedule(html_path, out_path, title)
    log.info("rendered schedule for %s", policy_ref)
    return jsonify(path=str(pdf)), 201
