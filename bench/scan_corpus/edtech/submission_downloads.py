"""Instructor-facing download endpoint for student submission files."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .permissions import can_view_submissions

bp = Blueprint("submissions", __name__)


def _submissions_root() -> str:
    return current_app.config["SUBMISSIONS_ROOT"]


@bp.get("/courses/<int:course_id>/assignments/<int:assignment_id>/files")
@login_required
def download(course_id: int, assignment_id: int):
    if not can_view_submissions(current_user, course_id):
        abort(403)
    name = request.args.get("file", "")
    if not name:
        abort(400, "file parameter required")
    path = os.path.join(_submissions_root(), str(course_id), str(assignment_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))


@bp.get("/courses/<int:course_id>/assignments/<int:assignment_id>/files/index")
@login_required
def listing(course_id: int, assignment_id: int):
    if not can_view_submissions(current_user, course_id):
        abort(403)
    folder = os.path.join(_submissions_root(), str(course_id), str(assignment_id))
    if not os.path.isdir(folder):
        return {"files": []}
    return {"files": sorted(os.listdir(folder))}
