"""Serve photographs of the guild's peal boards.

Photographs are uploaded by tower correspondents through the admin site and
stored under PEAL_BOARD_DIR; the public records pages link to them by name.
"""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify, send_file

app = Flask(__name__)
app.config["PEAL_BOARD_DIR"] = os.environ.get("PEAL_BOARD_DIR", "/srv/guild/peal_boards")

ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


def _photo_dir() -> str:
    return app.config["PEAL_BOARD_DIR"]


@app.get("/peal-boards")
def list_boards():
    names = sorted(
        n for n in os.listdir(_photo_dir()) if n.lower().endswith(ALLOWED_SUFFIXES)
    )
    return jsonify(names)


@app.get("/peal-boards/<path:filename>")
def board_photo(filename: str):
    full_path = os.path.join(_photo_dir(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, max_age=86400)


@app.get("/peal-boards/<path:filename>/meta")
def board_meta(filename: str):
    from peal_board_index import lookup

    entry = lookup(filename)
    if entry is None:
        abort(404)
    return jsonify(
        {
            "tower": entry.tower,
            "boards": entry.board_count,
            "earliest_peal": entry.earliest.isoformat(),
            "photographer": entry.photographer,
        }
    )
