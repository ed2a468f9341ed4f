"""Stage-manager downloads of technical riders and stage plots."""
import os

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("rider_downloads", __name__, url_prefix="/stage/riders")


def _performance_dir(performance_id: int) -> str:
    return os.path.join(current_app.config["RIDER_STORAGE_DIR"], str(performance_id))


@bp.get("/<int:performance_id>/<path:filename>")
@login_required
def download(performance_id: int, filename: str):
    if not current_user.has_role("stage_manager"):
        abort(403)
    inline = request.args.get("inline") == "1"
    return send_from_directory(
        _performance_dir(performance_id),
        filename,
        as_attachment=not inline,
        max_age=0,
    )
