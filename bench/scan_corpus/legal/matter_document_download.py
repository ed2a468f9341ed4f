"""Document download endpoints for the matter workspace."""
import mimetypes
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .audit import record_access
from .models import Matter

bp = Blueprint("matter_documents", __name__, url_prefix="/matters")


def _matter_or_403(matter_id: int) -> Matter:
    matter = Matter.query.get_or_404(matter_id)
    if not current_user.can_view(matter):
        abort(403)
    return matter


@bp.get("/<int:matter_id>/documents")
@login_required
def download_document(matter_id: int):
    matter = _matter_or_403(matter_id)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(current_app.config["DOCUMENT_ROOT"], str(matter.id), name)
    if not os.path.isfile(path):
        abort(404)
    record_access(user=current_user, matter=matter, action="download", target=name)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, as_attachment=True)
