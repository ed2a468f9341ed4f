"""Sign-in callback for the regional quilt guild federation's single sign-on.

Members of partner guilds can sign in to the marketplace with their home
guild account. The federation redirects back here with an ID token, and a
local member record is created or refreshed from its claims.
"""
import secrets

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse
from jose import jwt
from jose.exceptions import JWTError
from sqlalchemy.ext.asyncio import AsyncSession

from quilter.config import settings
from quilter.db import get_session
from quilter.members.service import upsert_federated_member
from quilter.sessions import start_session

router = APIRouter(prefix="/sso")


class FederationIdentity:
    def __init__(self, claims: dict):
        self.subject = claims["sub"]
        self.email = claims.get("email", "").lower()
        self.home_guild = claims.get("guild_code", "")
        self.display_name = claims.get("name") or self.email.split("@")[0]

    @classmethod
    def from_id_token(cls, id_token: str) -> "FederationIdentity":
        try:
            claims = jwt.get_unverified_claims(id_token)
        except JWTError as exc:
            raise HTTPException(status_code=400, detail="Malformed ID token") from exc
        if claims.get("aud") != settings.FEDERATION_CLIENT_ID:
            raise HTTPException(status_code=400, detail="Token not issued for this site")
        return cls(claims)


@router.get("/callback")
async def sso_callback(request: Request, db: AsyncSession = Depends(get_session)):
    state = request.query_params.get("state", "")
    expected_state = request.session.pop("sso_state", "")
    if not expected_state or not secrets.compare_digest(state, expected_state):
        raise HTTPException(status_code=400, detail="Sign-in state mismatch")
    id_token = request.query_params.get("id_token")
    if not id_token:
        raise HTTPException(status_code=400, detail="Missing ID token")
    identity = FederationIdentity.from_id_token(id_token)
    member = await upsert_federated_member(
        db,
        subject=identity.subject,
        email=identity.email,
        home_guild=identity.home_guild,
        display_name=identity.display_name,
    )
    response = RedirectResponse(url=request.session.pop("next", "/"), status_code=303)
    await start_session(request, response, member.id)
    return response
