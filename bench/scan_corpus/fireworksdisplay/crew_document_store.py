"""Crew documents: shot-firer certificates, first-aid cards and signed site inductions."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("crew_docs", __name__, url_prefix="/crew/documents")

DOC_ROOT = Path(os.environ.get("CREW_DOC_ROOT", "/srv/fireworks/crew-docs")).resolve()
ALLOWED = {".pdf", ".jpg", ".jpeg", ".png"}


def _crew_dir(crew_id: int) -> Path:
    return DOC_ROOT / str(crew_id)


def _resolve_inside(base: Path, name: str) -> Path:
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base.resolve()):
        abort(404)
    return candidate


@bp.get("/<int:crew_id>")
@login_required
def list_documents(crew_id: int):
    if crew_id != current_user.crew_id and not current_user.has_role("office"):
        abort(403)
    folder = _crew_dir(crew_id)
    if not folder.is_dir():
        return jsonify([])
    return jsonify(sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED))


@bp.get("/<int:crew_id>/file")
@login_required
def get_document(crew_id: int):
    if crew_id != current_user.crew_id and not current_user.has_role("office"):
        abort(403)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = _resolve_inside(_crew_dir(crew_id), name)
    if not path.is_file() or path.suffix.lower() not in ALLOWED:
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)


@bp.post("/<int:crew_id>")
@login_required
def upload_document(crew_id: int):
    if crew_id != current_user.crew_id:
        abort(403)
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if not name or Path(name).suffix.lower() not in ALLOWED:
        abort(415)
    folder = _crew_dir(crew_id)
    folder.mkdir(parents=True, exist_ok=True)
    upload.save(folder / name)
    return jsonify({"name": name}), 201
