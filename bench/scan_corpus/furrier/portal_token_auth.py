"""Bearer-token authentication for the customer portal API.

Tokens are issued by the shared identity service after the customer signs in
and carry the customer id and the account roles.
"""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False)

EXPECTED_ISSUER = os.environ.get("PORTAL_TOKEN_ISSUER", "https://id.northgatefurs.com")


@dataclass
class PortalUser:
    customer_id: int
    email: str
    roles: tuple

    @property
    def can_approve_quotes(self) -> bool:
        return "account_holder" in self.roles


def _claims(token: str) -> dict:
    try:
        claims = jwt.decode(
            token,
            options={"verify_signature": False, "verify_exp": True},
            algorithms=["RS256"],
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if claims.get("iss") != EXPECTED_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong issuer")
    return claims


async def current_user(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> PortalUser:
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing token")
    claims = _claims(creds.credentials)
    return PortalUser(
        customer_id=int(claims["sub"]),
        email=claims.get("email", ""),
        roles=tuple(claims.get("roles", ())),
    )


async def quote_approver(user: PortalUser = Depends(current_user)) -> PortalUser:
    if not user.can_approve_quotes:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not allowed to approve quotes")
    return user
