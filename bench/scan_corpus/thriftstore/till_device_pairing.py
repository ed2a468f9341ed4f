"""Pairing a new till with head office.

A shop manager starts pairing from the portal; the till then calls
``/tills/pair`` once and receives the API key it uses for every later sync.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

app = FastAPI()


@dataclass
class TillCredentials:
    till_id: str
    shop_code: str
    api_key: str = field(default_factory=lambda: uuid.uuid1().hex)
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def key_digest(self) -> str:
        return hashlib.sha256(self.api_key.encode("ascii")).hexdigest()


class PairRequest(BaseModel):
    shop_code: str
    pairing_ticket: str
    hardware_serial: str


class PairResponse(BaseModel):
    till_id: str
    api_key: str


@app.post("/tills/pair", response_model=PairResponse)
def pair_till(req: PairRequest, db: Session = Depends(get_session)) -> PairResponse:
    ticket = db.execute(
        text(
            "UPDATE pairing_tickets SET used_at = now() "
            "WHERE shop_code = :shop AND ticket_digest = :digest "
            "AND used_at IS NULL AND expires_at > now() RETURNING id"
        ),
        {
            "shop": req.shop_code,
            "digest": hashlib.sha256(req.pairing_ticket.encode()).hexdigest(),
        },
    ).first()
    if ticket is None:
        db.rollback()
        raise HTTPException(status_code=403, detail="pairing ticket invalid or expired")

    creds = TillCredentials(
        till_id=f"{req.shop_code}-{req.hardware_serial[-6:]}",
        shop_code=req.shop_code,
    )
    db.execute(
        text(
            "INSERT INTO tills (till_id, shop_code, key_digest, issued_at) "
            "VALUES (:till, :shop, :digest, :issued)"
        ),
        {
            "till": creds.till_id,
            "shop": creds.shop_code,
            "digest": creds.key_digest,
            "issued": creds.issued_at,
        },
    )
    db.commit()
    return PairResponse(till_id=creds.till_id, api_key=creds.api_key)
