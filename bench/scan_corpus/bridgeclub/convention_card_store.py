"""Stores convention cards uploaded by partnerships entering a congress."""
from __future__ import annotations

import os
import uuid

from flask import Blueprint, abort, current_app, g, jsonify, request, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("cards", __name__, url_prefix="/congress")

MAX_CARD_BYTES = 4 * 1024 * 1024


def _card_dir(congress_id: int) -> str:
    path = os.path.join(current_app.config["CONVENTION_CARD_DIR"], f"congress-{congress_id:05d}")
    os.makedirs(path, exist_ok=True)
    return path


def _entry_for_member(congress_id: int, entry_id: int):
    entry = g.db.execute(
        "SELECT player1_id, player2_id, card_file FROM congress_entries"
        " WHERE id = ? AND congress_id = ?",
        (entry_id, congress_id),
    ).fetchone()
    if entry is None or g.get("member_id") not in entry[:2]:
        abort(404)
    return entry


@bp.post("/<int:congress_id>/entries/<int:entry_id>/card")
def upload_card(congress_id: int, entry_id: int):
    _entry_for_member(congress_id, entry_id)
    upload = request.files.get("card")
    if upload is None or not upload.filename:
        abort(400, "no file")
    original = secure_filename(upload.filename)
    if not original.lower().endswith(".pdf"):
        abort(415, "convention cards must be PDF")
    data = upload.stream.read(MAX_CARD_BYTES + 1)
    if len(data) > MAX_CARD_BYTES or not data.startswith(b"%PDF-"):
        abort(415, "not a PDF document or too large")

    stored_name = f"entry-{entry_id:06d}-{uuid.uuid4().hex}.pdf"
    with open(os.path.join(_card_dir(congress_id), stored_name), "wb") as fh:
        fh.write(data)
    g.db.execute(
        "UPDATE congress_entries SET card_file = ?, card_original_name = ? WHERE id = ?",
        (stored_name, original, entry_id),
    )
    g.db.commit()
    return jsonify({"entry_id": entry_id, "card": original}), 201


@bp.get("/<int:congress_id>/entries/<int:entry_id>/card")
def download_card(congress_id: int, entry_id: int):
    entry = _entry_for_member(congress_id, entry_id)
    if not entry[2]:
        abort(404)
    return send_from_directory(_card_dir(congress_id), entry[2], mimetype="application/pdf")
