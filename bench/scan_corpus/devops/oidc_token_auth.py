"""Verify GitLab CI ID tokens presented to the artifact promotion service."""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("CI_OIDC_ISSUER", "https://gitlab.com")
AUDIENCE = os.environ["PROMOTION_AUDIENCE"]
ALLOWED_ALGORITHMS = ["RS256"]


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER}/oauth/discovery/keys", cache_keys=True)


def verify_ci_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenRejected("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise TokenRejected(f"unexpected alg {header.get('alg')!r}")

    signing_key = _jwks().get_signing_key_from_jwt(token)
    try:
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "project_path"]},
        )
    except jwt.InvalidTokenError as exc:
        raise TokenRejected(str(exc)) from exc
    return claims


def may_promote(claims: dict, project_path: str) -> bool:
    return (
        claims.get("project_path") == project_path
        and claims.get("ref_protected") == "true"
        and claims.get("ref_type") == "branch"
    )
