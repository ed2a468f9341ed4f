"""Bearer-token authentication for the public data portal's REST API.

Tokens are RS256 JWTs from the lab's identity service. The key id in the token
header selects one of the service's published public keys.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import wraps
from pathlib import Path

import jwt
from flask import g, jsonify, request

ALGORITHMS = ["RS256"]
AUDIENCE = "glacierlab-portal"
ISSUER = os.environ.get("PORTAL_JWT_ISSUER", "https://id.glacierlab.example/")


@dataclass
class PortalUser:
    user_id: str
    scopes: frozenset[str]


class KeyRing:
    def __init__(self, jwks_path: str) -> None:
        jwks = json.loads(Path(jwks_path).read_text())
        self._keys = {k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(k)) for k in jwks["keys"]}

    def key_for(self, token: str):
        kid = jwt.get_unverified_header(token).get("kid")
        if kid not in self._keys:
            raise jwt.InvalidKeyError("unknown key id")
        return self._keys[kid]


keyring = KeyRing(os.environ.get("PORTAL_JWKS_FILE", "/etc/glacierlab/jwt/jwks.json"))


def verify_token(token: str) -> PortalUser:
    claims = jwt.decode(token, keyring.key_for(token), algorithms=ALGORITHMS, audience=AUDIENCE, issuer=ISSUER, options={"require": ["exp", "iat", "sub"]})
    return PortalUser(claims["sub"], frozenset(claims.get("scope", "").split()))


def require_scope(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            if not header.startswith("Bearer "):
                return jsonify(error="missing bearer token"), 401
            try:
                user = verify_token(header.removeprefix("Bearer ").strip())
            except jwt.PyJWTError:
                return jsonify(error="invalid token"), 401
            if scope not in user.scopes:
                return jsonify(error="insufficient scope"), 403
            g.portal_user = user
            return view(*args, **kwargs)

        return wrapper

    return decorator
