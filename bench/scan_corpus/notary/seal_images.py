"""Serves a notary's uploaded seal and signature images to the signing UI."""
import os
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

bp = Blueprint("seal_images", __name__, url_prefix="/seal-images")

IMAGE_ROOT = Path(os.environ.get("SEAL_IMAGE_ROOT", "/srv/notary/seal-images")).resolve()
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def _resolve(notary_id: int, filename: str) -> Path:
    base = (IMAGE_ROOT / str(notary_id)).resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base):
        abort(404)
    return candidate


@bp.get("/<path:filename>")
@login_required
def seal_image(filename: str):
    path = _resolve(current_user.notary_id, filename)
    mimetype = IMAGE_TYPES.get(path.suffix.lower())
    if mimetype is None or not path.is_file():
        abort(404)
    return send_file(path, mimetype=mimetype, max_age=3600)
