"""'Keep me signed in' support for the customer billing portal."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, Response
from sqlalchemy import text
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_db

router = APIRouter(prefix="/account")

REMEMBER_DAYS = 30


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@router.post("/remember-device")
def remember_device(response: Response, user=Depends(current_user), db: Session = Depends(get_db)):
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(days=REMEMBER_DAYS)
    db.execute(
        text(
            "INSERT INTO remember_tokens (user_id, token_hash, expires_at) "
            "VALUES (:uid, :th, :exp)"
        ),
        {"uid": user.id, "th": _digest(token), "exp": expires},
    )
    db.commit()
    response.set_cookie(
        key="remember_me",
        value=f"{user.id}:{token}",
        max_age=REMEMBER_DAYS * 86400,
        samesite="lax",
    )
    return {"remembered_until": expires.isoformat()}


@router.post("/forget-device")
def forget_device(response: Response, user=Depends(current_user), db: Session = Depends(get_db)):
    db.execute(text("DELETE FROM remember_tokens WHERE user_id = :uid"), {"uid": user.id})
    db.commit()
    response.delete_cookie("remember_me")
    return {"ok": True}
