"""Serve ticket attachments."""
import os
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

bp = Blueprint("attachments", __name__)
ATTACH_ROOT = Path(os.environ.get("ATTACHMENTS_DIR", "/var/lib/app/attachments")).resolve()


@bp.get("/tickets/attachments/<path:name>")
@login_required
def get_attachment(name: str):
    base = (ATTACH_ROOT / str(current_user.id)).resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        abort(404)
    return send_file(target, as_attachment=True)
