"""Card-present deposits at the hire desk.

When a customer takes out a canoe for the day we take a refundable damage
deposit on the desk card reader. Reader payloads are forwarded to the
payment provider's terminal API, which returns an authorisation id.
"""

import logging
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import requests

log = logging.getLogger("coracle.payments")

TERMINAL_API = os.environ.get("TERMINAL_API_URL", "https://terminal.example-payments.com/v2")
TERMINAL_API_KEY = os.environ.get("TERMINAL_API_KEY", "")


@dataclass
class CardCapture:
    pan: str
    expiry: str
    cvc: str
    cardholder: str


@dataclass
class DepositRequest:
    booking_ref: str
    amount: Decimal
    currency: str
    card: CardCapture


def _payload(req: DepositRequest) -> dict:
    body = asdict(req)
    body["amount"] = str(req.amount)
    body["capture"] = False
    return body


def authorise_deposit(req: DepositRequest) -> str:
    body = _payload(req)
    log.debug("Submitting deposit authorisation: %s", body)
    resp = requests.post(
        f"{TERMINAL_API}/authorisations",
        json=body,
        headers={"Authorization": f"Bearer {TERMINAL_API_KEY}"},
        timeout=20,
    )
    resp.raise_for_status()
    auth_id = resp.json()["authorisation_id"]
    log.info("Deposit for %s authorised as %s", req.booking_ref, auth_id)
    return auth_id


def release_deposit(auth_id: str, booking_ref: str) -> None:
    resp = requests.post(
        f"{TERMINAL_API}/authorisations/{auth_id}/void",
        headers={"Authorization": f"Bearer {TERMINAL_API_KEY}"},
        timeout=20,
    )
    resp.raise_for_status()
    log.info("Deposit hold %s released for booking %s", auth_id, booking_ref)
