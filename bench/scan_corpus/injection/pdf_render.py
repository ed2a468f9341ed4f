"""Render HTML invoices to PDF with wkhtmltopdf."""
import subprocess
import tempfile
from pathlib import Path

from flask import Blueprint, Response, request

bp = Blueprint("pdf", __name__)

RENDER_SETTINGS = {
    "binary": "wkhtmltopdf",
    "command": '{binary} --quiet --page-size {page_size} --title "{title}" {src} {dst}',
    "page_sizes": ("A4", "Letter"),
}


def render_pdf(html: str, title: str, page_size: str = "A4", **_) -> bytes:
    if page_size not in RENDER_SETTINGS["page_sizes"]:
        page_size = "A4"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.html"
        dst = Path(tmp) / "doc.pdf"
        src.write_text(html, encoding="utf-8")
        cmd = RENDER_SETTINGS["command"].format(binary=RENDER_SETTINGS["binary"], page_size=page_size, title=title, src=src, dst=dst)
        rc = subprocess.call(cmd, shell=True)
        if rc != 0:
            raise RuntimeError(f"wkhtmltopdf exited with {rc}")
        return dst.read_bytes()


@bp.post("/export/pdf")
def export_pdf():
    data = request.get_json(force=True)
    pdf = render_pdf(**data)
    return Response(pdf, mimetype="application/pdf")
