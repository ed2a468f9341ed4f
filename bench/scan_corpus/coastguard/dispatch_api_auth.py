"""Auth dependency for the rescue asset dispatch API.

Requests arrive through the RCC API gateway, which handles the OIDC login
for watch officers and forwards the access token.
"""
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
import jwt

bearer = HTTPBearer()

DISPATCH_ROLES = {"watch_officer", "duty_controller"}


class Officer:
    def __init__(self, subject: str, name: str, roles: set[str]):
        self.subject = subject
        self.name = name
        self.roles = roles


def current_officer(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Officer:
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    roles = set(claims.get("realm_access", {}).get("roles", []))
    return Officer(claims["sub"], claims.get("name", ""), roles)


def require_dispatcher(officer: Officer = Depends(current_officer)) -> Officer:
    if not officer.roles & DISPATCH_ROLES:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "dispatch role required")
    return officer
