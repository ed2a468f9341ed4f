"""Accept logins coming from the partner portal's SSO hand-off.

The partner redirects users to ``/sso/partner`` with an ``id_token`` query
parameter. We map the token's email claim to a local account and sign the
user in.
"""
from __future__ import annotations

from typing import Any

import jwt
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse

from app.accounts import AccountService, get_account_service
from app.sessions import start_session

router = APIRouter(prefix="/sso")

PARTNER_ISSUER = "partner-portal"


def read_partner_claims(id_token: str) -> dict[str, Any]:
    """Return the claims from the partner's id_token."""
    try:
        claims = jwt.decode(id_token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=400, detail="malformed id_token") from exc
    if claims.get("iss") != PARTNER_ISSUER:
        raise HTTPException(status_code=403, detail="unexpected issuer")
    return claims


@router.get("/partner")
async def partner_login(
    request: Request,
    id_token: str,
    accounts: AccountService = Depends(get_account_service),
) -> RedirectResponse:
    """Sign in the partner user identified by ``id_token``."""
    claims = read_partner_claims(id_token)
    account = await accounts.find_by_email(claims["email"])
    if account is None:
        raise HTTPException(status_code=404, detail="no linked account")
    response = RedirectResponse(url="/app", status_code=303)
    await start_session(request, response, account)
    return response
