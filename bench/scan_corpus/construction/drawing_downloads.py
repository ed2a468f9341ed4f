"""Drawing register download routes."""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .permissions import can_view_project

bp = Blueprint("drawings", __name__, url_prefix="/projects")


def _drawing_root(project_id: int) -> str:
    return os.path.join(current_app.config["DRAWING_ROOT"], f"P{project_id:05d}", "issued")


@bp.get("/<int:project_id>/drawings/<path:filename>")
@login_required
def download_drawing(project_id: int, filename: str):
    if not can_view_project(current_user, project_id):
        abort(403)
    return send_from_directory(_drawing_root(project_id), filename, as_attachment=True)


@bp.get("/<int:project_id>/drawings/")
@login_required
def list_drawings(project_id: int):
    if not can_view_project(current_user, project_id):
        abort(403)
    root = _drawing_root(project_id)
    if not os.path.isdir(root):
        return {"project_id": project_id, "drawings": []}
    names = sorted(n for n in os.listdir(root) if n.lower().endswith((".pdf", ".dwg")))
    return {"project_id": project_id, "drawings": names}
