"""Serves driver media-kit assets (headshots, helmet renders) to accredited press users."""
from __future__ import annotations

import hmac
import mimetypes
import os
from pathlib import Path

from flask import Flask, abort, g, request, send_file
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
MEDIA_ROOT = Path(os.environ.get("DRIVER_MEDIA_ROOT", "/srv/media/drivers")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".pdf", ".zip"}


def resolve_asset(driver: str, relative: str) -> Path:
    """Map a driver slug and relative asset path to a file inside the media root."""
    driver_root = (MEDIA_ROOT / driver).resolve()
    candidate = (driver_root / relative).resolve()
    if not driver_root.is_relative_to(MEDIA_ROOT) or not candidate.is_relative_to(driver_root):
        abort(404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        abort(404)
    return candidate


@app.before_request
def require_press_pass() -> None:
    token = request.headers.get("X-Press-Pass", "")
    if not token or not hmac.compare_digest(token, os.environ["PRESS_PASS_TOKEN"]):
        abort(401)
    g.press_pass = token


@app.get("/media/<driver>/<path:relative>")
def media_asset(driver: str, relative: str):
    asset = resolve_asset(driver, relative)
    mimetype = mimetypes.guess_type(asset.name)[0] or "application/octet-stream"
    return send_file(asset, mimetype=mimetype, as_attachment=asset.suffix == ".zip",
                     download_name=asset.name, max_age=3600)


@app.errorhandler(HTTPException)
def plain_errors(exc: HTTPException):
    return {"error": exc.name}, exc.code
