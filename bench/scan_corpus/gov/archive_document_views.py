"""Download views for the municipal records archive."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .models import ArchiveRecord
from .audit import record_access

bp = Blueprint("archive", __name__, url_prefix="/archive")


@bp.get("/<int:record_id>/download")
@login_required
def download(record_id: int):
    record = ArchiveRecord.query.get_or_404(record_id)
    if not current_user.can_view(record):
        abort(403)

    name = request.args.get("file", "")
    if not name:
        abort(400)
    full_path = os.path.join(current_app.config["ARCHIVE_ROOT"], record.storage_prefix, name)
    if not os.path.isfile(full_path):
        abort(404)

    record_access(user=current_user, record=record, filename=name)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(name))


@bp.get("/<int:record_id>/files")
@login_required
def list_files(record_id: int):
    record = ArchiveRecord.query.get_or_404(record_id)
    if not current_user.can_view(record):
        abort(403)
    return {"record": record.id, "files": [f.name for f in record.files]}
