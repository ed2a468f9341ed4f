"""Signed tile URLs for licensees who cannot send headers.

Some GIS desktop clients only accept a URL template.  For those licensees
we hand out URLs that carry an expiry and an HMAC over the path.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from urllib.parse import urlencode

from flask import Flask, abort, request

app = Flask(__name__)

URL_SIGNING_KEY = os.environ["TILE_URL_SIGNING_KEY"].encode("utf-8")
MAX_LIFETIME = 30 * 24 * 3600


class UrlSigner:
    def __init__(self, key: bytes = URL_SIGNING_KEY):
        self._key = key

    def _mac(self, path: str, expires: int, licensee: str) -> str:
        message = f"{path}\n{expires}\n{licensee}".encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def sign(self, path: str, licensee: str, lifetime: int = 7 * 24 * 3600) -> str:
        expires = int(time.time()) + min(lifetime, MAX_LIFETIME)
        query = urlencode({"lic": licensee, "exp": expires, "sig": self._mac(path, expires, licensee)})
        return f"{path}?{query}"

    def check(self, path: str, licensee: str, expires: int, signature: str) -> bool:
        if expires < time.time():
            return False
        return hmac.compare_digest(self._mac(path, expires, licensee), signature)


signer = UrlSigner()


@app.get("/signed/<tileset>/<int:z>/<int:x>/<int:y>.png")
def signed_tile(tileset: str, z: int, x: int, y: int):
    try:
        expires = int(request.args["exp"])
        licensee = request.args["lic"]
        signature = request.args["sig"]
    except (KeyError, ValueError):
        abort(400)
    if not signer.check(request.path, licensee, expires, signature):
        abort(403)
    return {"tileset": tileset, "z": z, "x": x, "y": y, "licensee": licensee}
