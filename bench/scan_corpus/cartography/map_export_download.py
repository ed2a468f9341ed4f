"""Download endpoint for finished map exports.

Render jobs write PDFs, GeoTIFFs and MBTiles packages into a per-workspace
export folder.  Clients fetch them from the project workspace page.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("exports", __name__, url_prefix="/workspaces")

EXPORT_ROOT = os.environ.get("MAP_EXPORT_ROOT", "/srv/exports")

MIMETYPES = {
    ".pdf": "application/pdf",
    ".tif": "image/tiff",
    ".mbtiles": "application/vnd.sqlite3",
    ".zip": "application/zip",
}


def _workspace_dir(workspace_id: int) -> str:
    return os.path.join(EXPORT_ROOT, f"ws_{workspace_id:06d}")


@bp.get("/<int:workspace_id>/exports")
@login_required
def list_exports(workspace_id: int):
    if workspace_id not in current_user.workspace_ids:
        abort(403)
    folder = _workspace_dir(workspace_id)
    if not os.path.isdir(folder):
        return {"exports": []}
    entries = sorted(
        name for name in os.listdir(folder) if os.path.splitext(name)[1] in MIMETYPES
    )
    return {"exports": entries}


@bp.get("/<int:workspace_id>/exports/download")
@login_required
def download_export(workspace_id: int):
    if workspace_id not in current_user.workspace_ids:
        abort(403)
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    path = os.path.join(_workspace_dir(workspace_id), filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype = MIMETYPES.get(os.path.splitext(path)[1], "application/octet-stream")
    return send_file(path, mimetype=mimetype, as_attachment=True)
