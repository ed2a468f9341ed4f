"""Requests agreed-value quotes from the heritage vehicle insurer.

When a restored carriage leaves the workshop the customer can opt in to
an agreed-value policy; we send the build details and valuation.
"""
import logging
import os

import httpx

logger = logging.getLogger("wainwright.insurer")

INSURER_URL = os.environ.get("INSURER_API_URL", "https://api.heritage-insure.co.uk")


def _mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


class InsurerClient:
    def __init__(self, api_key: str | None = None):
        self._api_key = api_key or os.environ["INSURER_API_KEY"]
        self._client = httpx.Client(
            base_url=INSURER_URL,
            headers={"X-Api-Key": self._api_key},
            timeout=httpx.Timeout(15.0),
        )
        logger.info("insurer client ready for %s (key %s)", INSURER_URL, _mask(self._api_key))

    def request_quote(self, vehicle: dict, valuation_pence: int, owner_postcode: str) -> dict:
        body = {
            "vehicle": {
                "type": vehicle["type"],
                "year_built": vehicle.get("year_built"),
                "builder": vehicle.get("builder", "unknown"),
                "restoration_ref": vehicle["job_number"],
            },
            "agreed_value": valuation_pence,
            "postcode": owner_postcode,
        }
        resp = self._client.post("/v2/quotes", json=body)
        if resp.status_code >= 400:
            logger.warning(
                "insurer quote failed for job %s: %s %s",
                vehicle["job_number"], resp.status_code, resp.text[:200],
            )
            resp.raise_for_status()
        quote = resp.json()
        logger.info("insurer quote %s for job %s", quote.get("quote_id"), vehicle["job_number"])
        return quote

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "InsurerClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
