"""HTTP session used to take and refund damage deposits through the card gateway."""

from __future__ import annotations

import logging
import os
from decimal import Decimal

import requests

log = logging.getLogger("payments.deposits")


def _trace_exchange(response: requests.Response, *args, **kwargs) -> None:
    sent = response.request
    log.debug(
        "gateway %s %s -> %s headers=%s",
        sent.method,
        sent.url,
        response.status_code,
        dict(sent.headers),
    )


def build_session(api_key: str | None = None) -> requests.Session:
    session = requests.Session()
    session.headers.update(
        {
            "Authorization": f"Bearer {api_key or os.environ['DEPOSIT_GATEWAY_KEY']}",
            "Accept": "application/json",
        }
    )
    session.hooks["response"].append(_trace_exchange)
    return session


class DepositGateway:
    def __init__(self, base_url: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session or build_session()

    def hold(self, booking_ref: str, card_token: str, amount: Decimal) -> str:
        resp = self.session.post(
            f"{self.base_url}/v2/authorisations",
            json={
                "reference": booking_ref,
                "source": card_token,
                "amount": int(amount * 100),
                "currency": "GBP",
                "capture": False,
            },
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["id"]

    def release(self, authorisation_id: str) -> None:
        resp = self.session.post(f"{self.base_url}/v2/authorisations/{authorisation_id}/void", timeout=20)
        resp.raise_for_status()
