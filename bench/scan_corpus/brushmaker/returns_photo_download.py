"""Photos of damaged or defective brushes attached to return requests."""
import os

from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import current_user, login_required

from brushworks.returns import rma_visible_to
from brushworks.settings import RETURNS_MEDIA_ROOT

bp = Blueprint("rma_photos", __name__, url_prefix="/returns")

IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".heic": "image/heic"}


def _rma_dir(rma_no: str) -> str:
    return os.path.join(RETURNS_MEDIA_ROOT, "rma", rma_no)


@bp.get("/<rma_no>/photos")
@login_required
def list_photos(rma_no: str):
    if not rma_visible_to(current_user, rma_no):
        abort(404)
    folder = _rma_dir(rma_no)
    names = sorted(n for n in os.listdir(folder) if os.path.splitext(n)[1].lower() in IMAGE_TYPES) \
        if os.path.isdir(folder) else []
    return jsonify({"rma_no": rma_no, "photos": names})


@bp.get("/<rma_no>/photos/download")
@login_required
def download_photo(rma_no: str):
    if not rma_visible_to(current_user, rma_no):
        abort(404)
    name = request.args.get("name", "")
    ext = os.path.splitext(name)[1].lower()
    if ext not in IMAGE_TYPES:
        abort(415)
    target = os.path.join(_rma_dir(rma_no), name)
    if not os.path.isfile(target):
        abort(404)
    return send_file(target, mimetype=IMAGE_TYPES[ext], download_name=os.path.basename(name))
