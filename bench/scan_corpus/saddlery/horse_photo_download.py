"""Serves conformation photos that customers upload with custom saddle orders."""

from __future__ import annotations

import os

from flask import Flask, abort, send_file
from flask_login import current_user, login_required

from saddlery.orders import order_belongs_to

app = Flask(__name__)
app.config["PHOTO_ROOT"] = os.environ.get("SADDLERY_PHOTO_ROOT", "/srv/saddlery/photos")

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".heic"}


def _order_dir(order_number: str) -> str:
    if not order_number.isalnum():
        abort(400)
    return os.path.join(app.config["PHOTO_ROOT"], order_number)


@app.get("/orders/<order_number>/photos")
@login_required
def list_photos(order_number: str):
    if not order_belongs_to(order_number, current_user.id):
        abort(404)
    directory = _order_dir(order_number)
    names = sorted(
        n for n in os.listdir(directory) if os.path.splitext(n)[1].lower() in ALLOWED_EXT
    )
    return {"order": order_number, "photos": names}


@app.get("/orders/<order_number>/photos/<path:filename>")
@login_required
def download_photo(order_number: str, filename: str):
    if not order_belongs_to(order_number, current_user.id):
        abort(404)
    full_path = os.path.join(_order_dir(order_number), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=False, max_age=3600)
