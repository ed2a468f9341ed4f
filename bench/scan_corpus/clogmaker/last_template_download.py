"""Download of carving templates (CNC toolpaths) for lasts, used by the workshop benches."""

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

from clogmaker.models import Last

bp = Blueprint("last_templates", __name__, url_prefix="/workshop/templates")

TEMPLATE_MIMETYPES = {
    ".nc": "text/plain",
    ".gcode": "text/plain",
    ".stl": "model/stl",
    ".pdf": "application/pdf",
}


def template_root() -> str:
    return current_app.config["LAST_TEMPLATE_DIR"]


def _mimetype_for(filename: str) -> str:
    _, ext = os.path.splitext(filename)
    return TEMPLATE_MIMETYPES.get(ext.lower(), "application/octet-stream")


@bp.get("/<int:last_id>")
@login_required
def list_templates(last_id: int):
    last = Last.query.get_or_404(last_id)
    folder = os.path.join(template_root(), last.template_folder)
    if not os.path.isdir(folder):
        return {"last_id": last_id, "files": []}
    return {"last_id": last_id, "files": sorted(os.listdir(folder))}


@bp.get("/<int:last_id>/<path:filename>")
@login_required
def download_template(last_id: int, filename: str):
    last = Last.query.get_or_404(last_id)
    full_path = os.path.join(template_root(), last.template_folder, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype=_mimetype_for(filename), as_attachment=True)
