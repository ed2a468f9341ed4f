"""Client for the card processor's pre-authorisation API.

A damage deposit is held on the lead hirer's card at check-in and either
released or partially captured once the boat has been inspected.
"""
import logging
import uuid
from dataclasses import dataclass

import httpx

from canalboat.settings import settings

log = logging.getLogger(__name__)


@dataclass
class PreauthResult:
    authorisation_id: str
    status: str
    amount_pence: int


class PreauthClient:
    def __init__(self, base_url: str = settings.processor_base_url, api_key: str = settings.processor_api_key,
                 timeout: float = 15.0):
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._headers = {
            "Authorization": f"Bearer {api_key}",
            "Content-Type": "application/json",
            "Accept": "application/json",
        }

    def _post(self, path: str, payload: dict, idempotency_key: str) -> dict:
        headers = {**self._headers, "Idempotency-Key": idempotency_key}
        url = f"{self._base_url}{path}"
        log.debug("processor request %s headers=%s", url, headers)
        resp = httpx.post(url, json=payload, headers=headers, timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def hold_deposit(self, booking_ref: str, card_token: str, amount_pence: int) -> PreauthResult:
        body = {
            "amount": amount_pence,
            "currency": "GBP",
            "payment_method": card_token,
            "capture": "manual",
            "metadata": {"booking_reference": booking_ref},
        }
        data = self._post("/v1/authorisations", body, idempotency_key=f"hold-{booking_ref}")
        return PreauthResult(data["id"], data["status"], data["amount"])

    def release(self, authorisation_id: str) -> PreauthResult:
        data = self._post(f"/v1/authorisations/{authorisation_id}/void", {}, idempotency_key=str(uuid.uuid4()))
        return PreauthResult(data["id"], data["status"], data["amount"])
