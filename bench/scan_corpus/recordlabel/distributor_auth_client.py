"""Small client for the distributor's catalogue-status API.

Authenticates with the label's API key, read from the environment, and
sends it only to the configured distributor endpoint.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("distributor.status")


@dataclass
class DistributorSettings:
    base_url: str = field(default_factory=lambda: os.environ["DISTRIBUTOR_API_URL"])
    api_key: str = field(default_factory=lambda: os.environ["DISTRIBUTOR_API_KEY"], repr=False)
    label_code: str = field(default_factory=lambda: os.environ["DISTRIBUTOR_LABEL_CODE"])
    timeout: float = 15.0


class CatalogueStatusClient:
    def __init__(self, settings: DistributorSettings | None = None) -> None:
        self.settings = settings or DistributorSettings()
        self.http = httpx.Client(
            base_url=self.settings.base_url,
            headers={"X-Api-Key": self.settings.api_key, "Accept": "application/json"},
            timeout=self.settings.timeout,
        )

    def release_status(self, upc: str) -> dict:
        resp = self.http.get(f"/labels/{self.settings.label_code}/releases/{upc}")
        resp.raise_for_status()
        return resp.json()

    def pending_takedowns(self) -> list[dict]:
        resp = self.http.get(
            f"/labels/{self.settings.label_code}/takedowns", params={"state": "pending"}
        )
        resp.raise_for_status()
        items = resp.json().get("items", [])
        log.info("%d pending takedowns for label %s", len(items), self.settings.label_code)
        return items

    def __enter__(self) -> "CatalogueStatusClient":
        return self

    def __exit__(self, *exc) -> None:
        self.http.close()


def summarise(upcs: list[str]) -> dict[str, str]:
    with CatalogueStatusClient() as client:
        return {upc: client.release_status(upc).get("state", "unknown") for upc in upcs}
