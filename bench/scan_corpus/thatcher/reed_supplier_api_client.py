"""Client for the reed importer's ordering API.

Most of our water reed now comes from the importer's European beds. This
client places orders, checks container arrival dates, and logs each call
so the yard manager can see what was ordered and when.
"""

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("thatcher.suppliers.importer")


def mask(value: str, visible: int = 4) -> str:
    if len(value) <= visible:
        return "*" * len(value)
    return "*" * (len(value) - visible) + value[-visible:]


@dataclass
class ImporterConfig:
    base_url: str
    api_key: str

    @classmethod
    def from_env(cls) -> "ImporterConfig":
        return cls(
            base_url=os.environ.get("REED_IMPORTER_URL", "https://orders.reed-importer.example.com/api"),
            api_key=os.environ["REED_IMPORTER_API_KEY"],
        )


class ReedImporterClient:
    def __init__(self, config: ImporterConfig):
        self.config = config
        self.http = httpx.Client(
            base_url=config.base_url,
            headers={"X-Api-Key": config.api_key},
            timeout=30,
        )
        log.info("Importer client ready for %s using key %s", config.base_url, mask(config.api_key))

    def place_order(self, bundles: int, grade: str, deliver_to: str) -> str:
        resp = self.http.post(
            "/orders",
            json={"bundles": bundles, "grade": grade, "delivery_postcode": deliver_to},
        )
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("Ordered %d bundles of %s reed to %s: order %s", bundles, grade, deliver_to, order_id)
        return order_id

    def container_eta(self, order_id: str) -> str | None:
        resp = self.http.get(f"/orders/{order_id}/shipment")
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json().get("eta")
