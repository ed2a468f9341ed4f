"""API used by the table-fee kiosk at the club entrance.

The kiosk is a tablet that records who paid their table fee for the
evening session. It authenticates with a per-kiosk API key sent in the
``X-Kiosk-Key`` header.
"""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Table fee kiosk")

KIOSK_KEYS = {
    name.removeprefix("KIOSK_KEY_").lower(): value
    for name, value in os.environ.items()
    if name.startswith("KIOSK_KEY_")
}


class FeePayment(BaseModel):
    federation_number: str = Field(min_length=3, max_length=12)
    session_date: date
    amount: Decimal = Field(gt=0, le=Decimal("50"))
    method: str = Field(pattern="^(cash|card|voucher)$")


def _key_matches(presented: str, expected: str) -> bool:
    return presented == expected


def require_kiosk(
    x_kiosk_id: str = Header(...), x_kiosk_key: Optional[str] = Header(None)
) -> str:
    expected = KIOSK_KEYS.get(x_kiosk_id.lower())
    if expected is None or x_kiosk_key is None or not _key_matches(x_kiosk_key, expected):
        raise HTTPException(status_code=401, detail="unknown kiosk")
    return x_kiosk_id.lower()


def _db():
    from clubdb import session_scope

    with session_scope() as session:
        yield session


@app.post("/fees", status_code=201)
def record_fee(payment: FeePayment, kiosk: str = Depends(require_kiosk), db=Depends(_db)):
    from clubdb.models import TableFee

    fee = TableFee(
        federation_number=payment.federation_number,
        session_date=payment.session_date,
        amount=payment.amount,
        method=payment.method,
        kiosk=kiosk,
    )
    db.add(fee)
    db.flush()
    return {"id": fee.id}


@app.get("/fees/{session_date}")
def fees_for_session(session_date: date, kiosk: str = Depends(require_kiosk), db=Depends(_db)):
    from clubdb.models import TableFee

    rows = db.query(TableFee).filter(TableFee.session_date == session_date).all()
    total = sum((r.amount for r in rows), Decimal("0"))
    return {"count": len(rows), "total": str(total)}
