"""Preparer workstation: download a client-uploaded document for a return."""
import os

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required

from workstation.access import can_view_return

bp = Blueprint("documents", __name__)


@bp.get("/returns/<int:return_id>/documents/download")
@login_required
def download(return_id: int):
    if not can_view_return(current_user, return_id):
        abort(403)

    name = request.args.get("name", "")
    if not name:
        abort(400)

    return_dir = os.path.join(current_app.config["CLIENT_DOCS_ROOT"], str(return_id))
    # send_from_directory uses safe_join and 404s on anything outside return_dir
    return send_from_directory(return_dir, name, as_attachment=True)
