"""Serve firmware images to locker controllers during staged rollouts."""
from __future__ import annotations

import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
app.config.from_mapping(
    FIRMWARE_ROOT="/srv/lockerfw/images",
    ROLLOUT_HEADER="X-Controller-Serial",
)


def _image_path(channel: str, image: str) -> str:
    root = app.config["FIRMWARE_ROOT"]
    return os.path.join(root, channel, image)


def _controller_allowed(serial: str | None) -> bool:
    from .rollout import is_enrolled

    return bool(serial) and is_enrolled(serial)


@app.get("/fw/<channel>")
def download(channel: str):
    serial = request.headers.get(app.config["ROLLOUT_HEADER"])
    if not _controller_allowed(serial):
        abort(403)
    if channel not in {"stable", "beta", "canary"}:
        abort(404)
    image = request.args.get("image", "")
    path = _image_path(channel, image)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/octet-stream", as_attachment=True)


@app.get("/fw/<channel>/latest")
def latest(channel: str):
    from .rollout import latest_image_for

    serial = request.headers.get(app.config["ROLLOUT_HEADER"])
    if not _controller_allowed(serial):
        abort(403)
    return {"image": latest_image_for(serial, channel)}

