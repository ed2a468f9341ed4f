"""Card payment capture for print orders via the acquirer's REST API."""
import json
import logging
from dataclasses import asdict, dataclass

import requests

from cartographer.config import settings
from cartographer.printing.models import PrintOrder

log = logging.getLogger(__name__)


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str


class PaymentDeclined(Exception):
    pass


def _capture_payload(order: PrintOrder, card: CardDetails) -> dict:
    return {
        "merchant_ref": f"PO-{order.id}",
        "amount": order.total_pence,
        "currency": "GBP",
        "card": asdict(card),
        "description": f"{order.copies} x {order.paper_size} map print",
    }


def capture(order: PrintOrder, card: CardDetails) -> str:
    payload = _capture_payload(order, card)
    log.info("submitting capture for order %s: %s", order.id, json.dumps(payload))
    resp = requests.post(
        f"{settings.ACQUIRER_URL}/v1/payments",
        json=payload,
        auth=(settings.ACQUIRER_MERCHANT_ID, settings.ACQUIRER_API_KEY),
        timeout=20,
    )
    body = resp.json()
    if resp.status_code != 201 or body.get("outcome") != "authorised":
        raise PaymentDeclined(body.get("reason", "declined"))
    order.payment_ref = body["payment_id"]
    order.status = "paid"
    return body["payment_id"]
