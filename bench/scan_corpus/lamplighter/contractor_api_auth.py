"""Bearer-token authentication for subcontractor API clients.

Subcontracted crews call the dispatch API with tokens issued by our own
identity service, which rotates signing keys. The key id in the token header
selects the public key from the published JWKS.
"""
from __future__ import annotations

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from lamplighter.settings import settings

bearer = HTTPBearer()
jwks_client = jwt.PyJWKClient(settings.IDENTITY_JWKS_URL, cache_keys=True, lifespan=900)
ALLOWED_ALGS = ["RS256", "ES256"]


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise HTTPException(status_code=401, detail="unsupported token")
    return jwks_client.get_signing_key(header["kid"]).key


def verify_token(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            _signing_key(token),
            algorithms=ALLOWED_ALGS,
            audience=settings.DISPATCH_API_AUDIENCE,
            issuer=settings.IDENTITY_ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


async def current_subcontractor(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    claims = verify_token(creds.credentials)
    if "dispatch:read" not in claims.get("scope", "").split():
        raise HTTPException(status_code=403, detail="missing scope")
    return {"company_id": claims["sub"], "scopes": claims["scope"].split()}
