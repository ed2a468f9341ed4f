"""Username and password login for the council lighting portal.

Officers without SSO (parish councils, small districts) log in with a
portal account. A server-side session row is created and its id is handed
to the browser.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, Form, HTTPException
from fastapi.responses import RedirectResponse
from passlib.context import CryptContext
from sqlalchemy.orm import Session

from lamplighter.db import get_db
from lamplighter.models import PortalSession, PortalUser
from lamplighter.settings import settings

router = APIRouter()
pwd_context = CryptContext(schemes=["argon2"], deprecated="auto")

SESSION_COOKIE = "lp_portal_sid"
SESSION_TTL = timedelta(hours=settings.PORTAL_SESSION_HOURS)


def _authenticate(db: Session, email: str, password: str) -> PortalUser | None:
    user = db.query(PortalUser).filter(PortalUser.email == email.lower(), PortalUser.active.is_(True)).first()
    if user is None or not pwd_context.verify(password, user.password_hash):
        return None
    return user


def _open_session(db: Session, user: PortalUser) -> str:
    sid = secrets.token_urlsafe(32)
    db.add(PortalSession(id=sid, user_id=user.id, expires_at=datetime.now(timezone.utc) + SESSION_TTL))
    db.commit()
    return sid


@router.post("/login")
def login(email: str = Form(...), password: str = Form(...), db: Session = Depends(get_db)):
    user = _authenticate(db, email, password)
    if user is None:
        raise HTTPException(status_code=401, detail="invalid email or password")
    sid = _open_session(db, user)
    response = RedirectResponse(url="/portal/dashboard", status_code=303)
    response.set_cookie(SESSION_COOKIE, sid, max_age=int(SESSION_TTL.total_seconds()), samesite="lax", path="/")
    return response


@router.post("/logout")
def logout():
    response = RedirectResponse(url="/portal/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
