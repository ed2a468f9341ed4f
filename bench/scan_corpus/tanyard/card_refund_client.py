"""Refunds to trade buyers through the card acquirer.

When a saddler returns leather that failed grading, the accounts office
refunds the original card payment from the back-office console.
"""
import logging
import os

import requests

log = logging.getLogger("tanyard.accounts.refunds")
MASKED_HEADERS = {"authorization", "x-api-key"}


def loggable_headers(headers: dict) -> dict:
    return {k: ("***" if k.lower() in MASKED_HEADERS else v) for k, v in headers.items()}


class RefundClient:
    def __init__(self, base_url: str | None = None, secret_key: str | None = None):
        self.base_url = base_url or os.environ["ACQUIRER_BASE_URL"]
        self._secret_key = secret_key or os.environ["ACQUIRER_SECRET_KEY"]
        self.session = requests.Session()

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self._secret_key}", "Content-Type": "application/json"}

    def refund(self, charge_id: str, amount_pence: int, card_last4: str, reason: str) -> dict:
        headers = self._headers()
        payload = {"charge": charge_id, "amount": amount_pence, "reason": reason}
        log.info(
            "Refund request charge=%s amount=%d card=****%s headers=%s",
            charge_id,
            amount_pence,
            card_last4,
            loggable_headers(headers),
        )
        resp = self.session.post(f"{self.base_url}/refunds", json=payload, headers=headers, timeout=30)
        if resp.status_code >= 400:
            log.error("Refund for charge %s rejected: %s %s", charge_id, resp.status_code, resp.text[:200])
            resp.raise_for_status()
        return resp.json()
