"""Validate access tokens issued by the campus identity provider.

The IdP rotates its signing keys, so we read the ``kid`` from the token
header to pick the right key from the JWKS before verifying.
"""
import functools
import os

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("SSO_ISSUER", "https://login.example.edu/realms/campus")
AUDIENCE = os.environ.get("SSO_AUDIENCE", "student-portal")
ALLOWED_ALGS = ["RS256", "ES256"]


class TokenError(Exception):
    pass


@functools.lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER}/protocol/openid-connect/certs", cache_keys=True, lifespan=900)


def validate(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenError("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise TokenError("unexpected token header")

    signing_key = _jwks_client().get_signing_key(header["kid"])
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.InvalidTokenError as exc:
        raise TokenError(str(exc)) from exc


def student_id_from(token: str) -> str:
    claims = validate(token)
    sid = claims.get("student_id")
    if not sid:
        raise TokenError("token has no student_id claim")
    return sid
