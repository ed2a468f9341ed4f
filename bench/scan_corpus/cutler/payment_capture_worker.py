"""Capture authorised card payments once a blade order has shipped."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payments.capture")

GATEWAY_URL = os.environ.get("PAYMENT_GATEWAY_URL", "https://api.payments.example.com")


@dataclass
class Authorisation:
    order_ref: str
    auth_id: str
    card_number: str
    amount: Decimal


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{'*' * max(len(digits) - 4, 0)}{digits[-4:]}"


def capture(auth: Authorisation, session: requests.Session) -> bool:
    resp = session.post(
        f"{GATEWAY_URL}/v1/authorisations/{auth.auth_id}/capture",
        json={"amount_minor": int(auth.amount * 100)},
        headers={"Authorization": f"Bearer {os.environ['PAYMENT_GATEWAY_KEY']}"},
        timeout=15,
    )
    if resp.ok:
        log.info("captured %s for order %s", auth.amount, auth.order_ref)
        return True
    log.warning(
        "capture failed for order %s card %s: %s",
        auth.order_ref, mask_pan(auth.card_number), resp.status_code,
    )
    return False


def run(pending: list[Authorisation]) -> int:
    """Entry point for the nightly job; returns the number of failed captures."""
    failures = 0
    with requests.Session() as session:
        for auth in pending:
            if not capture(auth, session):
                failures += 1
    log.info("capture run finished: %d ok, %d failed", len(pending) - failures, failures)
    return failures
