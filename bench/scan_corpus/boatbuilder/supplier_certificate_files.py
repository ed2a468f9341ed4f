"""Mill certificate files kept per supplier, viewable and removable by the office."""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file, session
from werkzeug.utils import secure_filename

log = logging.getLogger(__name__)
bp = Blueprint("certificates", __name__, url_prefix="/certificates")


class CertificateFolder:
    def __init__(self, root: str, supplier_code: str) -> None:
        self.base = (Path(root) / secure_filename(supplier_code)).resolve()

    def locate(self, name: str) -> Path:
        candidate = (self.base / name).resolve()
        if not candidate.is_relative_to(self.base):
            raise PermissionError(name)
        return candidate

    def store(self, upload) -> Path:
        safe = secure_filename(upload.filename or "")
        if not safe:
            raise ValueError("empty file name")
        self.base.mkdir(parents=True, exist_ok=True)
        target = self.locate(safe)
        upload.save(target)
        return target


def _folder(supplier_code: str) -> CertificateFolder:
    if session.get("role") != "office":
        abort(403)
    return CertificateFolder(current_app.config["CERTIFICATE_DIR"], supplier_code)


@bp.post("/<supplier_code>")
def upload(supplier_code: str):
    try:
        saved = _folder(supplier_code).store(request.files["file"])
    except (KeyError, ValueError):
        abort(400)
    return jsonify(stored=saved.name), 201


@bp.get("/<supplier_code>/file")
def view(supplier_code: str):
    try:
        path = _folder(supplier_code).locate(request.args.get("name", ""))
    except PermissionError:
        abort(400)
    if not path.is_file():
        abort(404)
    return send_file(path)


@bp.delete("/<supplier_code>/file")
def delete(supplier_code: str):
    try:
        path = _folder(supplier_code).locate(request.args.get("name", ""))
    except PermissionError:
        abort(400)
    if not path.is_file():
        abort(404)
    path.unlink()
    log.info("certificate %s removed for supplier %s", path.name, supplier_code)
    return jsonify(removed=path.name)
