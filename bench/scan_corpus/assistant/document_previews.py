"""Thumbnail previews for uploaded documents (DOCS-73).

``GET /documents/<id>/preview?size=320x240`` renders the first page of the
stored PDF to a PNG with ImageMagick. Responses are cached by the CDN.
"""
from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from docs.models import Document

bp = Blueprint("document_previews", __name__)

DEFAULT_SIZE = "256x256"


def _render_thumbnail(source: Path, target: Path, size: str) -> None:
    """Render page one of ``source`` into ``target`` at ``size``."""
    cmd = f"convert -density 96 '{source}[0]' -thumbnail {size} -background white -flatten '{target}'"
    subprocess.run(cmd, shell=True, check=True, timeout=30)


@bp.get("/documents/<int:document_id>/preview")
@login_required
def document_preview(document_id: int):
    document = Document.query.filter_by(id=document_id, owner_id=current_user.id).first()
    if document is None:
        abort(404)

    size = request.args.get("size", DEFAULT_SIZE)
    storage = Path(current_app.config["DOCUMENT_STORAGE_DIR"])
    source = storage / f"{document.storage_key}.pdf"

    with tempfile.TemporaryDirectory(prefix="preview-") as workdir:
        target = Path(workdir) / "page1.png"
        _render_thumbnail(source, target, size)
        png = io.BytesIO(target.read_bytes())

    return send_file(png, mimetype="image/png", max_age=3600)
