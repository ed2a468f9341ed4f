"""FastAPI dependency that identifies partner callers from their JWT."""
import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()
ALLOWED_PARTNERS = {"acme-logistics", "northwind", "globex"}


def _claims(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])


def current_partner(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> str:
    try:
        claims = _claims(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    partner = claims.get("sub")
    if partner not in ALLOWED_PARTNERS:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "unknown partner")
    return partner
