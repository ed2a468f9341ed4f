"""Download endpoint for generated FIT/GPX activity exports."""
import os

from flask import Blueprint, abort, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("activity_files", __name__)

EXPORT_ROOT = os.environ.get("EXPORT_ROOT", "/srv/fitness/exports")
MIMETYPES = {".fit": "application/vnd.ant.fit", ".gpx": "application/gpx+xml"}


@bp.get("/exports/download")
@login_required
def download_export():
    name = secure_filename(request.args.get("file", ""))
    ext = os.path.splitext(name)[1].lower()
    if not name or ext not in MIMETYPES:
        abort(400)
    athlete_dir = os.path.join(EXPORT_ROOT, str(current_user.id))
    return send_from_directory(
        athlete_dir,
        name,
        mimetype=MIMETYPES[ext],
        as_attachment=True,
    )
