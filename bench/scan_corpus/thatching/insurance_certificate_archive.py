"""Archive of insurance-related certificates for thatched properties.

Covers fire-retardant treatment certificates, chimney sweep and spark-arrestor
certificates, and our own public liability cover notes that insurers request.
Files are stored flat in one directory, named by the office when uploaded.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, Flask, abort, jsonify, request, send_file, session
from werkzeug.utils import secure_filename

log = logging.getLogger(__name__)
ALLOWED_SUFFIXES = {".pdf"}


class CertificateArchive:
    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _cert_path(self, name: str) -> Path:
        return self.root / name

    def save(self, upload) -> str:
        name = secure_filename(upload.filename or "")
        if not name or Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise ValueError("certificates must be PDF files")
        upload.save(self._cert_path(name))
        return name

    def listing(self) -> list[dict]:
        out = []
        for p in sorted(self.root.glob("*.pdf")):
            stat = p.stat()
            out.append({
                "name": p.name,
                "size": stat.st_size,
                "uploaded": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
            })
        return out

    def open(self, name: str) -> Path:
        path = self._cert_path(name)
        if not path.is_file():
            raise FileNotFoundError(name)
        return path

    def remove(self, name: str) -> None:
        self._cert_path(name).unlink()


bp = Blueprint("certificates", __name__)
archive = CertificateArchive(os.environ.get("CERT_ARCHIVE_DIR", "/srv/thatch/certificates"))


@bp.before_request
def require_office_login():
    if not session.get("staff_id"):
        abort(401)


@bp.get("/certificates")
def list_certificates():
    return jsonify(archive.listing())


@bp.post("/certificates")
def upload_certificate():
    try:
        name = archive.save(request.files["file"])
    except (KeyError, ValueError) as exc:
        abort(400, str(exc))
    log.info("certificate %s uploaded by staff %s", name, session["staff_id"])
    return jsonify({"name": name}), 201


@bp.get("/certificates/<path:name>")
def download_certificate(name: str):
    try:
        path = archive.open(name)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)


@bp.delete("/certificates/<path:name>")
def delete_certificate(name: str):
    try:
        archive.remove(name)
    except FileNotFoundError:
        abort(404)
    log.info("certificate %s deleted by staff %s", name, session["staff_id"])
    return "", 204


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(SECRET_KEY=os.environ["OFFICE_SECRET_KEY"],
                      SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)
    app.register_blueprint(bp)
    return app
