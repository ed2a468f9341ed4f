"""Card payments taken at the will-call counter through the payment terminal gateway."""

import logging
from decimal import Decimal

import httpx

from shinglemaker.config import settings
from shinglemaker.sales import mark_invoice_paid

log = logging.getLogger(__name__)


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{'*' * (len(digits) - 4)}{digits[-4:]}" if len(digits) > 4 else "****"


class TerminalGateway:
    def __init__(self) -> None:
        self.client = httpx.Client(
            base_url=settings.TERMINAL_GATEWAY_URL,
            headers={"Authorization": f"Bearer {settings.TERMINAL_GATEWAY_KEY}"},
            timeout=30.0,
        )

    def charge(self, terminal_id: str, invoice_no: str, amount: Decimal) -> dict:
        resp = self.client.post(
            "/v1/charges",
            json={"terminal": terminal_id, "reference": invoice_no, "amount": str(amount)},
        )
        resp.raise_for_status()
        return resp.json()


def take_counter_payment(terminal_id: str, invoice_no: str, amount: Decimal) -> str:
    result = TerminalGateway().charge(terminal_id, invoice_no, amount)
    card = result.get("card", {})
    log.info(
        "invoice %s charged %s on %s card %s (auth %s)",
        invoice_no,
        amount,
        card.get("brand", "unknown"),
        mask_pan(card.get("pan", "")),
        result.get("auth_code"),
    )
    if result.get("status") != "approved":
        log.warning("invoice %s declined: %s", invoice_no, result.get("decline_reason"))
        return "declined"
    mark_invoice_paid(invoice_no, amount, method="card", processor_ref=result["charge_id"])
    return "approved"
