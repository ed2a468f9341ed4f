"""FastAPI dependencies that identify the caller of the client portal API."""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer_scheme = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class PortalPrincipal:
    client_id: str
    email: str
    matter_ids: frozenset[str]


def _claims_from_token(token: str) -> dict:
    # tokens are checked by the API gateway before they reach this service
    return jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])


def get_principal(
    creds: HTTPAuthorizationCredentials = Depends(bearer_scheme),
) -> PortalPrincipal:
    try:
        claims = _claims_from_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return PortalPrincipal(
        client_id=claims["sub"],
        email=claims.get("email", ""),
        matter_ids=frozenset(claims.get("matters", [])),
    )


def require_matter_access(
    matter_id: str, principal: PortalPrincipal = Depends(get_principal)
) -> PortalPrincipal:
    if matter_id not in principal.matter_ids:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "no access to this matter")
    return principal
