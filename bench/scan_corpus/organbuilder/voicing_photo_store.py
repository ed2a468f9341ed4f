"""Serves photos taken during voicing and restoration to the office app.

Photos are stored under a folder per commission and named by their row id
in the photos table; the browser only ever sends numeric ids.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from flask import Flask, abort, g, send_file, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["OFFICE_APP_SECRET"]
PHOTO_ROOT = Path(os.environ.get("PHOTO_ROOT", "/srv/organworks/photos"))


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(os.environ.get("OFFICE_DB", "/var/lib/organworks/office.sqlite3"))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def _close(_exc) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def photo_path(commission_id: int, photo_id: int, extension: str) -> Path:
    if extension not in {"jpg", "png"}:
        raise ValueError("unexpected stored extension")
    return PHOTO_ROOT / f"{commission_id:05d}" / f"{photo_id:08d}.{extension}"


@app.get("/commissions/<int:commission_id>/photos/<int:photo_id>")
def get_photo(commission_id: int, photo_id: int):
    if not session.get("staff_id"):
        abort(401)
    row = db().execute(
        "SELECT extension FROM photos WHERE id = ? AND commission_id = ?",
        (photo_id, commission_id),
    ).fetchone()
    if row is None:
        abort(404)
    path = photo_path(commission_id, photo_id, row["extension"])
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype=f"image/{'jpeg' if row['extension'] == 'jpg' else 'png'}")
