"""Validate Azure AD tokens presented by depot staff signing into the back office."""
import time

import httpx
import jwt
from jwt.algorithms import RSAAlgorithm

from wheelchairhire.config import settings

_JWKS_CACHE: dict = {"keys": {}, "fetched": 0.0}
JWKS_TTL = 3600


class StaffTokenError(Exception):
    pass


def _signing_keys() -> dict:
    if time.time() - _JWKS_CACHE["fetched"] > JWKS_TTL:
        resp = httpx.get(settings.SSO_JWKS_URL, timeout=10)
        resp.raise_for_status()
        _JWKS_CACHE["keys"] = {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}
        _JWKS_CACHE["fetched"] = time.time()
    return _JWKS_CACHE["keys"]


def validate_staff_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    key = _signing_keys().get(header.get("kid"))
    if key is None:
        raise StaffTokenError("Unknown signing key")
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=["RS256"],
            audience=settings.SSO_CLIENT_ID,
            issuer=settings.SSO_ISSUER,
        )
    except jwt.PyJWTError as exc:
        raise StaffTokenError(str(exc)) from exc
    if settings.SSO_STAFF_GROUP not in claims.get("groups", []):
        raise StaffTokenError("Not a member of the depot staff group")
    return claims
