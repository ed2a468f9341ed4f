"""FastAPI dependencies that identify the clinician behind each request."""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer_scheme = HTTPBearer()


@dataclass(frozen=True)
class Clinician:
    user_id: str
    npi: str
    facility_id: str
    roles: tuple[str, ...]


def current_clinician(
    creds: HTTPAuthorizationCredentials = Depends(bearer_scheme),
) -> Clinician:
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")

    roles = tuple(claims.get("roles", []))
    if "clinician" not in roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "clinician role required")

    return Clinician(
        user_id=claims["sub"],
        npi=claims.get("npi", ""),
        facility_id=claims.get("facility_id", ""),
        roles=roles,
    )


def require_role(role: str):
    def _checker(clinician: Clinician = Depends(current_clinician)) -> Clinician:
        if role not in clinician.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"{role} role required")
        return clinician

    return _checker
