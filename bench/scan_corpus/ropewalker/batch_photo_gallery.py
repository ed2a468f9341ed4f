"""Photos of splices, terminations and test specimens attached to production batches."""
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import login_required
from werkzeug.utils import secure_filename

from ropewalker.production.models import ProductionBatch

bp = Blueprint("batch_photos", __name__, url_prefix="/batches")

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def _batch_folder(batch_code: str) -> Path:
    batch = ProductionBatch.query.filter_by(code=batch_code).first()
    if batch is None:
        abort(404)
    return Path(current_app.config["BATCH_PHOTO_ROOT"]) / batch.storage_slug


@bp.post("/<batch_code>/photos")
@login_required
def upload_photo(batch_code: str):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    filename = secure_filename(upload.filename)
    if Path(filename).suffix.lower() not in IMAGE_SUFFIXES:
        abort(415)
    folder = _batch_folder(batch_code)
    folder.mkdir(parents=True, exist_ok=True)
    upload.save(folder / filename)
    return jsonify(stored=filename), 201


@bp.get("/<batch_code>/photos/<path:filename>")
@login_required
def photo(batch_code: str, filename: str):
    folder = _batch_folder(batch_code)
    return send_from_directory(folder, filename, max_age=3600)


@bp.get("/<batch_code>/photos")
@login_required
def list_photos(batch_code: str):
    folder = _batch_folder(batch_code)
    if not folder.is_dir():
        return jsonify(photos=[])
    names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
    return jsonify(photos=names)
