"""Serves files from a user's notebook workspace."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("workspace_files", __name__)


def _workspace(user_id: int) -> Path:
    return (Path(current_app.config["NOTEBOOK_ROOT"]) / str(user_id)).resolve()


def _resolve_in_workspace(user_id: int, rel_path: str) -> Path:
    root = _workspace(user_id)
    candidate = (root / rel_path).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    return candidate


@bp.get("/workspace/files/download")
@login_required
def download():
    rel = request.args.get("path", "")
    if not rel:
        abort(400)
    target = _resolve_in_workspace(current_user.id, rel)
    if not target.is_file():
        abort(404)
    return send_file(target, as_attachment=True, download_name=target.name)
