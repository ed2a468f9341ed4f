"""Browser session endpoints for the single-page dashboard."""
from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel

from dashboard.auth import issue_token_pair, login_user, rotate_refresh_token
from dashboard.config import settings

router = APIRouter(prefix="/session", tags=["session"])

REFRESH_COOKIE = "dash_refresh"
REFRESH_COOKIE_OPTS = {
    "max_age": 60 * 60 * 24 * 14,
    "path": "/session",
    "samesite": "lax",
    "domain": settings.cookie_domain,
}


class Credentials(BaseModel):
    email: str
    password: str


def _set_refresh(response: Response, token: str) -> None:
    response.set_cookie(REFRESH_COOKIE, token, **REFRESH_COOKIE_OPTS)


@router.post("/login")
def login(creds: Credentials, response: Response):
    user = login_user(creds.email, creds.password)
    if user is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    access, refresh = issue_token_pair(user)
    _set_refresh(response, refresh)
    return {"access_token": access, "token_type": "bearer"}


@router.post("/refresh")
def refresh(request: Request, response: Response):
    current = request.cookies.get(REFRESH_COOKIE)
    if not current:
        raise HTTPException(status_code=401, detail="no session")
    rotated = rotate_refresh_token(current)
    if rotated is None:
        raise HTTPException(status_code=401, detail="session expired")
    access, new_refresh = rotated
    _set_refresh(response, new_refresh)
    return {"access_token": access, "token_type": "bearer"}


@router.post("/logout", status_code=204)
def logout(response: Response):
    response.delete_cookie(REFRESH_COOKIE, path="/session", domain=settings.cookie_domain)
