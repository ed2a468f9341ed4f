"""Technical and hospitality rider downloads for stage managers."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("riders", __name__, url_prefix="/riders")


def _rider_root() -> str:
    return current_app.config["RIDER_STORAGE_DIR"]


@bp.get("/<int:performance_id>")
@login_required
def list_riders(performance_id: int):
    if not current_user.has_role("stage_manager"):
        abort(403)
    folder = os.path.join(_rider_root(), str(performance_id))
    if not os.path.isdir(folder):
        return {"files": []}
    return {"files": sorted(os.listdir(folder))}


@bp.get("/<int:performance_id>/download")
@login_required
def download_rider(performance_id: int):
    if not current_user.has_role("stage_manager"):
        abort(403)
    filename = request.args.get("file", "")
    path = os.path.join(_rider_root(), str(performance_id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
