"""Client for submitting export declarations for gold leaf shipments.

Declarations are posted to the customs broker's API.  The broker rate
limits aggressively, so submissions retry with jittered backoff.
"""
import random
import time

import requests

from goldbeater.settings import BROKER_API_URL, BROKER_TIMEOUT

MAX_ATTEMPTS = 5
BASE_DELAY = 0.5
RETRY_STATUSES = {429, 502, 503, 504}


class CustomsFilingClient:
    def __init__(self, token: str, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def _backoff(self, attempt: int) -> float:
        return BASE_DELAY * (2 ** attempt) + random.uniform(0, BASE_DELAY)

    def submit(self, declaration: dict) -> dict:
        for attempt in range(MAX_ATTEMPTS):
            resp = self.session.post(
                f"{BROKER_API_URL}/declarations", json=declaration, timeout=BROKER_TIMEOUT
            )
            if resp.status_code not in RETRY_STATUSES:
                resp.raise_for_status()
                return resp.json()
            time.sleep(self._backoff(attempt))
        raise RuntimeError(f"broker unavailable after {MAX_ATTEMPTS} attempts")

    def build_declaration(self, shipment) -> dict:
        return {
            "exporter_ref": shipment.reference,
            "hs_code": "7108.13",
            "net_mass_g": str(shipment.fine_gold_grams),
            "destination": shipment.country_code,
            "value": str(shipment.declared_value),
            "currency": shipment.currency,
        }
