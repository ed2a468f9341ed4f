"""Activation of console MIDI upgrade kits.

When a kit is installed, the configuration tool presents a licence token issued
by the licensing service. The service rotates its signing keys, so the key id
in the token header is used to pick the right public key from the published
key set before the token is checked and the kit is activated.
"""
import os
from functools import lru_cache

import jwt
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

JWKS_URL = os.environ.get("KIT_LICENCE_JWKS", "https://licensing.organworks.co.uk/.well-known/jwks.json")
LICENCE_AUDIENCE = "midi-kit-activation"
LICENCE_ALGORITHMS = ["RS256"]


@lru_cache(maxsize=1)
def published_keys() -> dict[str, object]:
    resp = requests.get(JWKS_URL, timeout=10)
    resp.raise_for_status()
    return {k["kid"]: jwt.PyJWK(k).key for k in resp.json()["keys"]}


def signing_key_for(token: str):
    header = jwt.get_unverified_header(token)
    kid = header.get("kid")
    keys = published_keys()
    if kid not in keys:
        published_keys.cache_clear()
        keys = published_keys()
    if kid not in keys:
        raise jwt.InvalidKeyError(f"unknown key id {kid!r}")
    return keys[kid]


def read_licence(token: str) -> dict:
    return jwt.decode(
        token,
        key=signing_key_for(token),
        algorithms=LICENCE_ALGORITHMS,
        audience=LICENCE_AUDIENCE,
        options={"require": ["exp", "sub", "kit_serial"]},
    )


@app.post("/kits/activate")
def activate_kit():
    token = request.get_json(force=True).get("licence", "")
    try:
        licence = read_licence(token)
    except jwt.PyJWTError:
        return jsonify({"activated": False}), 403
    from organworks.kits import mark_activated

    mark_activated(licence["kit_serial"], licence["sub"])
    return jsonify({"activated": True, "kit_serial": licence["kit_serial"]})
