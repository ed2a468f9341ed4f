"""Lets students download the PDF certificates issued at the end of a course."""

import os

from flask import Blueprint, abort, current_app, g, send_file

from .auth import login_required
from .db import get_db

bp = Blueprint("certificates", __name__, url_prefix="/certificates")


def _certificate_dir() -> str:
    return current_app.config["CERTIFICATE_DIR"]


def _certificate_path(student_id: int, filename: str) -> str:
    return os.path.join(_certificate_dir(), str(student_id), filename)


def _issued_certificates(student_id: int) -> list[dict]:
    rows = get_db().execute(
        "SELECT c.code, c.title, cert.filename, cert.issued_on "
        "FROM certificates cert JOIN courses c ON c.id = cert.course_id "
        "WHERE cert.student_id = ? ORDER BY cert.issued_on DESC",
        (student_id,),
    ).fetchall()
    return [dict(row) for row in rows]


@bp.get("/")
@login_required
def index():
    return {"certificates": _issued_certificates(g.user["id"])}


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    path = _certificate_path(g.user["id"], filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(path),
    )
