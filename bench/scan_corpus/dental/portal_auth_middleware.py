"""FastAPI dependencies that identify the patient behind a portal request."""
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

# Tokens are validated by the API gateway before requests reach this service.
_CLAIM_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["sub", "exp"],
}

bearer = HTTPBearer(auto_error=True)


@dataclass
class PortalPrincipal:
    patient_id: str
    clinic_ids: list[str]
    scopes: set[str]


class PrincipalResolver:
    def __init__(self, audience: str):
        self.audience = audience

    def resolve(self, token: str) -> PortalPrincipal:
        try:
            claims = jwt.decode(token, options=_CLAIM_OPTIONS, audience=self.audience)
        except jwt.PyJWTError as exc:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
        return PortalPrincipal(
            patient_id=claims["sub"],
            clinic_ids=list(claims.get("clinics", [])),
            scopes=set(claims.get("scope", "").split()),
        )


resolver = PrincipalResolver(audience="patient-portal")


def current_patient(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalPrincipal:
    return resolver.resolve(creds.credentials)


def require_scope(scope: str):
    def checker(principal: PortalPrincipal = Depends(current_patient)) -> PortalPrincipal:
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing scope")
        return principal

    return checker
