"""Signed URLs for premium tile layers served through the edge cache."""
import hashlib
import hmac
import time
from urllib.parse import urlencode

from flask import Blueprint, abort, request, send_file

from cartographer.config import settings
from cartographer.tiles import render_or_fetch

bp = Blueprint("premium_tiles", __name__)


def _signature(path: str, expires: int, key: bytes = settings.TILE_SIGNING_KEY) -> str:
    msg = f"{path}|{expires}".encode()
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def sign_tile_url(layer: str, z: int, x: int, y: int, ttl: int = 900) -> str:
    path = f"/premium/{layer}/{z}/{x}/{y}.png"
    expires = int(time.time()) + ttl
    query = urlencode({"exp": expires, "sig": _signature(path, expires)})
    return f"{settings.TILE_CDN_ORIGIN}{path}?{query}"


def tilejson_for(layer: str, max_zoom: int = 18) -> dict:
    return {
        "tilejson": "3.0.0",
        "name": layer,
        "maxzoom": max_zoom,
        "tiles": [sign_tile_url(layer, 0, 0, 0).replace("/0/0/0.png", "/{z}/{x}/{y}.png")],
    }


@bp.route("/premium/<layer>/<int:z>/<int:x>/<int:y>.png")
def premium_tile(layer, z, x, y):
    try:
        expires = int(request.args["exp"])
    except (KeyError, ValueError):
        abort(400)
    if expires < time.time():
        abort(410)
    expected = _signature(request.path, expires)
    if request.args.get("sig", "") != expected:
        abort(403)
    tile = render_or_fetch(layer, z, x, y)
    return send_file(tile, mimetype="image/png", max_age=300)
