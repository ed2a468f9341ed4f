"""Authentication for the corporate-gifting partner API.

Partners (employers buying boxes for staff) obtain a JWT from our identity
provider and send it as a bearer token. The ``partner_id`` claim selects the
account whose gift credits are drawn down.
"""
from __future__ import annotations

import time

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt as jose_jwt
from jose.exceptions import JWTError

from .partners import PartnerAccount, get_partner

bearer = HTTPBearer(auto_error=True)

REQUIRED_SCOPE = "gifting:write"
CLOCK_SKEW = 30


def _claims_from(token: str) -> dict:
    try:
        claims = jose_jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc
    if claims.get("exp", 0) + CLOCK_SKEW < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    return claims


def current_partner(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> PartnerAccount:
    claims = _claims_from(creds.credentials)
    scopes = set(str(claims.get("scope", "")).split())
    if REQUIRED_SCOPE not in scopes:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "insufficient scope")
    partner = get_partner(claims.get("partner_id"))
    if partner is None or not partner.active:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "unknown partner")
    return partner
