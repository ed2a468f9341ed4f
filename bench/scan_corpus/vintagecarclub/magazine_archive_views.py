"""Members-only browsing of the scanned magazine archive."""
from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, current_app, g, render_template, request, send_file, session

bp = Blueprint("magazine_archive", __name__, url_prefix="/archive")

ALLOWED_SUFFIXES = (".pdf", ".jpg")


def members_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        member_id = session.get("member_id")
        if member_id is None:
            abort(401)
        g.member_id = member_id
        return view(*args, **kwargs)

    return wrapper


def _archive_dir() -> str:
    return current_app.config["MAGAZINE_ARCHIVE_DIR"]


@bp.get("/")
@members_only
def index():
    decades = sorted(
        entry for entry in os.listdir(_archive_dir())
        if entry.isdigit() and os.path.isdir(os.path.join(_archive_dir(), entry))
    )
    return render_template("archive/index.html", decades=decades)


@bp.get("/decade/<int:decade>")
@members_only
def decade(decade: int):
    folder = os.path.join(_archive_dir(), str(decade))
    if not os.path.isdir(folder):
        abort(404)
    issues = sorted(f for f in os.listdir(folder) if f.endswith(ALLOWED_SUFFIXES))
    return render_template("archive/decade.html", decade=decade, issues=issues)


@bp.get("/file")
@members_only
def download():
    name = request.args.get("name", "")
    if not name.endswith(ALLOWED_SUFFIXES):
        abort(400)
    path = os.path.join(_archive_dir(), name)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info("Member %s downloaded %s", g.member_id, name)
    return send_file(path, as_attachment=name.endswith(".pdf"))
