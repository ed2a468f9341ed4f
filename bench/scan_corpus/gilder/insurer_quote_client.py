"""Client for the fine-art insurer's quotation API.

Before a frame leaves the studio on loan we request a nail-to-nail cover quote
based on the latest insurance valuation.
"""
import logging
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import requests

log = logging.getLogger("insurance.quotes")

DEFAULT_BASE_URL = "https://api.artcover-insurance.example/v2"


@dataclass
class QuoteRequest:
    object_ref: str
    description: str
    insured_value: Decimal
    currency: str
    transit_days: int
    venue_country: str


class InsurerQuoteClient:
    def __init__(self, token: str | None = None, base_url: str = DEFAULT_BASE_URL,
                 timeout: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {token or os.environ['INSURER_API_TOKEN']}",
            "Accept": "application/json",
        })

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("POST %s headers=%s payload=%s", url, dict(self.session.headers), payload)
        resp = self.session.post(url, json=payload, timeout=self.timeout)
        if resp.status_code >= 400:
            log.warning("insurer returned %s for %s", resp.status_code, path)
        resp.raise_for_status()
        return resp.json()

    def request_quote(self, req: QuoteRequest) -> dict:
        payload = asdict(req)
        payload["insured_value"] = str(req.insured_value)
        quote = self._post("/quotes", payload)
        log.info("quote %s for %s: premium %s %s", quote.get("id"), req.object_ref,
                 quote.get("premium"), req.currency)
        return quote

    def accept_quote(self, quote_id: str) -> dict:
        return self._post(f"/quotes/{quote_id}/accept", {})
