"""Download of scanned originals for staff working a matter."""
import mimetypes
import os

from flask import Blueprint, abort, current_app, g, send_file
from flask_login import current_user, login_required

bp = Blueprint("originals", __name__, url_prefix="/originals")

INLINE_TYPES = {"application/pdf", "image/tiff", "image/png"}


def _archive_root() -> str:
    return current_app.config["ARCHIVE_ROOT"]


def _audit(action: str, relpath: str) -> None:
    g.audit.record(
        actor=current_user.get_id(),
        action=action,
        target=relpath,
    )


@bp.get("/<path:relpath>")
@login_required
def download_original(relpath: str):
    if not current_user.has_role("archive"):
        abort(403)
    full_path = os.path.join(_archive_root(), relpath)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    _audit("download-original", relpath)
    return send_file(
        full_path,
        mimetype=mimetype,
        as_attachment=mimetype not in INLINE_TYPES,
        download_name=os.path.basename(full_path),
        max_age=0,
    )


@bp.get("/")
@login_required
def list_boxes():
    if not current_user.has_role("archive"):
        abort(403)
    root = _archive_root()
    boxes = sorted(
        entry.name for entry in os.scandir(root) if entry.is_dir() and not entry.name.startswith(".")
    )
    return {"boxes": boxes}
