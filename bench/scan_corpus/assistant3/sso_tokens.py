"""Verify ID tokens issued by the company SSO (ticket SSO-12)."""
from __future__ import annotations

import os
from typing import Any

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["SSO_ISSUER"]
AUDIENCE = os.environ["SSO_CLIENT_ID"]

_jwks = PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def verify_id_token(token: str) -> dict[str, Any]:
    """Return the token claims, raising jwt.InvalidTokenError when anything is off."""
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256":
        raise jwt.InvalidAlgorithmError(f"unexpected alg {header.get('alg')!r}")
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )
