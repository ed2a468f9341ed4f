"""Lets fitters download a client's foot scans and last-design files from the workshop intranet."""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

scans_bp = Blueprint("scans", __name__, url_prefix="/scans")

SCAN_EXTENSIONS = (".stl", ".obj", ".ply", ".pdf", ".png")


def scan_root() -> str:
    return current_app.config.get("SCAN_ROOT", "/srv/cordwainer/scans")


def _customer_dir(customer_ref: str) -> str:
    if not customer_ref.isalnum():
        abort(404)
    return os.path.join(scan_root(), customer_ref.upper())


@scans_bp.get("/<customer_ref>")
@login_required
def list_scans(customer_ref: str):
    folder = _customer_dir(customer_ref)
    if not os.path.isdir(folder):
        abort(404)
    files = []
    for name in sorted(os.listdir(folder)):
        if name.lower().endswith(SCAN_EXTENSIONS):
            stat = os.stat(os.path.join(folder, name))
            files.append({
                "name": name,
                "size": stat.st_size,
                "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(),
            })
    return jsonify({"customer_ref": customer_ref, "files": files})


@scans_bp.get("/<customer_ref>/file")
@login_required
def download_scan(customer_ref: str):
    from flask import request

    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(_customer_dir(customer_ref), name)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info("%s downloaded scan %s for %s", current_user.id, name, customer_ref)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
