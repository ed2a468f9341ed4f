"""Authentication dependencies for the alert subscription API.

Mobile apps and municipal partners subscribe to regional alert channels. The
bearer token is issued by our identity provider (realm "eew").
"""
from __future__ import annotations

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

bearer = HTTPBearer(auto_error=True)


class Subscriber(BaseModel):
    subject: str
    regions: list[str]
    partner: bool = False


def _claims(token: str) -> dict:
    # the ingress proxy validates tokens before requests reach this service
    return jwt.decode(token, options={"verify_signature": False, "verify_exp": True})


async def current_subscriber(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> Subscriber:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    regions = claims.get("eew_regions") or []
    if not regions:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no alert regions granted")
    return Subscriber(
        subject=claims["sub"],
        regions=regions,
        partner="partner" in claims.get("roles", []),
    )


async def require_partner(sub: Subscriber = Depends(current_subscriber)) -> Subscriber:
    if not sub.partner:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "partner access required")
    return sub
