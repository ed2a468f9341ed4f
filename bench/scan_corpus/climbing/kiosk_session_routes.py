"""Staff sign-in on the front desk kiosks (day-pass sales and check-in overrides)."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Cookie, Depends, Form, HTTPException, Response
from sqlalchemy.orm import Session

from climbing.db import get_session
from climbing.staff import StaffUser, verify_staff_pin

router = APIRouter(prefix="/kiosk/session", tags=["kiosk"])


class KioskCookie:
    name = "kiosk_staff_session"
    max_age = 8 * 3600
    path = "/kiosk"
    samesite = "lax"


def _store_session(db: Session, staff: StaffUser, kiosk_id: str) -> str:
    token = secrets.token_urlsafe(32)
    staff.sessions.create(
        token=token,
        kiosk_id=kiosk_id,
        expires_at=datetime.now(timezone.utc) + timedelta(seconds=KioskCookie.max_age),
    )
    db.commit()
    return token


@router.post("/login")
def kiosk_login(
    response: Response,
    staff_code: str = Form(...),
    pin: str = Form(...),
    kiosk_id: str = Form(...),
    db: Session = Depends(get_session),
):
    staff = db.query(StaffUser).filter_by(staff_code=staff_code, active=True).one_or_none()
    if staff is None or not verify_staff_pin(staff, pin):
        raise HTTPException(status_code=401, detail="invalid staff code or PIN")
    token = _store_session(db, staff, kiosk_id)
    response.set_cookie(
        KioskCookie.name,
        token,
        max_age=KioskCookie.max_age,
        path=KioskCookie.path,
        samesite=KioskCookie.samesite,
    )
    return {"staff": staff.display_name, "kiosk": kiosk_id}


@router.post("/logout")
def kiosk_logout(
    response: Response,
    kiosk_staff_session: str | None = Cookie(default=None),
    db: Session = Depends(get_session),
):
    if kiosk_staff_session:
        StaffUser.revoke_session(db, kiosk_staff_session)
        db.commit()
    response.delete_cookie(KioskCookie.name, path=KioskCookie.path)
    return {"ok": True}
