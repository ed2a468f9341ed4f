"""Customer login/logout endpoints for the storefront API."""
from datetime import timedelta

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from pydantic import BaseModel, EmailStr

from storefront.accounts import AccountService, get_account_service
from storefront.sessions import SessionStore, get_session_store

router = APIRouter(prefix="/account", tags=["account"])

SESSION_COOKIE = "sf_session"
SESSION_TTL = timedelta(days=14)


class LoginRequest(BaseModel):
    email: EmailStr
    password: str


@router.post("/login")
def login(
    body: LoginRequest,
    response: Response,
    accounts: AccountService = Depends(get_account_service),
    sessions: SessionStore = Depends(get_session_store),
):
    customer = accounts.authenticate(body.email, body.password)
    if customer is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Invalid email or password")
    session_id = sessions.create(customer.id, ttl=SESSION_TTL)
    response.set_cookie(
        key=SESSION_COOKIE,
        value=session_id,
        max_age=int(SESSION_TTL.total_seconds()),
        samesite="lax",
        path="/",
    )
    return {"customer_id": customer.id, "first_name": customer.first_name}


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(
    request: Request,
    response: Response,
    sessions: SessionStore = Depends(get_session_store),
):
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        sessions.revoke(session_id)
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.status_code = status.HTTP_204_NO_CONTENT
    return response
