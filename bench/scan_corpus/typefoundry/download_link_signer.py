"""Signed, expiring download links for purchased font packages."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from urllib.parse import urlencode

from flask import Blueprint, abort, current_app, request, send_from_directory, url_for

bp = Blueprint("downloads", __name__)

LINK_TTL_SECONDS = 60 * 60 * 24


def _signing_key() -> bytes:
    return current_app.config["DOWNLOAD_SIGNING_KEY"].encode("utf-8")


def _signature(order_id: int, package: str, expires: int) -> str:
    message = f"{order_id}:{package}:{expires}".encode("utf-8")
    return hmac.new(_signing_key(), message, hashlib.sha256).hexdigest()


def make_download_url(order_id: int, package: str, now: float | None = None) -> str:
    expires = int((now or time.time()) + LINK_TTL_SECONDS)
    query = urlencode(
        {"expires": expires, "sig": _signature(order_id, package, expires)}
    )
    return url_for("downloads.fetch", order_id=order_id, package=package) + "?" + query


def _package_dir(order_id: int) -> str:
    return os.path.join(current_app.config["PACKAGE_ROOT"], str(int(order_id)))


@bp.route("/download/<int:order_id>/<package>")
def fetch(order_id: int, package: str):
    try:
        expires = int(request.args["expires"])
        signature = request.args["sig"]
    except (KeyError, ValueError):
        abort(400)

    if expires < time.time():
        abort(410)

    expected = _signature(order_id, package, expires)
    if signature != expected:
        abort(403)

    return send_from_directory(
        _package_dir(order_id),
        package,
        as_attachment=True,
        mimetype="application/zip",
    )
