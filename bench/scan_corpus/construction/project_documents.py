"""Document download endpoints for the site management web app."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .permissions import can_view_project

bp = Blueprint("documents", __name__, url_prefix="/projects")


def _project_root(project_id: int) -> str:
    return os.path.join(current_app.config["DOCUMENT_ROOT"], f"P{project_id:05d}")


@bp.get("/<int:project_id>/documents/<path:filename>")
@login_required
def download(project_id: int, filename: str):
    if not can_view_project(current_user, project_id):
        abort(403)
    full_path = os.path.join(_project_root(project_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))


@bp.get("/<int:project_id>/documents/")
@login_required
def listing(project_id: int):
    if not can_view_project(current_user, project_id):
        abort(403)
    root = _project_root(project_id)
    entries = []
    for dirpath, _dirs, files in os.walk(root):
        for name in sorted(files):
            rel = os.path.relpath(os.path.join(dirpath, name), root)
            entries.append({"path": rel.replace(os.sep, "/"), "size": os.path.getsize(os.path.join(dirpath, name))})
    return {"project_id": project_id, "documents": entries}
