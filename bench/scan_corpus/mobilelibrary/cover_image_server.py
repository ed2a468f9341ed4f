"""Serves cached book cover thumbnails to the van kiosk and staff tablets.

Covers are fetched from the bibliographic supplier overnight and stored under
COVER_CACHE_DIR as <isbn>.jpg; kiosks request them by file name.
"""
from __future__ import annotations

import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
app.config["COVER_CACHE_DIR"] = os.environ.get(
    "COVER_CACHE_DIR", "/var/cache/mobilelibrary/covers"
)
app.config["PLACEHOLDER_COVER"] = os.environ.get(
    "PLACEHOLDER_COVER", "/usr/share/mobilelibrary/no-cover.jpg"
)

ALLOWED_SIZES = {"s": 90, "m": 180, "l": 360}


def _placeholder():
    return send_file(app.config["PLACEHOLDER_COVER"], mimetype="image/jpeg", max_age=3600)


@app.get("/covers/<size>/<path:name>")
def cover(size: str, name: str):
    if size not in ALLOWED_SIZES:
        abort(404)
    path = os.path.join(app.config["COVER_CACHE_DIR"], size, name)
    if not os.path.isfile(path):
        return _placeholder()
    return send_file(path, mimetype="image/jpeg", max_age=86400, conditional=True)


@app.get("/covers/bulk")
def cover_manifest():
    """List which covers are cached, so kiosks can prefetch before a route."""
    size = request.args.get("size", "m")
    if size not in ALLOWED_SIZES:
        abort(400)
    directory = os.path.join(app.config["COVER_CACHE_DIR"], size)
    try:
        names = sorted(n for n in os.listdir(directory) if n.endswith(".jpg"))
    except FileNotFoundError:
        names = []
    return {"size": size, "pixels": ALLOWED_SIZES[size], "covers": names}


@app.after_request
def cache_headers(response):
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response
