"""Login and logout endpoints for the tenant portal."""
from datetime import timedelta

from fastapi import APIRouter, Cookie, Depends, Form, HTTPException, Response, status
from sqlalchemy.orm import Session

from .accounts import authenticate
from .db import get_db
from .sessions import create_session, destroy_session

router = APIRouter(prefix="/auth")

SESSION_COOKIE = "tp_session"
SESSION_TTL = timedelta(hours=12)


def _set_session_cookie(response: Response, session_id: str) -> None:
    response.set_cookie(
        key=SESSION_COOKIE,
        value=session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        path="/",
        samesite="lax",
    )


@router.post("/login", status_code=status.HTTP_204_NO_CONTENT)
def login(
    response: Response,
    email: str = Form(...),
    password: str = Form(...),
    db: Session = Depends(get_db),
):
    account = authenticate(db, email, password)
    if account is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid credentials")
    session_id = create_session(db, account.id, ttl=SESSION_TTL)
    _set_session_cookie(response, session_id)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(
    response: Response,
    session_id: str | None = Cookie(None, alias=SESSION_COOKIE),
    db: Session = Depends(get_db),
):
    if session_id:
        destroy_session(db, session_id)
    response.delete_cookie(SESSION_COOKIE, path="/")
