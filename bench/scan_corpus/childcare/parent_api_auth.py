"""Authentication dependency for the parent mobile app API."""
import jwt
from fastapi import Depends, Header, HTTPException, status
from sqlalchemy.orm import Session

from .db import get_db
from .models import Parent


def _bearer(authorization: str) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return token


def current_parent(
    authorization: str = Header(...),
    db: Session = Depends(get_db),
) -> Parent:
    token = _bearer(authorization)
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")

    parent = db.query(Parent).filter(Parent.external_id == claims.get("sub")).one_or_none()
    if parent is None or not parent.active:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown parent")
    return parent


def require_child_access(child_id: int, parent: Parent = Depends(current_parent)) -> Parent:
    if child_id not in {c.id for c in parent.children}:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not your child")
    return parent
