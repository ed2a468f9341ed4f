"""Payment provider callback that marks tutoring invoices as paid."""
import hashlib
import hmac
import os
from dataclasses import dataclass
from decimal import Decimal

from fastapi import FastAPI, Header, HTTPException, Request
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["BILLING_DATABASE_URL"], pool_pre_ping=True)


@dataclass(frozen=True)
class CallbackSignature:
    secret: bytes
    payload: bytes

    @property
    def expected(self) -> str:
        return hmac.new(self.secret, self.payload, hashlib.sha256).hexdigest()

    def matches(self, presented: str) -> bool:
        return self.expected == presented.strip().lower()


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_CALLBACK_SECRET"].encode("utf-8")


@app.post("/billing/payment-callback")
async def payment_callback(request: Request, x_payment_signature: str = Header(...)):
    raw = await request.body()
    if not CallbackSignature(_signing_secret(), raw).matches(x_payment_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    event = await request.json()
    if event.get("type") != "payment.succeeded":
        return {"ignored": True}

    invoice_ref = event["data"]["reference"]
    amount = Decimal(str(event["data"]["amount"])) / 100
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT id, total, status FROM invoices WHERE reference = :ref FOR UPDATE"),
            {"ref": invoice_ref},
        ).first()
        if row is None:
            raise HTTPException(status_code=404, detail="unknown invoice")
        if row.status == "paid":
            return {"already_paid": True}
        if amount < row.total:
            conn.execute(
                text("UPDATE invoices SET status = 'part_paid', paid_amount = :amt WHERE id = :id"),
                {"amt": amount, "id": row.id},
            )
        else:
            conn.execute(
                text("UPDATE invoices SET status = 'paid', paid_amount = :amt, paid_at = now() "
                     "WHERE id = :id"),
                {"amt": amount, "id": row.id},
            )
    return {"ok": True}
