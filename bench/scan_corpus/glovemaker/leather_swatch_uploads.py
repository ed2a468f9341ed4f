"""Photo uploads of leather swatches for the hide-grading library.

Graders photograph a swatch from each incoming lot so buyers can compare grain,
colour and defects against the tannery's grade claim.
"""
import os
import uuid
from datetime import date

from flask import Blueprint, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("swatches", __name__, url_prefix="/grading")

ALLOWED_EXTENSIONS = {"jpg", "jpeg", "png", "heic"}
MAX_FILES = 12


def _allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def _upload_dir(lot_no: str) -> str:
    base = current_app.config["SWATCH_DIR"]
    folder = os.path.join(base, date.today().strftime("%Y-%m"), secure_filename(lot_no))
    os.makedirs(folder, exist_ok=True)
    return folder


def _store(file_storage, folder: str) -> str:
    original = secure_filename(file_storage.filename or "")
    if not original or not _allowed(original):
        raise ValueError(f"unsupported file type: {original or '(empty name)'}")
    stored_name = f"{uuid.uuid4().hex[:8]}_{original}"
    file_storage.save(os.path.join(folder, stored_name))
    return stored_name


@bp.post("/lots/<lot_no>/swatches")
def upload_swatches(lot_no: str):
    files = request.files.getlist("photos")[:MAX_FILES]
    if not files:
        return jsonify({"error": "no photos attached"}), 400
    folder = _upload_dir(lot_no)
    stored, rejected = [], []
    for f in files:
        try:
            stored.append(_store(f, folder))
        except ValueError as exc:
            rejected.append(str(exc))
    return jsonify({"lot": lot_no, "stored": stored, "rejected": rejected}), 201
