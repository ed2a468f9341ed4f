"""Store and serve intake photos for the detective review screen."""
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("photo_files", __name__, url_prefix="/photos")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _item_dir(intake_id: int) -> Path:
    return Path(current_app.config["INTAKE_PHOTO_ROOT"]) / str(intake_id)


@bp.get("/<int:intake_id>/<path:filename>")
def get_photo(intake_id: int, filename: str):
    return send_from_directory(_item_dir(intake_id), filename, max_age=3600)


@bp.post("/<int:intake_id>")
def add_photo(intake_id: int):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400, "no photo attached")

    ext = Path(secure_filename(upload.filename)).suffix.lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(415, "unsupported image type")

    folder = _item_dir(intake_id)
    folder.mkdir(parents=True, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}{ext}"
    upload.save(folder / stored_name)
    return {"intake_id": intake_id, "photo": stored_name}, 201
