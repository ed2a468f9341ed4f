"""Download original-resolution survey photographs.

The conservation architect's office links straight to originals from
their condition reports, e.g. /survey-files/2024/north-dovecote/IMG_0412.JPG
"""
import logging
import mimetypes
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("survey_files", __name__)
log = logging.getLogger("surveys.files")


def originals_root() -> str:
    return current_app.config.get("SURVEY_ORIGINALS", "/srv/estate/surveys/originals")


def _guess_type(path: str) -> str:
    kind, _ = mimetypes.guess_type(path)
    return kind or "application/octet-stream"


@bp.get("/survey-files/<int:year>/<path:relpath>")
@login_required
def download_original(year: int, relpath: str):
    full = os.path.join(originals_root(), str(year), relpath)
    if not os.path.isfile(full):
        abort(404)
    log.info("User %s downloaded survey original %s/%s", current_user.get_id(), year, relpath)
    return send_file(
        full,
        mimetype=_guess_type(full),
        as_attachment=True,
        download_name=os.path.basename(full),
    )


@bp.get("/survey-files/<int:year>/")
@login_required
def list_year(year: int):
    base = os.path.join(originals_root(), str(year))
    if not os.path.isdir(base):
        abort(404)
    entries = []
    for dirpath, _dirs, files in os.walk(base):
        for name in sorted(files):
            rel = os.path.relpath(os.path.join(dirpath, name), base)
            entries.append(rel.replace(os.sep, "/"))
    return {"year": year, "files": entries}
