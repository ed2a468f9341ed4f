"""Upload of ridge and eaves drawings for planning submissions.

Conservation officers usually want a drawing of the proposed ridge pattern
(block-cut, flush, with points or scallops) and eaves detail. Estimators
upload these from CAD or as scans and they are kept per quote.
"""

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("drawings", __name__)

ALLOWED_EXTENSIONS = {"pdf", "dwg", "dxf", "png", "jpg"}


def _allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def drawings_folder(quote_id: int) -> Path:
    root = Path(current_app.config["DRAWINGS_DIR"])
    folder = root / f"quote-{quote_id}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@bp.post("/quotes/<int:quote_id>/drawings")
@login_required
def upload_drawing(quote_id: int):
    upload = request.files.get("drawing")
    if upload is None or not upload.filename:
        abort(400)
    filename = secure_filename(upload.filename)
    if not filename or not _allowed(filename):
        return jsonify(error="Unsupported drawing format"), 400
    destination = drawings_folder(quote_id) / filename
    upload.save(os.fspath(destination))
    return jsonify(stored=filename, size=destination.stat().st_size), 201


@bp.get("/quotes/<int:quote_id>/drawings")
@login_required
def list_drawings(quote_id: int):
    folder = drawings_folder(quote_id)
    return jsonify(drawings=sorted(p.name for p in folder.iterdir() if p.is_file()))
