"""Document download endpoints for the matter workspace."""
import os

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required

from .audit import record_access
from .models import Matter

bp = Blueprint("matter_files", __name__, url_prefix="/matters")


@bp.get("/<int:matter_id>/files")
@login_required
def download_file(matter_id: int):
    matter = Matter.query.get_or_404(matter_id)
    if not current_user.can_view(matter):
        abort(403)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    matter_dir = os.path.join(current_app.config["DOCUMENT_ROOT"], str(matter.id))
    record_access(user=current_user, matter=matter, action="download", target=name)
    # send_from_directory refuses names that resolve outside matter_dir (404)
    return send_from_directory(matter_dir, name, as_attachment=True)
