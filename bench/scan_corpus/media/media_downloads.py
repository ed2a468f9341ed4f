"""Download endpoint for broadcast partners fetching finished packages."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

bp = Blueprint("partner_downloads", __name__, url_prefix="/partners")


@bp.get("/download")
@login_required
def download_package():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = os.path.join(current_app.config["PARTNER_PACKAGE_DIR"], name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)


@bp.get("/packages")
@login_required
def list_packages():
    root = current_app.config["PARTNER_PACKAGE_DIR"]
    files = sorted(f for f in os.listdir(root) if f.endswith((".zip", ".mxf", ".mp4")))
    return {"packages": files}
