"""Store and serve photos of graded bundles.

Graders photograph a sample bundle from each lot so wholesale buyers can
see rod colour and straightness before ordering. Photos are kept per lot.
"""

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from werkzeug.utils import secure_filename

bp = Blueprint("lot_photos", __name__, url_prefix="/lots")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def photo_root() -> Path:
    return Path(current_app.config["LOT_PHOTO_ROOT"]).resolve()


def _photo_path(lot_code: str, name: str) -> Path:
    root = photo_root()
    candidate = (root / lot_code / name).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    return candidate


@bp.post("/<lot_code>/photos")
def upload_photo(lot_code: str):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(415)
    target = _photo_path(lot_code, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    return {"lot": lot_code, "photo": name}, 201


@bp.get("/<lot_code>/photos/<path:name>")
def show_photo(lot_code: str, name: str):
    target = _photo_path(lot_code, name)
    if not target.is_file() or target.suffix.lower() not in ALLOWED_SUFFIXES:
        abort(404)
    return send_file(target)
