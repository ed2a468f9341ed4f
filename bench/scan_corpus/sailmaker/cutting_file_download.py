"""Download endpoint used by the plotter PCs to fetch exported cutting files."""
import logging
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

bp = Blueprint("cutfiles", __name__, url_prefix="/cutfiles")
log = logging.getLogger(__name__)

MIMETYPES = {
    ".dxf": "image/vnd.dxf",
    ".plt": "application/vnd.hp-hpgl",
    ".pdf": "application/pdf",
}


def export_root() -> str:
    return current_app.config.get("CUTFILE_EXPORT_DIR", "/srv/loft/exports")


def _mimetype_for(name: str) -> str:
    return MIMETYPES.get(os.path.splitext(name)[1].lower(), "application/octet-stream")


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    full_path = os.path.join(export_root(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    log.info("cutting file %s fetched at %s", filename, datetime.now().isoformat(timespec="seconds"))
    return send_file(
        full_path,
        mimetype=_mimetype_for(filename),
        as_attachment=True,
        download_name=os.path.basename(filename),
    )


@bp.get("/")
@login_required
def listing():
    root = export_root()
    files = []
    for entry in sorted(os.scandir(root), key=lambda e: e.stat().st_mtime, reverse=True):
        if entry.is_file() and os.path.splitext(entry.name)[1].lower() in MIMETYPES:
            files.append({"name": entry.name, "size": entry.stat().st_size})
    return {"files": files[:200]}
