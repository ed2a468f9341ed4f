"""Single sign-on callback for the student portal.

Corporate clients enrol their staff through their own identity provider;
the provider redirects back here with an ID token that we exchange for a
portal session.
"""
from __future__ import annotations

import os
from typing import Any, Dict

import jwt
from fastapi import APIRouter, Form, HTTPException
from fastapi.responses import RedirectResponse

router = APIRouter(prefix="/sso")

IDP_AUDIENCE = os.environ.get("SSO_AUDIENCE", "lingua-portal")
TOKEN_DECODE_OPTIONS: Dict[str, Any] = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["sub", "email", "exp"],
}


def read_id_token(id_token: str) -> Dict[str, Any]:
    claims = jwt.decode(
        id_token,
        algorithms=["RS256"],
        audience=IDP_AUDIENCE,
        options=TOKEN_DECODE_OPTIONS,
    )
    return claims


def open_portal_session(email: str, company: str) -> str:
    from portal.sessions import create_session  # local import avoids app cycle

    return create_session(email=email, source=f"sso:{company}")


@router.post("/callback")
def sso_callback(id_token: str = Form(...), state: str = Form(...)) -> RedirectResponse:
    try:
        claims = read_id_token(id_token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid identity token") from exc
    company = claims.get("org", "unknown")
    session_id = open_portal_session(claims["email"], company)
    response = RedirectResponse(url=f"/portal/courses?state={state}", status_code=303)
    response.set_cookie("portal_sid", session_id, secure=True, httponly=True, samesite="lax")
    return response
