"""Token verification for the crew tablet app.

Crew leads sign in on site tablets through the company identity provider;
the scheduling API verifies the RS256 access tokens against the provider's
published signing keys before showing job sheets and material lists.
"""
from functools import wraps

import jwt
from flask import abort, g, request
from jwt import PyJWKClient

from pargeter.config import settings

_jwks = PyJWKClient(settings.IDP_JWKS_URL, cache_keys=True)
ACCEPTED_ALGORITHMS = ["RS256"]


def verify_access_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ACCEPTED_ALGORITHMS or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    signing_key = _jwks.get_signing_key(header["kid"])
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ACCEPTED_ALGORITHMS,
        audience=settings.CREW_API_AUDIENCE,
        issuer=settings.IDP_ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def crew_lead_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token:
            abort(401)
        try:
            claims = verify_access_token(token)
        except jwt.PyJWTError:
            abort(401)
        if "crew_lead" not in claims.get("roles", []):
            abort(403)
        g.crew_member = claims["sub"]
        return view(*args, **kwargs)

    return wrapper
