"""Serves full-size product photos and care leaflets for the web shop."""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify, request, send_from_directory

app = Flask(__name__)
app.config.from_prefixed_env(prefix="SHOP")

PHOTO_DIR = os.environ.get("SHOP_PHOTO_DIR", "/srv/webshop/photos")
LEAFLET_DIR = os.environ.get("SHOP_LEAFLET_DIR", "/srv/webshop/leaflets")
ALLOWED_PHOTO_EXT = {".jpg", ".jpeg", ".png", ".webp"}


def _listing(directory: str, suffixes: set[str]) -> list[str]:
    try:
        names = os.listdir(directory)
    except FileNotFoundError:
        return []
    return sorted(n for n in names if os.path.splitext(n)[1].lower() in suffixes)


@app.get("/photos")
def list_photos():
    return jsonify(_listing(PHOTO_DIR, ALLOWED_PHOTO_EXT))


@app.get("/photos/<path:filename>")
def photo(filename: str):
    if os.path.splitext(filename)[1].lower() not in ALLOWED_PHOTO_EXT:
        abort(404)
    return send_from_directory(PHOTO_DIR, filename, max_age=86400)


@app.get("/leaflets/download")
def leaflet():
    name = request.args.get("name", "")
    if not name.endswith(".pdf"):
        abort(404)
    return send_from_directory(
        LEAFLET_DIR, name, mimetype="application/pdf", as_attachment=True
    )


@app.get("/leaflets")
def list_leaflets():
    return jsonify(_listing(LEAFLET_DIR, {".pdf"}))
