"""Serves customer-supplied artwork (crests, signatures, handwriting) to the engraving bench."""

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("artwork", __name__, url_prefix="/bench/artwork")

ALLOWED_ROLES = {"engraver", "workshop_manager"}


def artwork_root() -> str:
    return current_app.config["ENGRAVING_ARTWORK_DIR"]


def mimetype_for(filename: str) -> str:
    ext = os.path.splitext(filename)[1].lower()
    return {
        ".svg": "image/svg+xml",
        ".png": "image/png",
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".pdf": "application/pdf",
    }.get(ext, "application/octet-stream")


@bp.get("/<int:order_id>/<path:filename>")
@login_required
def download_artwork(order_id: int, filename: str):
    if current_user.role not in ALLOWED_ROLES:
        abort(403)
    order_dir = os.path.join(artwork_root(), str(order_id))
    full_path = os.path.join(order_dir, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype=mimetype_for(filename), as_attachment=True, download_name=os.path.basename(filename))


@bp.get("/<int:order_id>")
@login_required
def list_artwork(order_id: int):
    if current_user.role not in ALLOWED_ROLES:
        abort(403)
    order_dir = os.path.join(artwork_root(), str(order_id))
    if not os.path.isdir(order_dir):
        return {"files": []}
    return {"files": sorted(os.listdir(order_dir))}
