"""Validate identity-provider tokens for the members' portal (FastAPI)."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

TENANT = os.environ["MEMBERS_AAD_TENANT"]
AUDIENCE = os.environ["MEMBERS_API_AUDIENCE"]
ISSUER = f"https://login.microsoftonline.com/{TENANT}/v2.0"
JWKS_URL = f"https://login.microsoftonline.com/{TENANT}/discovery/v2.0/keys"

bearer = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(JWKS_URL, cache_keys=True)


def current_member(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    token = creds.credentials
    try:
        # the header is only read to pick the signing key out of the JWKS
        signing_key = _jwks().get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "oid"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return {"id": claims["oid"], "name": claims.get("name"), "roles": claims.get("roles", [])}


def require_role(role: str):
    def checker(member: dict = Depends(current_member)) -> dict:
        if role not in member["roles"]:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "not permitted")
        return member

    return checker
