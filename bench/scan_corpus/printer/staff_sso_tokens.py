"""Validate single sign-on tokens for production staff on the shop floor apps.

Tokens are RS256 JWTs from the company identity provider; the signing key is
picked from the provider's JWKS by the ``kid`` in the token header.
"""
import jwt
import requests
from cachetools import TTLCache, cached

from printshop.config import settings

ALGORITHMS = ["RS256"]


@cached(TTLCache(maxsize=1, ttl=3600))
def _jwks() -> dict[str, jwt.PyJWK]:
    resp = requests.get(settings.SSO_JWKS_URL, timeout=5)
    resp.raise_for_status()
    return {key["kid"]: jwt.PyJWK(key) for key in resp.json()["keys"]}


def signing_key(token: str) -> jwt.PyJWK:
    header = jwt.get_unverified_header(token)
    key = _jwks().get(header.get("kid", ""))
    if key is None:
        raise jwt.InvalidTokenError("unknown signing key")
    return key


def staff_claims(token: str) -> dict:
    key = signing_key(token)
    return jwt.decode(
        token,
        key.key,
        algorithms=ALGORITHMS,
        audience=settings.SSO_AUDIENCE,
        issuer=settings.SSO_ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def has_role(token: str, role: str) -> bool:
    try:
        claims = staff_claims(token)
    except jwt.PyJWTError:
        return False
    return role in claims.get("roles", [])
