"""Lets clinicians download original radiograph files from the archive."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("xray_files", __name__)

DOWNLOADABLE = (".dcm", ".png", ".jpg")


@bp.get("/clinics/<int:clinic_id>/xrays/download")
@login_required
def download_xray(clinic_id: int):
    if clinic_id not in current_user.clinic_ids:
        abort(403)
    filename = request.args.get("file", "")
    if not filename.lower().endswith(DOWNLOADABLE):
        abort(400)
    archive_root = current_app.config["XRAY_ARCHIVE_ROOT"]
    path = os.path.join(archive_root, str(clinic_id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
