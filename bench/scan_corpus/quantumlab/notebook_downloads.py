"""Download endpoint for files in a user's notebook workspace."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("notebook_files", __name__)


def _workspace_root(user_id: int) -> str:
    return os.path.join(current_app.config["NOTEBOOK_ROOT"], str(user_id))


@bp.get("/notebooks/files/download")
@login_required
def download_file():
    name = request.args.get("path", "")
    if not name:
        abort(400)
    full_path = os.path.join(_workspace_root(current_user.id), name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))


@bp.get("/notebooks/files")
@login_required
def list_files():
    root = _workspace_root(current_user.id)
    entries = []
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            rel = os.path.relpath(os.path.join(dirpath, f), root)
            entries.append({"path": rel, "size": os.path.getsize(os.path.join(dirpath, f))})
    return {"files": sorted(entries, key=lambda e: e["path"])}
