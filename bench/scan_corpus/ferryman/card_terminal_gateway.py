"""Card payments taken at the pier ticket kiosks.

Kiosks at the smaller piers have an unattended card reader. The kiosk app
posts the card data captured by the reader to this gateway, which forwards
the authorisation to the acquiring bank and returns the result.
"""
import logging
import os
import uuid
from dataclasses import asdict, dataclass
from decimal import Decimal

import requests

log = logging.getLogger("kiosk.cardgateway")

ACQUIRER_URL = os.environ.get("ACQUIRER_AUTH_URL", "https://api.acquirer.example/v3/authorisations")


@dataclass
class CardCapture:
    pan: str
    expiry: str
    cvc: str
    cardholder: str


@dataclass
class KioskSale:
    kiosk_id: str
    pier_code: str
    amount: Decimal
    currency: str = "GBP"


def build_authorisation(sale: KioskSale, card: CardCapture) -> dict:
    return {
        "reference": f"{sale.pier_code}-{sale.kiosk_id}-{uuid.uuid4().hex[:10]}",
        "amount": {"value": int(sale.amount * 100), "currency": sale.currency},
        "card": asdict(card),
        "channel": "unattended",
    }


def authorise(sale: KioskSale, card: CardCapture) -> dict:
    payload = build_authorisation(sale, card)
    log.debug("sending authorisation to acquirer: %s", payload)
    resp = requests.post(
        ACQUIRER_URL,
        json=payload,
        headers={"Authorization": f"Bearer {os.environ['ACQUIRER_API_KEY']}"},
        timeout=15,
    )
    resp.raise_for_status()
    result = resp.json()
    log.info(
        "kiosk %s at %s: %s for %s %s (ref %s)",
        sale.kiosk_id,
        sale.pier_code,
        result.get("status"),
        sale.amount,
        sale.currency,
        payload["reference"],
    )
    return {"reference": payload["reference"], "approved": result.get("status") == "approved"}
