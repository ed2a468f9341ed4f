"""Download endpoint for trial exhibits shared with co-counsel."""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .audit import log_document_access

bp = Blueprint("exhibits", __name__, url_prefix="/exhibits")


@bp.get("/<int:matter_id>/<path:filename>")
@login_required
def download_exhibit(matter_id: int, filename: str):
    if not current_user.can_view_matter(matter_id):
        abort(403)

    exhibit_dir = os.path.join(current_app.config["EXHIBIT_ROOT"], str(matter_id))
    log_document_access(current_user.id, matter_id, filename)
    # send_from_directory rejects paths that resolve outside exhibit_dir.
    return send_from_directory(exhibit_dir, filename, as_attachment=True)
