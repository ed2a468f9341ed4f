"""FastAPI dependencies that resolve the caller of the video-session API."""
from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt as jose_jwt
from jose.exceptions import JWTError
from sqlalchemy.ext.asyncio import AsyncSession

from notary.db import get_db
from notary.sessions.models import Participant

bearer = HTTPBearer(auto_error=True)

ALLOWED_ROLES = {"signer", "witness", "notary", "observer"}


@dataclass
class Caller:
    participant: Participant
    role: str
    session_id: str


def _claims(token: str) -> dict:
    try:
        return jose_jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


async def current_participant(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
    db: AsyncSession = Depends(get_db),
) -> Caller:
    claims = _claims(creds.credentials)
    role = claims.get("role")
    if role not in ALLOWED_ROLES:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "role not permitted")
    participant = await db.get(Participant, claims.get("sub"))
    if participant is None or str(participant.session_id) != claims.get("sid"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a participant of this session")
    return Caller(participant=participant, role=role, session_id=claims["sid"])


def require_notary(caller: Caller = Depends(current_participant)) -> Caller:
    if caller.role != "notary":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "notary only")
    return caller
