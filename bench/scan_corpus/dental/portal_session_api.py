"""Login and logout endpoints for the patient portal API (FastAPI)."""
from dataclasses import dataclass

from fastapi import APIRouter, Cookie, Depends, HTTPException, Response, status
from pydantic import BaseModel

router = APIRouter(prefix="/auth")


@dataclass
class SessionCookieSettings:
    name: str = "portal_session"
    max_age: int = 60 * 60 * 8
    domain: str | None = None
    secure: bool = True
    httponly: bool = True
    samesite: str = "strict"


class LoginRequest(BaseModel):
    email: str
    password: str


cookie_settings = SessionCookieSettings()


def get_auth_service():
    from portal.services import auth_service

    return auth_service


@router.post("/login", status_code=status.HTTP_204_NO_CONTENT)
def login(body: LoginRequest, response: Response, auth=Depends(get_auth_service)) -> None:
    session_id = auth.login(body.email, body.password)
    if session_id is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    response.set_cookie(
        key=cookie_settings.name,
        value=session_id,
        max_age=cookie_settings.max_age,
        domain=cookie_settings.domain,
        secure=cookie_settings.secure,
        httponly=cookie_settings.httponly,
        samesite=cookie_settings.samesite,
    )


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(
    response: Response,
    portal_session: str | None = Cookie(default=None),
    auth=Depends(get_auth_service),
) -> None:
    if portal_session:
        auth.logout(portal_session)
    response.delete_cookie(
        cookie_settings.name,
        domain=cookie_settings.domain,
        secure=cookie_settings.secure,
        httponly=cookie_settings.httponly,
        samesite=cookie_settings.samesite,
    )
