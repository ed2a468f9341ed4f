"""Portal endpoints for course materials."""

from flask import Blueprint, abort, current_app, jsonify

from .materials import UnknownCourse, list_materials

bp = Blueprint("materials", __name__)


@bp.get("/courses/<code>/materials")
def materials(code: str):
    try:
        files = list_materials(current_app.config["MATERIALS_ROOT"], code)
    except UnknownCourse:
        abort(404)
    return jsonify({"course": code, "files": files})
