"""Export a finished roof survey as a zip for the customer or insurer.

The zip bundles the survey PDF and the photos recorded against the survey.
Files are looked up by their database id; stored paths are recorded by the
upload service when surveyors sync their tablets.
"""
import io
import sqlite3
import zipfile
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

bp = Blueprint("survey_export", __name__)


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["SURVEY_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def survey_files(conn: sqlite3.Connection, survey_id: int) -> list:
    return conn.execute(
        "SELECT id, stored_path, display_name FROM survey_files "
        "WHERE survey_id = ? AND deleted = 0 ORDER BY id",
        (survey_id,),
    ).fetchall()


def build_zip(rows) -> io.BytesIO:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for row in rows:
            path = Path(row["stored_path"])
            if path.is_file():
                zf.write(path, arcname=f"{row['id']:05d}_{path.name}")
    buf.seek(0)
    return buf


@bp.get("/surveys/<int:survey_id>/export.zip")
@login_required
def export_survey(survey_id: int):
    with _db() as conn:
        survey = conn.execute("SELECT ref, status FROM surveys WHERE id = ?",
                              (survey_id,)).fetchone()
        if survey is None or survey["status"] != "complete":
            abort(404)
        rows = survey_files(conn, survey_id)
    return send_file(build_zip(rows), mimetype="application/zip",
                     as_attachment=True, download_name=f"{survey['ref']}.zip")


@bp.get("/surveys/<int:survey_id>/files/<int:file_id>")
@login_required
def download_one(survey_id: int, file_id: int):
    with _db() as conn:
        row = conn.execute(
            "SELECT stored_path, display_name FROM survey_files "
            "WHERE id = ? AND survey_id = ? AND deleted = 0",
            (file_id, survey_id),
        ).fetchone()
    if row is None:
        abort(404)
    return send_file(row["stored_path"], as_attachment=True,
                     download_name=Path(row["display_name"]).name)
