"""Serves the printable pattern sheets in the guild's pattern library."""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, request, send_from_directory, session

bp = Blueprint("pattern_files", __name__)
PATTERN_DIR = os.environ.get("PATTERN_LIBRARY_DIR", "/srv/quiltguild/patterns")


def _db() -> sqlite3.Connection:
    if "library_db" not in g:
        g.library_db = sqlite3.connect(current_app.config["LIBRARY_DB"])
    return g.library_db


def _dues_current(member_id: int) -> bool:
    row = _db().execute(
        "SELECT dues_paid_through FROM members WHERE member_id = ?", (member_id,)
    ).fetchone()
    if row is None or row[0] is None:
        return False
    return datetime.fromisoformat(row[0]).date() >= datetime.now(timezone.utc).date()


@bp.get("/library/files")
def list_files():
    if "member_id" not in session:
        abort(401)
    names = sorted(
        entry.name
        for entry in os.scandir(PATTERN_DIR)
        if entry.is_file() and entry.name.lower().endswith((".pdf", ".svg"))
    )
    return {"files": names}


@bp.get("/library/files/<path:filename>")
def get_file(filename: str):
    member_id = session.get("member_id")
    if member_id is None:
        abort(401)
    if not _dues_current(member_id):
        abort(402)
    with _db() as conn:
        conn.execute(
            "INSERT INTO pattern_downloads (member_id, filename, downloaded_at) VALUES (?, ?, ?)",
            (member_id, filename, datetime.now(timezone.utc).isoformat()),
        )
    as_attachment = request.args.get("inline") != "1"
    return send_from_directory(PATTERN_DIR, filename, as_attachment=as_attachment)
