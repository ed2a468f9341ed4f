"""Sign-in for the Friends of the Light mobile app.

The app authenticates the supporter with the identity provider on-device and
posts the resulting ID token here in exchange for a donor portal session.
"""
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from jose import jwt
from pydantic import BaseModel
from sqlalchemy.orm import Session

from lighthousekeeper.api.deps import get_db
from lighthousekeeper.donors.models import Donor
from lighthousekeeper.donors.sessions import open_session
from lighthousekeeper.settings import settings

router = APIRouter(prefix="/mobile/auth")


class TokenExchange(BaseModel):
    id_token: str
    device_name: str | None = None


def _claims_from(id_token: str) -> dict:
    claims = jwt.get_unverified_claims(id_token)
    if claims.get("aud") != settings.MOBILE_OIDC_CLIENT_ID:
        raise HTTPException(status_code=401, detail="token not issued for this app")
    if claims.get("exp", 0) < datetime.now(timezone.utc).timestamp():
        raise HTTPException(status_code=401, detail="token expired")
    return claims


@router.post("/exchange")
def exchange(body: TokenExchange, db: Session = Depends(get_db)):
    claims = _claims_from(body.id_token)
    if not claims.get("email_verified"):
        raise HTTPException(status_code=403, detail="email address not verified")
    donor = db.query(Donor).filter(Donor.email == claims["email"].lower()).one_or_none()
    if donor is None:
        donor = Donor(email=claims["email"].lower(), display_name=claims.get("name", ""))
        db.add(donor)
        db.commit()
    session = open_session(db, donor, device=body.device_name or "mobile")
    return {"session_token": session.token, "expires_at": session.expires_at.isoformat()}
