"""Serve ticket attachments from the media volume."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("media", __name__, url_prefix="/media")


def _attachments_root() -> str:
    media_root = current_app.config.get("MEDIA_ROOT", os.path.join(current_app.instance_path, "media"))
    return os.path.join(media_root, "attachments")


@bp.get("/attachments/<path:filename>")
@login_required
def attachment(filename: str):
    if not current_user.can_view_attachment(filename):
        abort(404)
    return send_from_directory(_attachments_root(), filename, as_attachment=True)
