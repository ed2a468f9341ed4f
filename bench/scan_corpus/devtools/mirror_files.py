"""File download routes of the package mirror."""
import mimetypes
import os

from flask import Blueprint, abort, current_app, send_file

bp = Blueprint("files", __name__)


def _mirror_root() -> str:
    return current_app.config["MIRROR_ROOT"]


@bp.get("/packages/<project>/<path:filename>")
def download(project: str, filename: str):
    full_path = os.path.join(_mirror_root(), project, filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(
        full_path,
        mimetype=mimetype,
        as_attachment=True,
        download_name=os.path.basename(full_path),
        conditional=True,
        max_age=3600,
    )
