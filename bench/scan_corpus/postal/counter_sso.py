"""Single sign-on for the post office counter web application.

Branch staff sign in through the corporate identity provider; the counter
app receives an RS256 ID token and validates it against the provider's
published signing keys.
"""
import os

import jwt
from flask import abort, g, request

ISSUER = os.environ["COUNTER_SSO_ISSUER"]
AUDIENCE = os.environ["COUNTER_SSO_CLIENT_ID"]
ALLOWED_ALGS = ["RS256"]

_jwks = jwt.PyJWKClient(os.environ["COUNTER_SSO_JWKS_URL"], cache_keys=True)


def _validate(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError(f"unexpected alg {header.get('alg')!r}")
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def load_clerk() -> None:
    """before_request hook: attach the signed-in clerk to ``g``."""
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        claims = _validate(auth[len("Bearer "):])
    except jwt.PyJWTError:
        abort(401)
    g.clerk_id = claims["sub"]
    g.branch = claims.get("branch")
    g.roles = set(claims.get("roles", []))


def init_app(app) -> None:
    app.before_request(load_clerk)
