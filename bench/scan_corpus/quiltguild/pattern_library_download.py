"""Pattern library downloads for paid-up guild members."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, request, send_file, session

bp = Blueprint("pattern_library", __name__)
PATTERN_DIR = os.environ.get("PATTERN_LIBRARY_DIR", "/srv/quiltguild/patterns")


def get_db() -> sqlite3.Connection:
    if "library_db" not in g:
        g.library_db = sqlite3.connect(current_app.config["LIBRARY_DB"])
    return g.library_db


def member_is_current(member_id: int) -> bool:
    row = get_db().execute(
        "SELECT dues_paid_through FROM members WHERE member_id = ?", (member_id,)
    ).fetchone()
    if row is None or row[0] is None:
        return False
    return datetime.fromisoformat(row[0]).date() >= datetime.now(timezone.utc).date()


def record_download(member_id: int, filename: str) -> None:
    with get_db() as conn:
        conn.execute(
            "INSERT INTO pattern_downloads (member_id, filename, downloaded_at) VALUES (?, ?, ?)",
            (member_id, filename, datetime.now(timezone.utc).isoformat()),
        )


@bp.get("/patterns")
def list_patterns():
    if "member_id" not in session:
        abort(401)
    rows = get_db().execute(
        "SELECT title, designer, filename FROM patterns WHERE published = 1 ORDER BY title"
    ).fetchall()
    return {"patterns": [{"title": t, "designer": d, "file": f} for t, d, f in rows]}


@bp.get("/patterns/download")
def download_pattern():
    member_id = session.get("member_id")
    if member_id is None:
        abort(401)
    if not member_is_current(member_id):
        abort(402)
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    path = os.path.join(PATTERN_DIR, filename)
    if not os.path.isfile(path):
        abort(404)
    record_download(member_id, filename)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
