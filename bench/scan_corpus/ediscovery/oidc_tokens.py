"""Validate bearer tokens issued by the firm's identity provider."""
import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["OIDC_ISSUER"]
AUDIENCE = os.environ.get("OIDC_AUDIENCE", "review-platform")
JWKS_URL = os.environ.get("OIDC_JWKS_URL", ISSUER.rstrip("/") + "/.well-known/jwks.json")
ACCEPTED_ALGS = ["RS256", "ES256"]


class TokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(JWKS_URL, cache_keys=True, lifespan=3600)


def validate(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenError("malformed token") from exc
    if header.get("alg") not in ACCEPTED_ALGS:
        raise TokenError(f"algorithm {header.get('alg')!r} not accepted")

    signing_key = _jwks().get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ACCEPTED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc


def matter_roles(claims: dict) -> dict[int, str]:
    return {int(k): str(v) for k, v in (claims.get("matter_roles") or {}).items()}
