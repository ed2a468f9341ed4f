"""Download endpoint for generated FIT/GPX activity exports."""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("exports", __name__)

EXPORT_ROOT = os.environ.get("EXPORT_ROOT", "/srv/fitness/exports")
MIMETYPES = {".fit": "application/vnd.ant.fit", ".gpx": "application/gpx+xml"}


@bp.get("/exports/download")
@login_required
def download_export():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = os.path.join(EXPORT_ROOT, str(current_user.id), name)
    if not os.path.isfile(path):
        abort(404)
    ext = os.path.splitext(name)[1].lower()
    return send_file(
        path,
        mimetype=MIMETYPES.get(ext, "application/octet-stream"),
        as_attachment=True,
        download_name=os.path.basename(name),
    )
