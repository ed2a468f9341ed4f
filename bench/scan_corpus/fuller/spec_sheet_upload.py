"""Upload of customer finishing specifications.

Wholesale customers attach a spec sheet to an order (handle, target
weight, nap direction, pressing finish). Files are kept per order.
"""
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("spec_sheets", __name__, url_prefix="/orders")

ALLOWED_EXTENSIONS = {".pdf", ".xlsx", ".docx", ".jpg", ".png"}
MAX_BYTES = 15 * 1024 * 1024


def _spec_dir(order_id: int) -> Path:
    root = Path(current_app.config["SPEC_SHEET_ROOT"])
    folder = root / f"order-{order_id:06d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@bp.post("/<int:order_id>/spec-sheets")
def upload_spec_sheet(order_id: int):
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400, "no file")
    name = secure_filename(upload.filename)
    ext = os.path.splitext(name)[1].lower()
    if not name or ext not in ALLOWED_EXTENSIONS:
        abort(415, "unsupported file type")
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)
    destination = _spec_dir(order_id) / name
    upload.save(destination)
    current_app.logger.info("spec sheet %s stored for order %s", name, order_id)
    return jsonify({"order_id": order_id, "file": name}), 201


@bp.get("/<int:order_id>/spec-sheets")
def list_spec_sheets(order_id: int):
    folder = _spec_dir(order_id)
    return jsonify(sorted(p.name for p in folder.iterdir() if p.is_file()))
