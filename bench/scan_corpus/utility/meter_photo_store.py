"""Store and serve meter photos that customers upload with a reading."""
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, g, request, send_file
from werkzeug.utils import secure_filename

from .auth import customer_login_required

bp = Blueprint("meter_photos", __name__, url_prefix="/account/meter-photos")

PHOTO_ROOT = Path(os.environ.get("METER_PHOTO_ROOT", "/var/lib/portal/meter-photos")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _customer_dir() -> Path:
    path = PHOTO_ROOT / str(g.customer.id)
    path.mkdir(parents=True, exist_ok=True)
    return path


@bp.post("/")
@customer_login_required
def upload_photo():
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    suffix = Path(secure_filename(upload.filename)).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(415)
    name = f"{uuid.uuid4().hex}{suffix}"
    upload.save(_customer_dir() / name)
    return {"name": name}, 201


@bp.get("/<name>")
@customer_login_required
def get_photo(name: str):
    base = _customer_dir().resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        abort(404)
    return send_file(target)
