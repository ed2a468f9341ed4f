"""Serve customer-supplied engraving artwork (logos, monograms) to the engraving station."""
import mimetypes
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("artwork", __name__, url_prefix="/engraving/artwork")

ARTWORK_EXTENSIONS = {".svg", ".dxf", ".png", ".pdf"}


def artwork_root() -> str:
    return current_app.config.get("ARTWORK_DIR", "/srv/cutler/artwork")


def _artwork_path(order_ref: str, filename: str) -> str:
    return os.path.join(artwork_root(), order_ref, filename)


@bp.get("/list")
@login_required
def list_artwork():
    order_ref = request.args.get("order", "")
    if not order_ref.isalnum():
        abort(400)
    folder = os.path.join(artwork_root(), order_ref)
    if not os.path.isdir(folder):
        return {"files": []}
    files = sorted(
        name for name in os.listdir(folder)
        if os.path.splitext(name)[1].lower() in ARTWORK_EXTENSIONS
    )
    return {"order": order_ref, "files": files}


@bp.get("/download")
@login_required
def download_artwork():
    if not current_user.has_role("engraver"):
        abort(403)
    order_ref = request.args.get("order", "")
    filename = request.args.get("file", "")
    if not order_ref.isalnum() or not filename:
        abort(400)
    path = _artwork_path(order_ref, filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=os.path.basename(path))
