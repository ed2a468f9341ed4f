"""Serves reference photos of finished castings for each mould in the library."""
import os

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import login_required

from pewterer.moulds.models import Mould
from pewterer.settings import MOULD_PHOTO_ROOT

bp = Blueprint("mould_photos", __name__)

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp")


def _photo_dir(mould: Mould) -> str:
    return os.path.join(MOULD_PHOTO_ROOT, mould.code.lower())


@bp.get("/moulds/<int:mould_id>/photos/<path:photo_name>")
@login_required
def mould_photo(mould_id: int, photo_name: str):
    mould = Mould.query.get_or_404(mould_id)
    if not photo_name.lower().endswith(IMAGE_EXTENSIONS):
        abort(404)
    max_age = current_app.config.get("PHOTO_CACHE_SECONDS", 3600)
    return send_from_directory(_photo_dir(mould), photo_name, max_age=max_age)


@bp.get("/moulds/<int:mould_id>/photos")
@login_required
def list_photos(mould_id: int):
    mould = Mould.query.get_or_404(mould_id)
    folder = _photo_dir(mould)
    if not os.path.isdir(folder):
        return {"photos": []}
    names = sorted(
        name for name in os.listdir(folder) if name.lower().endswith(IMAGE_EXTENSIONS)
    )
    size = request.args.get("size", "card")
    return {"photos": names, "size": size}
