"""API-key guard for the payer-facing eligibility and pre-authorisation API.

Each payer integration is issued an API key. Keys are stored as SHA-256
fingerprints in the ``payer_api_keys`` table; the raw key is only shown once
when it is issued.
"""
from __future__ import annotations

import hashlib
import secrets

from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import APIKeyHeader
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import PayerApiKey, PreauthRequest

app = FastAPI(title="Payer API")
api_key_header = APIKeyHeader(name="X-Api-Key", auto_error=False)


def _fingerprint(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def authenticated_payer(
    presented: str | None = Security(api_key_header),
    db: Session = Depends(get_session),
) -> str:
    if not presented or "." not in presented:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing API key")
    key_id, _, _secret = presented.partition(".")
    record = db.scalars(
        select(PayerApiKey).where(PayerApiKey.key_id == key_id, PayerApiKey.revoked.is_(False))
    ).first()
    if record is None or not secrets.compare_digest(record.fingerprint, _fingerprint(presented)):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid API key")
    return record.payer_id


@app.get("/v1/preauth/{request_id}")
def preauth_status(
    request_id: str,
    payer_id: str = Depends(authenticated_payer),
    db: Session = Depends(get_session),
) -> dict:
    req = db.get(PreauthRequest, request_id)
    if req is None or req.payer_id != payer_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return {
        "request_id": req.id,
        "status": req.status,
        "procedure_code": req.procedure_code,
        "submitted_at": req.submitted_at.isoformat(),
    }


def issue_key(db: Session, payer_id: str) -> str:
    key_id = secrets.token_hex(6)
    raw = f"{key_id}.{secrets.token_urlsafe(32)}"
    db.add(PayerApiKey(key_id=key_id, payer_id=payer_id, fingerprint=_fingerprint(raw)))
    db.commit()
    return raw
