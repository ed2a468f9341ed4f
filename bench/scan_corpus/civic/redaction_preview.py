"""Thumbnail previews for documents in the redaction review queue.

Editors see the first page of each released document before it goes on
the public FOIA page, to check redaction boxes rendered properly.
"""
import subprocess
import tempfile
from pathlib import Path

from flask import Blueprint, abort, send_file

from foiatracker.models import ReleasedDocument

bp = Blueprint("redaction_preview", __name__, url_prefix="/review")

PREVIEW_DPI = 72


def render_first_page(pdf_path: Path, out_dir: Path) -> Path:
    prefix = out_dir / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(PREVIEW_DPI), "-f", "1", "-l", "1", "-singlefile",
         str(pdf_path), str(prefix)],
        check=True,
        timeout=60,
        capture_output=True,
    )
    return prefix.with_suffix(".png")


@bp.get("/documents/<int:doc_id>/preview.png")
def preview(doc_id: int):
    doc = ReleasedDocument.query.get(doc_id)
    if doc is None or doc.storage_path is None:
        abort(404)
    out_dir = Path(tempfile.mkdtemp(prefix="preview-"))
    try:
        png = render_first_page(Path(doc.storage_path), out_dir)
    except subprocess.CalledProcessError:
        abort(422)
    return send_file(png, mimetype="image/png", download_name=f"doc-{doc_id}.png")
