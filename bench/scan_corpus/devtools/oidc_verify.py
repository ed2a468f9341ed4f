"""Verification of CI OIDC ID tokens presented to the build cache."""
from functools import lru_cache

import jwt
from jwt import PyJWKClient

from .config import settings

ALLOWED_ALGORITHMS = ["RS256", "ES256"]


class TokenRejected(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(settings.oidc_jwks_url, cache_keys=True, lifespan=3600)


def verify_ci_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise TokenRejected("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise TokenRejected(f"algorithm {header.get('alg')!r} is not accepted")

    try:
        signing_key = _jwks().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=settings.oidc_audience,
            issuer=settings.oidc_issuer,
            options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            leeway=30,
        )
    except jwt.PyJWKClientError as exc:
        raise TokenRejected("unknown signing key") from exc
    except jwt.InvalidTokenError as exc:
        raise TokenRejected(str(exc)) from exc


def cache_namespace(claims: dict) -> str:
    return claims["project_path"].replace("/", "__")
