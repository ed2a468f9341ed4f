"""EasyPost client for buying parcel labels, with retry and jittered backoff."""
import os
import random
import time
from dataclasses import dataclass

import requests

EASYPOST_BASE_URL = "https://api.easypost.com/v2"
RETRYABLE = {429, 500, 502, 503, 504}


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class LabelClient:
    def __init__(self, api_key: str | None = None, policy: RetryPolicy | None = None):
        self.session = requests.Session()
        self.session.auth = (api_key or os.environ["EASYPOST_API_KEY"], "")
        self.policy = policy or RetryPolicy()

    def _request(self, method: str, path: str, **kwargs) -> dict:
        for attempt in range(self.policy.attempts):
            resp = self.session.request(method, f"{EASYPOST_BASE_URL}{path}", timeout=15, **kwargs)
            if resp.status_code not in RETRYABLE:
                resp.raise_for_status()
                return resp.json()
            time.sleep(self.policy.delay(attempt))
        resp.raise_for_status()
        return resp.json()

    def create_shipment(self, to_address: dict, from_address: dict, tube: dict) -> dict:
        payload = {"shipment": {"to_address": to_address, "from_address": from_address, "parcel": tube}}
        return self._request("POST", "/shipments", json=payload)

    def buy_label(self, shipment_id: str, rate_id: str) -> dict:
        return self._request("POST", f"/shipments/{shipment_id}/buy", json={"rate": {"id": rate_id}})

    def cheapest_rate(self, shipment: dict, carriers: tuple[str, ...] = ("RoyalMail", "DPDUK")) -> dict | None:
        rates = [r for r in shipment.get("rates", []) if r["carrier"] in carriers]
        return min(rates, key=lambda r: float(r["rate"]), default=None)
