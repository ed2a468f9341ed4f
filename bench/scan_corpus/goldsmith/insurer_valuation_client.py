"""Client for the jewellery insurer's valuation-lodging API."""
import logging
import os
from dataclasses import asdict, dataclass

import httpx

logger = logging.getLogger(__name__)


def _mask(secret: str, keep: int = 4) -> str:
    if len(secret) <= keep:
        return "*" * len(secret)
    return "*" * (len(secret) - keep) + secret[-keep:]


@dataclass
class LodgedValuation:
    certificate_no: str
    policy_no: str
    replacement_value_pence: int
    description: str
    valuer: str


class InsurerClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 15.0):
        self.base_url = base_url or os.environ.get("INSURER_API_URL", "https://partners.gemsure.example/api")
        self.api_key = api_key or os.environ["INSURER_API_KEY"]
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"X-Partner-Key": self.api_key},
            timeout=timeout,
        )
        logger.info("insurer client ready for %s using key %s", self.base_url, _mask(self.api_key))

    def lodge(self, valuation: LodgedValuation) -> str:
        resp = self._client.post("/valuations", json=asdict(valuation))
        if resp.status_code >= 400:
            logger.error(
                "insurer rejected certificate %s for policy %s: HTTP %s",
                valuation.certificate_no, valuation.policy_no, resp.status_code,
            )
            resp.raise_for_status()
        reference = resp.json()["reference"]
        logger.info("lodged certificate %s as %s", valuation.certificate_no, reference)
        return reference

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
