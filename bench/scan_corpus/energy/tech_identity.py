"""Token validation for the field technician mobile backend."""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from flask import abort, g, request

ALLOWED_ALGORITHMS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["IDP_JWKS_URL"], cache_keys=True)


def _token_from_request() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def authenticate() -> None:
    token = _token_from_request()
    try:
        # The header is only read to route to the right signing key by kid.
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGORITHMS:
            abort(401)
        signing_key = _jwks().get_signing_key(header["kid"]).key
        claims = jwt.decode(
            token,
            signing_key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=os.environ["IDP_AUDIENCE"],
            issuer=os.environ["IDP_ISSUER"],
            options={"require": ["exp", "iat", "sub"]},
        )
    except (jwt.PyJWTError, KeyError):
        abort(401)
    g.technician_id = claims["sub"]
    g.crew = claims.get("crew")


def init_app(app) -> None:
    app.before_request(authenticate)
