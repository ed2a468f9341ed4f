"""Authentication dependency for the campaign booking API.

Media agencies call the API with a bearer token issued by our identity
provider.  The dependency turns the token into an AgencyPrincipal that the
booking routes use for ownership checks.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status

app = FastAPI(title="campaign-booking")


@dataclass(frozen=True)
class AgencyPrincipal:
    agency_id: int
    user_email: str
    scopes: frozenset[str]

    def require(self, scope: str) -> None:
        if scope not in self.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail=f"missing scope {scope}")


def _bearer(authorization: str) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="bearer token required")
    return token


def current_agency(authorization: str = Header(...)) -> AgencyPrincipal:
    token = _bearer(authorization)
    try:
        claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="invalid token") from exc
    try:
        agency_id = int(claims["agency_id"])
    except (KeyError, ValueError) as exc:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="not an agency user") from exc
    return AgencyPrincipal(
        agency_id=agency_id,
        user_email=claims["sub"],
        scopes=frozenset(claims.get("scope", "").split()),
    )


@app.get("/agencies/me/campaigns")
def my_campaigns(principal: AgencyPrincipal = Depends(current_agency)) -> dict:
    principal.require("campaigns:read")
    return {"agency_id": principal.agency_id, "campaigns": []}


@app.post("/agencies/me/campaigns/{campaign_id}/cancel")
def cancel_campaign(
    campaign_id: int, principal: AgencyPrincipal = Depends(current_agency)
) -> dict:
    principal.require("campaigns:write")
    return {"campaign_id": campaign_id, "status": "cancellation_requested"}
