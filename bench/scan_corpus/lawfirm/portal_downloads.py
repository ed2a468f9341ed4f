"""Client-portal document downloads."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .audit import log_document_access

bp = Blueprint("portal_downloads", __name__, url_prefix="/portal")


@bp.get("/matters/<int:matter_id>/download")
@login_required
def download_document(matter_id: int):
    if not current_user.can_view_matter(matter_id):
        abort(403)

    filename = request.args.get("name", "")
    if not filename:
        abort(400)

    root = current_app.config["PORTAL_DOCUMENT_ROOT"]
    path = os.path.join(root, str(matter_id), filename)
    if not os.path.isfile(path):
        abort(404)

    log_document_access(current_user.id, matter_id, filename)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
