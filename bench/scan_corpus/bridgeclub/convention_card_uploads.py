"""Convention card uploads for registered partnerships.

Partnerships entering a congress upload their convention card as a PDF;
the director prints them for the table folders.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, g, jsonify, request

bp = Blueprint("convention_cards", __name__, url_prefix="/congress")

MAX_CARD_BYTES = 4 * 1024 * 1024


def _card_dir(congress_id: int) -> str:
    base = current_app.config["CONVENTION_CARD_DIR"]
    path = os.path.join(base, f"congress-{congress_id:05d}")
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/<int:congress_id>/entries/<int:entry_id>/card")
def upload_card(congress_id: int, entry_id: int):
    if g.get("member_id") is None:
        abort(401)
    entry = g.db.execute(
        "SELECT player1_id, player2_id FROM congress_entries WHERE id = ? AND congress_id = ?",
        (entry_id, congress_id),
    ).fetchone()
    if entry is None or g.member_id not in entry:
        abort(404)

    upload = request.files.get("card")
    if upload is None or not upload.filename:
        abort(400, "no file")
    if not upload.filename.lower().endswith(".pdf"):
        abort(415, "convention cards must be PDF")
    data = upload.stream.read(MAX_CARD_BYTES + 1)
    if len(data) > MAX_CARD_BYTES:
        abort(413)
    if not data.startswith(b"%PDF-"):
        abort(415, "not a PDF document")

    destination = os.path.join(_card_dir(congress_id), upload.filename)
    with open(destination, "wb") as fh:
        fh.write(data)

    g.db.execute(
        "UPDATE congress_entries SET card_file = ? WHERE id = ?",
        (os.path.basename(destination), entry_id),
    )
    g.db.commit()
    return jsonify({"entry_id": entry_id, "card": os.path.basename(destination)}), 201
