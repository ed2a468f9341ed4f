"""Bearer-token authentication for the sponsor data-export API.

Tokens are issued by the sponsor-facing identity provider; signing keys
are fetched from its JWKS endpoint and cached.
"""
import os
from functools import lru_cache, wraps

import jwt
from flask import abort, g, request
from jwt import PyJWKClient

ALLOWED_ALGS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(os.environ["SPONSOR_IDP_JWKS_URL"], cache_keys=True)


def _decode(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    key = _jwks().get_signing_key(header["kid"]).key
    return jwt.decode(
        token,
        key,
        algorithms=ALLOWED_ALGS,
        audience=os.environ.get("SPONSOR_API_AUDIENCE", "sponsor-export-api"),
        issuer=os.environ["SPONSOR_IDP_ISSUER"],
        options={"require": ["exp", "iat", "sub", "aud", "iss"]},
    )


def require_scope(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            auth = request.headers.get("Authorization", "")
            if not auth.startswith("Bearer "):
                abort(401)
            try:
                claims = _decode(auth[len("Bearer "):])
            except (jwt.PyJWTError, jwt.PyJWKClientError):
                abort(401)
            if scope not in claims.get("scope", "").split():
                abort(403)
            g.sponsor_claims = claims
            return view(*args, **kwargs)

        return wrapper

    return decorator
