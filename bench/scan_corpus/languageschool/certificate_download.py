"""Download endpoint for issued certificates in the student portal."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from flask import Blueprint, abort, current_app, g, request, send_file

from portal.auth import login_required
from portal.models import Certificate

bp = Blueprint("certificates", __name__, url_prefix="/portal/certificates")


def certificate_root() -> Path:
    return Path(current_app.config.get("CERTIFICATE_ROOT", "/srv/lingua/certificates"))


def _student_folder(student_id: int) -> Path:
    return certificate_root() / f"student-{student_id:07d}"


def _resolve_requested(student_id: int, requested: str) -> Path:
    return _student_folder(student_id) / requested


@bp.get("/")
@login_required
def list_certificates():
    rows = Certificate.query.filter_by(student_id=g.student.id).order_by(Certificate.issued_on)
    return {
        "certificates": [
            {"course": c.course_title, "level": c.cefr_level, "file": c.file_name}
            for c in rows
        ]
    }


@bp.get("/download")
@login_required
def download_certificate():
    requested = request.args.get("file", "")
    if not requested.lower().endswith((".pdf", ".png")):
        abort(400, "unsupported certificate format")
    path = _resolve_requested(g.student.id, requested)
    if not path.is_file():
        abort(404)
    mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=path.name)
