"""Public gallery of peal-board photographs.

Tower correspondents upload photos through the admin site; they are stored
flat under PEAL_BOARD_DIR and linked from the tower pages by file name.
"""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify, send_from_directory

app = Flask(__name__)
app.config["PEAL_BOARD_DIR"] = os.environ.get("PEAL_BOARD_DIR", "/srv/guild/peal_boards")

ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


class Gallery:
    def __init__(self, folder: str) -> None:
        self.folder = folder

    def names(self) -> list[str]:
        return sorted(
            n for n in os.listdir(self.folder) if n.lower().endswith(ALLOWED_SUFFIXES)
        )

    def serve(self, filename: str):
        if not filename.lower().endswith(ALLOWED_SUFFIXES):
            abort(404)
        return send_from_directory(self.folder, filename, max_age=86400)


def gallery() -> Gallery:
    return Gallery(app.config["PEAL_BOARD_DIR"])


@app.get("/peal-boards")
def list_boards():
    return jsonify(gallery().names())


@app.get("/peal-boards/<path:filename>")
def board_photo(filename: str):
    return gallery().serve(filename)


@app.get("/towers/<tower_code>/peal-boards")
def boards_for_tower(tower_code: str):
    prefix = f"{tower_code.lower()}_"
    return jsonify([n for n in gallery().names() if n.lower().startswith(prefix)])
