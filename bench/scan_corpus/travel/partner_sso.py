"""Single sign-on for affiliate partner dashboards.

Partner portals redirect their staff here with a short-lived JWT in the
``partner_token`` query parameter; the claims identify the partner account
and the user's dashboard roles.
"""
import jwt
from fastapi import Depends, FastAPI, HTTPException, Query
from pydantic import BaseModel

from .reporting import commission_summary

app = FastAPI(title="Affiliate dashboard")

EXPECTED_AUDIENCE = "affiliate-dashboard"


class PartnerUser(BaseModel):
    partner_id: str
    email: str
    roles: list[str] = []


def partner_user(partner_token: str = Query(...)) -> PartnerUser:
    try:
        claims = jwt.decode(partner_token, options={"verify_signature": False})
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status_code=401, detail="invalid partner token") from exc
    if claims.get("aud") != EXPECTED_AUDIENCE:
        raise HTTPException(status_code=401, detail="token not issued for this service")
    return PartnerUser(
        partner_id=claims["pid"],
        email=claims["sub"],
        roles=claims.get("roles", []),
    )


@app.get("/affiliate/dashboard/summary")
def summary(month: str, user: PartnerUser = Depends(partner_user)) -> dict:
    if "reports:read" not in user.roles:
        raise HTTPException(status_code=403, detail="missing reports:read")
    return commission_summary(partner_id=user.partner_id, month=month)
