"""Serves finished artwork files to signed-in clients from the member portal."""
import mimetypes
import os
from functools import wraps

from flask import Blueprint, abort, g, send_file

from .portal_auth import current_member
from .commissions import commission_belongs_to

bp = Blueprint("artwork_files", __name__)

ARTWORK_ROOT = os.environ.get("ARTWORK_ROOT", "/srv/heraldry/artwork")
INLINE_TYPES = {"image/svg+xml", "image/png", "application/pdf"}


def member_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        g.member = current_member()
        if g.member is None:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def _artwork_path(commission_id: int, filename: str) -> str:
    return os.path.join(ARTWORK_ROOT, str(commission_id), "final", filename)


@bp.get("/portal/commissions/<int:commission_id>/artwork/<path:filename>")
@member_required
def download_artwork(commission_id: int, filename: str):
    if not commission_belongs_to(commission_id, g.member.id):
        abort(404)
    path = _artwork_path(commission_id, filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(
        path,
        mimetype=mimetype,
        as_attachment=mimetype not in INLINE_TYPES,
        download_name=os.path.basename(path),
    )


@bp.get("/portal/commissions/<int:commission_id>/artwork")
@member_required
def list_artwork(commission_id: int):
    if not commission_belongs_to(commission_id, g.member.id):
        abort(404)
    folder = os.path.join(ARTWORK_ROOT, str(commission_id), "final")
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"files": names}
