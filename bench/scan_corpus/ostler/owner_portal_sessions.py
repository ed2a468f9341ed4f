"""Login and logout endpoints for the livery owner portal."""

import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Cookie, Depends, Form, HTTPException, Response
from sqlalchemy.orm import Session

from ostler.accounts import authenticate_owner
from ostler.db import get_session
from ostler.models import PortalSession

router = APIRouter(prefix="/portal")

SESSION_COOKIE = "ostler_portal"
SESSION_TTL = timedelta(days=14)


def _open_session(db: Session, owner_id: int) -> PortalSession:
    record = PortalSession(
        token=secrets.token_urlsafe(32),
        owner_id=owner_id,
        expires_at=datetime.now(timezone.utc) + SESSION_TTL,
    )
    db.add(record)
    db.commit()
    return record


@router.post("/login")
def login(
    response: Response,
    email: str = Form(...),
    password: str = Form(...),
    db: Session = Depends(get_session),
):
    owner = authenticate_owner(db, email, password)
    if owner is None:
        raise HTTPException(status_code=401, detail="email or password not recognised")
    record = _open_session(db, owner.id)
    response.set_cookie(SESSION_COOKIE, record.token, max_age=int(SESSION_TTL.total_seconds()), path="/portal")
    return {"owner": owner.display_name, "horses": [h.name for h in owner.horses]}


@router.post("/logout", status_code=204)
def logout(
    response: Response,
    token: str | None = Cookie(default=None, alias=SESSION_COOKIE),
    db: Session = Depends(get_session),
):
    if token:
        db.query(PortalSession).filter_by(token=token).delete()
        db.commit()
    response.delete_cookie(SESSION_COOKIE, path="/portal")
