"""Bearer-token authentication for the creator (influencer) portal API.

Tokens are issued by our identity provider. The ``kid`` header picks the
signing key from the provider's JWKS, which rotates every few weeks.
"""
import os
from functools import lru_cache

import jwt
import requests
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("CREATOR_IDP_ISSUER", "")
AUDIENCE = os.environ.get("CREATOR_API_AUDIENCE", "creator-portal")

bearer = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks() -> dict:
    resp = requests.get(f"{ISSUER}/.well-known/jwks.json", timeout=5)
    resp.raise_for_status()
    return {k["kid"]: k for k in resp.json()["keys"]}


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    jwk = _jwks().get(header.get("kid"))
    if jwk is None:
        _jwks.cache_clear()
        jwk = _jwks().get(header.get("kid"))
    if jwk is None:
        raise HTTPException(status_code=401, detail="unknown signing key")
    return jwt.PyJWK(jwk).key


def current_creator(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    token = creds.credentials
    try:
        claims = jwt.decode(
            token,
            key=_signing_key(token),
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    return {"creator_id": claims["sub"], "scopes": claims.get("scope", "").split()}
