"""Preparer workstation: view documents a client has uploaded for a return."""
import mimetypes
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from workstation.access import can_view_return

bp = Blueprint("client_documents", __name__)


def _storage_root() -> str:
    return current_app.config["CLIENT_DOCS_ROOT"]


@bp.get("/returns/<int:return_id>/documents/view")
@login_required
def view_document(return_id: int):
    if not can_view_return(current_user, return_id):
        abort(403)

    name = request.args.get("name", "")
    if not name:
        abort(400)

    path = os.path.join(_storage_root(), str(return_id), name)
    if not os.path.isfile(path):
        abort(404)

    mimetype, _ = mimetypes.guess_type(path)
    return send_file(path, mimetype=mimetype or "application/octet-stream")
