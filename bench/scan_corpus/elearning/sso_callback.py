"""OIDC callback for the corporate identity provider (response_mode=form_post)."""
import os
import secrets

import jwt
from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from lms.auth import start_session
from lms.users import UserDirectory, get_directory

router = APIRouter()

CLIENT_ID = os.environ["OIDC_CLIENT_ID"]


@router.post("/auth/callback")
async def oidc_callback(
    request: Request,
    id_token: str = Form(...),
    state: str = Form(...),
    directory: UserDirectory = Depends(get_directory),
):
    expected_state = request.session.pop("oidc_state", "")
    if not expected_state or not secrets.compare_digest(state, expected_state):
        raise HTTPException(status_code=400, detail="invalid state")

    claims = jwt.decode(id_token, options={"verify_signature": False})
    if claims.get("aud") != CLIENT_ID:
        raise HTTPException(status_code=401, detail="token not issued for this client")

    user = directory.get_or_create(
        email=claims["email"].lower(),
        display_name=claims.get("name", ""),
        employee_id=claims.get("employee_id"),
    )
    await start_session(request, user)
    return RedirectResponse(url="/dashboard", status_code=303)
