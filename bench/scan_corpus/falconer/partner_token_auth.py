"""Bearer-token authentication for the pest-control client portal API.

Contract clients' facilities teams sign in through the partner identity
provider; keys rotate, so the ``kid`` in the token header selects the key.
"""
from functools import lru_cache

import httpx
import jwt
from fastapi import Header, HTTPException

from falconer.config import settings

AUDIENCE = "falconer-pest-portal"
ISSUER = settings.PARTNER_IDP_ISSUER


@lru_cache(maxsize=1)
def _jwks() -> dict[str, dict]:
    response = httpx.get(f"{ISSUER}/.well-known/jwks.json", timeout=5)
    response.raise_for_status()
    return {key["kid"]: key for key in response.json()["keys"]}


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    jwk = _jwks().get(header.get("kid"))
    if jwk is None:
        _jwks.cache_clear()
        jwk = _jwks().get(header.get("kid"))
    if jwk is None:
        raise HTTPException(status_code=401, detail="unknown signing key")
    return jwt.PyJWK(jwk).key


def contract_client(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        claims = jwt.decode(
            token,
            _signing_key(token),
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
        )
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    return {"client_id": claims["sub"], "contracts": claims.get("contracts", [])}
