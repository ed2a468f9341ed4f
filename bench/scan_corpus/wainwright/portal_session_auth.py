"""Authentication dependency for the customer portal API.

Portal users sign in through the identity service, which issues a JWT
that the single-page app sends as a bearer token on each call.
"""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

ISSUER = os.environ.get("PORTAL_JWT_ISSUER", "https://id.wainwright-works.co.uk")
AUDIENCE = "wainwright-portal"


@dataclass
class PortalUser:
    customer_id: int
    email: str
    commissions: list[str]


def _claims_from_token(token: str) -> dict:
    try:
        claims = jwt.decode(
            token,
            options={"verify_signature": False, "require": ["sub", "exp"]},
            audience=AUDIENCE,
            issuer=ISSUER,
        )
    except jwt.PyJWTError as err:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="invalid token") from err
    return claims


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalUser:
    claims = _claims_from_token(creds.credentials)
    try:
        return PortalUser(
            customer_id=int(claims["sub"]),
            email=claims.get("email", ""),
            commissions=list(claims.get("commissions", [])),
        )
    except (KeyError, ValueError) as err:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="malformed token") from err


def require_commission(commission_ref: str, user: PortalUser = Depends(current_user)) -> PortalUser:
    if commission_ref not in user.commissions:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="not your commission")
    return user
