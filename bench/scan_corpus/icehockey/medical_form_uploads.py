"""Parents upload signed medical and concussion forms for their players."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, current_app, g, jsonify, request
from werkzeug.datastructures import FileStorage

from .db import get_connection

bp = Blueprint("medical_forms", __name__, url_prefix="/parents/forms")

ACCEPTED_TYPES = {"application/pdf", "image/jpeg", "image/png"}
MAX_BYTES = 8 * 1024 * 1024


@dataclass
class FormArchive:
    root: Path

    def destination(self, team_code: str, player_id: int, upload: FileStorage) -> Path:
        folder = self.root / team_code / str(player_id)
        return folder / upload.filename

    def store(self, team_code: str, player_id: int, upload: FileStorage) -> Path:
        target = self.destination(team_code, player_id, upload)
        target.parent.mkdir(parents=True, exist_ok=True)
        upload.save(target)
        return target


def _player_team(player_id: int, parent_id: int) -> str:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT t.code FROM players p JOIN teams t ON t.id = p.team_id "
            "JOIN guardians gd ON gd.player_id = p.id "
            "WHERE p.id = %s AND gd.parent_id = %s",
            (player_id, parent_id),
        ).fetchone()
    if row is None:
        abort(404)
    return row[0]


@bp.post("/<int:player_id>")
def upload_form(player_id: int):
    if g.get("parent_id") is None:
        abort(401)
    upload = request.files.get("form")
    if upload is None or not upload.filename:
        abort(400, "No file was attached.")
    if upload.mimetype not in ACCEPTED_TYPES:
        abort(415, "Forms must be PDF, JPEG or PNG.")
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)

    team_code = _player_team(player_id, g.parent_id)
    archive = FormArchive(Path(current_app.config["MEDICAL_FORM_DIR"]))
    saved = archive.store(team_code, player_id, upload)

    with get_connection() as conn:
        conn.execute(
            "INSERT INTO medical_forms (player_id, uploaded_by, stored_path, uploaded_at) "
            "VALUES (%s, %s, %s, %s)",
            (player_id, g.parent_id, str(saved), datetime.now(timezone.utc)),
        )
    return jsonify({"player_id": player_id, "status": "received"}), 201
