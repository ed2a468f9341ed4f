"""Serves files (images, PDFs, handouts) attached to catalogue courses."""
import mimetypes
import os

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

from lms.catalogue import get_course, learner_can_view

bp = Blueprint("course_assets", __name__)


def _asset_root() -> str:
    return current_app.config["COURSE_ASSET_ROOT"]


def _visible_course(course_id: int):
    course = get_course(course_id)
    if course is None:
        abort(404)
    if not learner_can_view(current_user, course):
        abort(403)
    return course


@bp.get("/courses/<int:course_id>/assets")
@login_required
def list_assets(course_id: int):
    _visible_course(course_id)
    folder = os.path.join(_asset_root(), str(course_id))
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return jsonify([
        {"name": name, "type": mimetypes.guess_type(name)[0] or "application/octet-stream"}
        for name in names
    ])


@bp.get("/courses/<int:course_id>/assets/<path:filename>")
@login_required
def download_asset(course_id: int, filename: str):
    _visible_course(course_id)
    return send_file(os.path.join(_asset_root(), str(course_id), filename), as_attachment=True)
