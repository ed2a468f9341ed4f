"""Clients accept restoration quotes; retries with the same Idempotency-Key are replayed."""

import hashlib
import json

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from bellfounder.auth import current_client
from bellfounder.db import get_session
from bellfounder.models import IdempotentRequest, RestorationQuote

router = APIRouter(prefix="/quotes")


class Acceptance(BaseModel):
    quote_id: int
    purchase_order: str | None = None
    preferred_start_month: str


def _fingerprint(body: Acceptance) -> str:
    return hashlib.sha256(json.dumps(body.model_dump(), sort_keys=True).encode()).hexdigest()


@router.post("/accept")
def accept_quote(
    body: Acceptance,
    idempotency_key: str = Header(..., alias="Idempotency-Key"),
    client=Depends(current_client),
    db: Session = Depends(get_session),
):
    fingerprint = _fingerprint(body)
    previous = db.get(IdempotentRequest, (client.id, idempotency_key))
    if previous is not None:
        if previous.request_fingerprint != fingerprint:
            raise HTTPException(status_code=422, detail="Idempotency-Key reused with different body")
        return previous.response

    quote = db.get(RestorationQuote, body.quote_id)
    if quote is None or quote.client_id != client.id:
        raise HTTPException(status_code=404)
    quote.status = "accepted"
    quote.purchase_order = body.purchase_order
    quote.preferred_start_month = body.preferred_start_month
    response = {"quote_id": quote.id, "status": quote.status}
    db.add(IdempotentRequest(
        client_id=client.id,
        key=idempotency_key,
        request_fingerprint=fingerprint,
        response=response,
    ))
    db.commit()
    return response
