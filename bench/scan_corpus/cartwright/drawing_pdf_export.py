"""Turns uploaded SVG body elevations into PDFs for the commission pack."""
import os
import subprocess
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from werkzeug.utils import secure_filename

bp = Blueprint("drawing_export", __name__, url_prefix="/commissions")

INKSCAPE = os.environ.get("INKSCAPE_BIN", "inkscape")


def _work_dir(commission_ref: str) -> Path:
    root = Path(current_app.config["COMMISSION_FILES"])
    folder = root / secure_filename(commission_ref)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def convert(svg_path: Path, page_title: str) -> Path:
    pdf_path = svg_path.with_suffix(".pdf")
    cmd = (
        f'{INKSCAPE} "{svg_path}" --export-type=pdf '
        f'--export-filename="{pdf_path}" --export-pdf-version=1.5 '
        f'--export-id-only --export-text-to-path --actions="set-title:{page_title}"'
    )
    subprocess.run(cmd, shell=True, check=True, timeout=120)
    return pdf_path


@bp.post("/<commission_ref>/drawings")
def upload_drawing(commission_ref: str):
    upload = request.files.get("drawing")
    if upload is None or not upload.filename.lower().endswith(".svg"):
        abort(400, "an SVG drawing is required")
    folder = _work_dir(commission_ref)
    svg_path = folder / secure_filename(upload.filename)
    upload.save(svg_path)
    title = request.form.get("title", svg_path.stem)
    pdf = convert(svg_path, title)
    return send_file(pdf, mimetype="application/pdf", download_name=pdf.name)
