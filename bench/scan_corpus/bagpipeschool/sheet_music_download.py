"""Download endpoint for sheet music in the pupils' tune library."""
from __future__ import annotations

import logging
import mimetypes
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

log = logging.getLogger(__name__)
bp = Blueprint("sheet_music", __name__, url_prefix="/library")

ALLOWED_SUFFIXES = (".pdf", ".bww", ".mscz", ".png")


def library_dir() -> str:
    return current_app.config["TUNE_LIBRARY_DIR"]


@bp.get("/tunes")
@login_required
def list_tunes():
    entries = []
    for name in sorted(os.listdir(library_dir())):
        if name.lower().endswith(ALLOWED_SUFFIXES):
            entries.append({"file": name, "type": mimetypes.guess_type(name)[0]})
    return {"tunes": entries}


@bp.get("/tunes/download")
@login_required
def download_tune():
    filename = request.args.get("file", "")
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(400, "unsupported file type")
    path = os.path.join(library_dir(), filename)
    if not os.path.isfile(path):
        abort(404)
    log.info("user %s downloaded %s", current_user.get_id(), filename)
    return send_file(path, as_attachment=True, download_name=os.path.basename(filename))
