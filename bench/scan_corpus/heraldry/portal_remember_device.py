"""'Remember this device' for members who check their commission progress
often.  A long-lived device token lets them skip the e-mail code step."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Cookie, Depends, Response
from sqlalchemy import text
from sqlalchemy.orm import Session

from .deps import get_db, require_member

router = APIRouter(prefix="/portal/devices")

DEVICE_COOKIE = "hs_device"
DEVICE_TTL = timedelta(days=60)


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@router.post("/remember")
def remember_device(response: Response, member=Depends(require_member),
                    db: Session = Depends(get_db)):
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + DEVICE_TTL
    db.execute(
        text("INSERT INTO remembered_devices (member_id, token_sha256, expires_at) "
             "VALUES (:m, :t, :e)"),
        {"m": member.id, "t": _fingerprint(token), "e": expires},
    )
    db.commit()
    response.set_cookie(
        DEVICE_COOKIE,
        token,
        max_age=int(DEVICE_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="strict",
        path="/portal",
    )
    return {"remembered_until": expires.isoformat()}


@router.delete("/remember")
def forget_device(response: Response, hs_device: str | None = Cookie(default=None),
                  db: Session = Depends(get_db)):
    if hs_device:
        db.execute(text("DELETE FROM remembered_devices WHERE token_sha256 = :t"),
                   {"t": _fingerprint(hs_device)})
        db.commit()
    response.delete_cookie(DEVICE_COOKIE, path="/portal", secure=True, httponly=True)
    return {"ok": True}
