"""Serve lab-dip photographs to the client approval pages.

The colour lab photographs every lab dip in the light booth (D65 and TL84)
and drops the JPEGs into a shared folder, one sub-folder per dip set.
"""
import os
from datetime import datetime

from flask import Flask, abort, jsonify, send_file

app = Flask(__name__)
PHOTO_ROOT = os.environ.get("LABDIP_PHOTO_ROOT", "/srv/labdips/photos")
ALLOWED_ILLUMINANTS = ("D65", "TL84", "A")


def photo_listing(dip_set: str) -> list:
    folder = os.path.join(PHOTO_ROOT, dip_set)
    if not os.path.isdir(folder):
        return []
    entries = []
    for name in sorted(os.listdir(folder)):
        if not name.lower().endswith(".jpg"):
            continue
        stat = os.stat(os.path.join(folder, name))
        entries.append({
            "name": name,
            "taken": datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"),
            "illuminant": next((i for i in ALLOWED_ILLUMINANTS if i in name.upper()), None),
        })
    return entries


@app.get("/labdips/<int:dip_set_id>/photos")
def list_photos(dip_set_id: int):
    return jsonify(photo_listing(str(dip_set_id)))


@app.get("/labdips/<int:dip_set_id>/photos/<path:filename>")
def get_photo(dip_set_id: int, filename: str):
    full_path = os.path.join(PHOTO_ROOT, str(dip_set_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="image/jpeg", max_age=3600)
