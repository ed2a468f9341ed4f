"""Receive signed status events from the e-signature provider.

Events arrive as RS256 JWTs. The provider publishes its signing keys at a
JWKS URL; PyJWKClient caches them and picks the key by ``kid``.
"""
from functools import lru_cache

import jwt
from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy.orm import Session

from .config import settings
from .db import get_session
from .models import Envelope

router = APIRouter()


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(settings.esign_jwks_url, cache_keys=True, lifespan=3600)


def decode_event(token: str) -> dict:
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=settings.esign_account_id,
        issuer=settings.esign_issuer,
        options={"require": ["exp", "iat", "iss", "aud"]},
        leeway=30,
    )


@router.post("/hooks/signature-events", status_code=204)
async def signature_event(request: Request, db: Session = Depends(get_session)):
    token = (await request.body()).decode("ascii", errors="replace").strip()
    try:
        claims = decode_event(token)
    except (jwt.PyJWTError, jwt.PyJWKClientError):
        raise HTTPException(status_code=401, detail="invalid event token")

    envelope = db.query(Envelope).filter_by(provider_id=claims["envelope_id"]).one_or_none()
    if envelope is None:
        return
    envelope.status = claims["event"].removeprefix("envelope.")
    db.commit()
