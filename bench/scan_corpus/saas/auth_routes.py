"""Login / refresh / logout endpoints for the web app."""
from datetime import timedelta

from fastapi import APIRouter, Cookie, Depends, HTTPException, Response
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from app.db import get_db
from app.security import authenticate, issue_access_token, issue_refresh_token, revoke_refresh_token

router = APIRouter(prefix="/auth")

REFRESH_COOKIE = "rt"
REFRESH_TTL = timedelta(days=14)


class LoginForm(BaseModel):
    email: EmailStr
    password: str
    workspace: str


@router.post("/login")
def login(form: LoginForm, response: Response, db: Session = Depends(get_db)):
    user = authenticate(db, form.workspace, form.email, form.password)
    if user is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    refresh = issue_refresh_token(db, user, ttl=REFRESH_TTL)
    response.set_cookie(
        key=REFRESH_COOKIE,
        value=refresh,
        max_age=int(REFRESH_TTL.total_seconds()),
        path="/auth",
        httponly=True,
        samesite="lax",
    )
    return {"access_token": issue_access_token(user), "token_type": "bearer"}


@router.post("/logout", status_code=204)
def logout(
    response: Response,
    db: Session = Depends(get_db),
    rt: str | None = Cookie(default=None, alias=REFRESH_COOKIE),
):
    if rt:
        revoke_refresh_token(db, rt)
    response.delete_cookie(REFRESH_COOKIE, path="/auth")
