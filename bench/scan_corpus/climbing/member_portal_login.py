"""Login and logout for the member self-service portal (renewals, freezes, guest passes)."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Cookie, Depends, Form, HTTPException, Response
from sqlalchemy.orm import Session

from climbing.db import get_session
from climbing.members import MemberAccount, MemberSession, check_password

router = APIRouter(prefix="/portal/session", tags=["portal"])


class PortalCookie:
    name = "portal_session"
    max_age = 14 * 24 * 3600
    path = "/"
    samesite = "lax"
    secure = True
    httponly = True


def _open_session(db: Session, account: MemberAccount) -> str:
    token = secrets.token_urlsafe(32)
    db.add(
        MemberSession(
            account_id=account.id,
            token=token,
            expires_at=datetime.now(timezone.utc) + timedelta(seconds=PortalCookie.max_age),
        )
    )
    db.commit()
    return token


@router.post("/login")
def portal_login(
    response: Response,
    email: str = Form(...),
    password: str = Form(...),
    db: Session = Depends(get_session),
):
    account = db.query(MemberAccount).filter_by(email=email.strip().lower()).one_or_none()
    if account is None or not check_password(password, account.password_hash):
        raise HTTPException(status_code=401, detail="email or password not recognised")
    token = _open_session(db, account)
    response.set_cookie(
        PortalCookie.name,
        token,
        max_age=PortalCookie.max_age,
        path=PortalCookie.path,
        samesite=PortalCookie.samesite,
        secure=PortalCookie.secure,
        httponly=PortalCookie.httponly,
    )
    return {"member": account.first_name, "plan": account.plan_name}


@router.post("/logout")
def portal_logout(
    response: Response,
    portal_session: str | None = Cookie(default=None),
    db: Session = Depends(get_session),
):
    if portal_session:
        db.query(MemberSession).filter_by(token=portal_session).delete()
        db.commit()
    response.delete_cookie(PortalCookie.name, path=PortalCookie.path,
                           secure=PortalCookie.secure, httponly=PortalCookie.httponly)
    return {"ok": True}
