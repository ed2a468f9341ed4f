"""Client for the timber merchants' buying-group price exchange.

The buying group publishes agreed price bands for graded softwood each
week. The mill pulls them to refresh merchant price lists. Each mill has
its own API key issued by the buying group.
"""
import logging

import httpx

from sawyer.settings import BUYING_GROUP_URL, buying_group_key

log = logging.getLogger(__name__)


def fingerprint(secret: str) -> str:
    if len(secret) <= 8:
        return "****"
    return f"{secret[:4]}...{secret[-4:]}"


class PriceExchangeClient:
    def __init__(self, api_key: str | None = None, timeout: float = 15.0):
        self._api_key = api_key or buying_group_key()
        self._client = httpx.Client(
            base_url=BUYING_GROUP_URL,
            headers={"X-Api-Key": self._api_key},
            timeout=timeout,
        )
        log.info("price exchange client ready key=%s", fingerprint(self._api_key))

    def weekly_bands(self, week: str) -> list[dict]:
        resp = self._client.get("/v1/bands", params={"week": week, "category": "softwood"})
        if resp.status_code == 401:
            log.error(
                "buying group rejected key %s for week %s", fingerprint(self._api_key), week
            )
        resp.raise_for_status()
        return resp.json()["bands"]

    def submit_volumes(self, week: str, volumes: dict) -> str:
        resp = self._client.post("/v1/volumes", json={"week": week, "volumes": volumes})
        resp.raise_for_status()
        receipt = resp.json()["receipt"]
        log.info("submitted %d volume lines for %s receipt=%s", len(volumes), week, receipt)
        return receipt

    def close(self) -> None:
        self._client.close()
