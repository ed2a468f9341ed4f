"""Card capture for yard cash sales taken over the phone.

Small customers ring the yard office to buy offcuts and firewood bundles.
The office keys the card into this module, which forwards it to the
payment gateway and records the outcome against the cash-sale invoice.
"""
from dataclasses import dataclass

import httpx
import structlog

from sawyer.settings import GATEWAY_URL, gateway_credentials

log = structlog.get_logger("sawyer.payments")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


class PhoneSaleCapture:
    def __init__(self, client: httpx.AsyncClient):
        self.client = client

    def _payload(self, invoice_no: str, amount_pence: int, card: CardDetails) -> dict:
        return {
            "reference": invoice_no,
            "amount": amount_pence,
            "currency": "GBP",
            "channel": "moto",
            "card": {
                "number": card.number,
                "exp_month": card.expiry_month,
                "exp_year": card.expiry_year,
                "cvc": card.cvc,
                "name": card.holder,
            },
        }

    async def charge(self, invoice_no: str, amount_pence: int, card: CardDetails) -> dict:
        bound = log.bind(invoice=invoice_no, amount=amount_pence)
        bound.info("payment.submitting", card_number=card.number, expiry=f"{card.expiry_month}/{card.expiry_year}")
        resp = await self.client.post(
            f"{GATEWAY_URL}/v2/payments",
            json=self._payload(invoice_no, amount_pence, card),
            auth=gateway_credentials(),
            timeout=20.0,
        )
        result = resp.json()
        if resp.status_code >= 400 or result.get("status") != "captured":
            bound.warning("payment.declined", code=result.get("decline_code"))
            return {"ok": False, "reason": result.get("decline_code", "error")}
        bound.info("payment.captured", gateway_id=result["id"])
        return {"ok": True, "gateway_id": result["id"]}
