"""Photo uploads from hull and pontoon inspections.

The maintenance team photographs hull damage, fender wear and pontoon
fixings during inspections. Photos are uploaded from a tablet and attached
to the inspection record for the vessel or berth.
"""
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import create_engine, text
from werkzeug.utils import secure_filename

bp = Blueprint("inspection_photos", __name__, url_prefix="/maintenance/inspections")
engine = create_engine(os.environ["MAINTENANCE_DATABASE_URL"])

PHOTO_ROOT = Path(os.environ.get("INSPECTION_PHOTO_ROOT", "/srv/ferryman/inspection-photos"))
ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _stored_name(original: str) -> str:
    cleaned = secure_filename(original) or "photo.jpg"
    return f"{uuid.uuid4().hex}_{cleaned}"


@bp.post("/<int:inspection_id>/photos")
def upload_photos(inspection_id: int):
    files = request.files.getlist("photos")
    if not files:
        abort(400, "no photos attached")
    folder = PHOTO_ROOT / str(inspection_id)
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    with engine.begin() as conn:
        for upload in files:
            ext = Path(upload.filename or "").suffix.lower()
            if ext not in ALLOWED_EXTENSIONS:
                abort(415, f"unsupported photo type {ext or '(none)'}")
            name = _stored_name(upload.filename)
            upload.save(folder / name)
            conn.execute(
                text(
                    "INSERT INTO inspection_photos (inspection_id, stored_name, caption) "
                    "VALUES (:iid, :name, :caption)"
                ),
                {"iid": inspection_id, "name": name, "caption": request.form.get("caption", "")},
            )
            saved.append(name)
    return jsonify({"inspection_id": inspection_id, "photos": saved}), 201
