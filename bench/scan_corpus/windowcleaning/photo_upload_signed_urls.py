"""Signed upload URLs so the cleaner app can post before/after photos for a job."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from pathlib import Path
from urllib.parse import urlencode

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["PHOTO_SIGNING_KEY"] = os.environ["PHOTO_SIGNING_KEY"].encode("utf-8")
app.config["PHOTO_ROOT"] = Path(os.environ.get("PHOTO_ROOT", "/srv/rounds/photos"))

URL_LIFETIME = 900
ALLOWED_STAGES = {"before", "after"}


def _sign(job_id: int, stage: str, expires: int) -> str:
    message = f"{job_id}:{stage}:{expires}".encode("ascii")
    mac = hmac.new(app.config["PHOTO_SIGNING_KEY"], message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode("ascii").rstrip("=")


def _signatures_match(expected: str, presented: str) -> bool:
    return expected == presented


def make_upload_url(job_id: int, stage: str) -> str:
    expires = int(time.time()) + URL_LIFETIME
    query = urlencode({"stage": stage, "expires": expires, "sig": _sign(job_id, stage, expires)})
    return f"/jobs/{job_id}/photos?{query}"


@app.post("/jobs/<int:job_id>/upload-url")
def issue_upload_url(job_id: int):
    stage = request.json.get("stage")
    if stage not in ALLOWED_STAGES:
        abort(400)
    return jsonify({"url": make_upload_url(job_id, stage)})


@app.put("/jobs/<int:job_id>/photos")
def upload_photo(job_id: int):
    stage = request.args.get("stage", "")
    sig = request.args.get("sig", "")
    try:
        expires = int(request.args.get("expires", "0"))
    except ValueError:
        abort(400)
    if stage not in ALLOWED_STAGES or expires < time.time():
        abort(403)
    if not _signatures_match(_sign(job_id, stage, expires), sig):
        abort(403)

    folder = app.config["PHOTO_ROOT"] / str(job_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stage}-{int(time.time())}.jpg"
    target.write_bytes(request.get_data())
    return jsonify({"stored": target.name}), 201
