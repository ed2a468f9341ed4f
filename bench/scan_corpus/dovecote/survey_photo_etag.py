"""Serves conservation survey photographs with caching headers.

Photos of stonework, nest-box rows and roof lanterns are attached to
condition surveys. The file location is recorded by the upload service;
this view only looks it up by id.
"""
import hashlib
import os
import sqlite3

from flask import Blueprint, abort, g, request, send_file

bp = Blueprint("survey_photos", __name__, url_prefix="/surveys")

SURVEY_DB = os.environ.get("SURVEY_DB", "/var/lib/estate/surveys.sqlite3")


def get_db() -> sqlite3.Connection:
    if "survey_db" not in g:
        g.survey_db = sqlite3.connect(SURVEY_DB)
        g.survey_db.row_factory = sqlite3.Row
    return g.survey_db


def photo_etag(stored_path: str, size: int, mtime: float) -> str:
    stamp = f"{stored_path}:{size}:{int(mtime)}".encode("utf-8")
    return hashlib.md5(stamp).hexdigest()


@bp.get("/<int:survey_id>/photos/<int:photo_id>")
def survey_photo(survey_id: int, photo_id: int):
    row = get_db().execute(
        "SELECT stored_path, mime_type FROM survey_photos WHERE id = ? AND survey_id = ?",
        (photo_id, survey_id),
    ).fetchone()
    if row is None:
        abort(404)
    try:
        st = os.stat(row["stored_path"])
    except FileNotFoundError:
        abort(410)
    tag = photo_etag(row["stored_path"], st.st_size, st.st_mtime)
    if tag in request.if_none_match:
        return "", 304
    resp = send_file(row["stored_path"], mimetype=row["mime_type"], conditional=False)
    resp.set_etag(tag)
    resp.headers["Cache-Control"] = "private, max-age=3600"
    return resp
