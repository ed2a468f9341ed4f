"""Serves check-in photos of stored wheel sets to the customer portal.

At check-in the tyre hotel staff photograph each wheel (tread, sidewall,
rim damage). Customers can view the photos of their own sets from the
portal before deciding whether to buy new tyres for the season.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, jsonify, request, send_file
from flask_login import current_user, login_required

from tyrehotel.db import get_wheel_set

app = Flask(__name__)
app.config["PHOTO_ROOT"] = os.environ.get("TYRE_HOTEL_PHOTO_ROOT", "/srv/tyrehotel/photos")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png"}


def photo_dir(set_id: int) -> str:
    return os.path.join(app.config["PHOTO_ROOT"], f"set-{set_id:07d}")


def photo_path(set_id: int, filename: str) -> str:
    return os.path.join(photo_dir(set_id), filename)


def _owned_set_or_404(set_id: int):
    wheel_set = get_wheel_set(set_id)
    if wheel_set is None or wheel_set.customer_id != current_user.customer_id:
        abort(404)
    return wheel_set


@app.get("/portal/tyre-hotel/<int:set_id>/photos")
@login_required
def list_photos(set_id: int):
    _owned_set_or_404(set_id)
    directory = Path(photo_dir(set_id))
    names = sorted(
        p.name for p in directory.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES
    ) if directory.is_dir() else []
    return jsonify({"set_id": set_id, "photos": names})


@app.get("/portal/tyre-hotel/<int:set_id>/photo")
@login_required
def get_photo(set_id: int):
    _owned_set_or_404(set_id)
    filename = request.args.get("name", "")
    if Path(filename).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(400)
    path = photo_path(set_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, max_age=3600)
