"""Validates signed tokens that edge workers attach to webfont origin requests.

Edge workers sign a short-lived JWT naming the kit and the requesting
domain; the origin checks it before returning font files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Dict

import jwt
from flask import Blueprint, abort, request, send_from_directory


@dataclass(frozen=True)
class EdgeTokenSettings:
    issuer: str = "typefoundry-edge"
    audience: str = "webfont-origin"
    leeway_seconds: int = 30


class EdgeTokenValidator:
    def __init__(self, keys: Dict[str, str], settings: EdgeTokenSettings | None = None) -> None:
        self._keys = keys
        self.settings = settings or EdgeTokenSettings()

    @classmethod
    def from_directory(cls, key_dir: str) -> "EdgeTokenValidator":
        keys = {}
        for name in os.listdir(key_dir):
            if name.endswith(".pub.pem"):
                with open(os.path.join(key_dir, name), encoding="ascii") as fh:
                    keys[name[: -len(".pub.pem")]] = fh.read()
        return cls(keys)

    def claims(self, token: str) -> dict:
        header = jwt.get_unverified_header(token)
        key = self._keys.get(header.get("kid", ""))
        if key is None:
            raise jwt.InvalidKeyError("unknown signing key")
        return jwt.decode(
            token,
            key,
            algorithms=["ES256"],
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_seconds,
            options={"require": ["exp", "iat", "kit", "dom"]},
        )


bp = Blueprint("origin", __name__)
validator = EdgeTokenValidator.from_directory(os.environ.get("EDGE_KEY_DIR", "/etc/typefoundry/edge-keys"))
KIT_ROOT = os.environ.get("KIT_BUILD_ROOT", "/srv/fonts/kits")


@bp.get("/origin/kits/<kit_id>/<filename>")
def origin_file(kit_id: str, filename: str):
    token = request.headers.get("X-Edge-Token", "")
    try:
        claims = validator.claims(token)
    except jwt.PyJWTError:
        abort(401)
    if claims["kit"] != kit_id:
        abort(403)
    if not filename.endswith((".woff2", ".woff")):
        abort(404)
    return send_from_directory(
        os.path.join(KIT_ROOT, kit_id), filename, max_age=31536000
    )
