"""Members-only download of free patterns from the cooperative library."""

from __future__ import annotations

import logging
import os
from functools import wraps

from flask import Blueprint, abort, current_app, g, request, send_file, session

log = logging.getLogger(__name__)
bp = Blueprint("library", __name__, url_prefix="/library")

ALLOWED_SUFFIXES = (".pdf", ".png", ".jpg")


def members_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        member_id = session.get("member_id")
        if member_id is None:
            abort(401)
        g.member_id = member_id
        return view(*args, **kwargs)
    return wrapper


def _record_download(member_id: int, filename: str) -> None:
    db = current_app.extensions["library_db"]
    db.execute(
        "INSERT INTO library_downloads (member_id, filename) VALUES (?, ?)",
        (member_id, filename),
    )
    db.commit()


@bp.get("/free")
@members_only
def list_free_patterns():
    root = current_app.config["FREE_PATTERN_DIR"]
    names = sorted(n for n in os.listdir(root) if n.lower().endswith(ALLOWED_SUFFIXES))
    return {"patterns": names}


@bp.get("/free/download")
@members_only
def download_free_pattern():
    requested = request.args.get("file", "")
    if not requested.lower().endswith(ALLOWED_SUFFIXES):
        abort(400)
    _record_download(g.member_id, requested)
    log.info("member %s downloaded %s", g.member_id, requested)
    return send_file(os.path.join(current_app.config["FREE_PATTERN_DIR"], requested), as_attachment=True)
