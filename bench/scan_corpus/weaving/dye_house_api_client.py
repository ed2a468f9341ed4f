"""Client for the partner dye house's order API (custom-dyed yarn lots)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("dyehouse")


@dataclass
class DyeHouseSettings:
    base_url: str = "https://orders.riverdye.example/api"
    ca_bundle: str = "/etc/weaving/certs/riverdye-ca.pem"
    timeout: float = 20.0
    extra_headers: dict[str, str] = field(default_factory=lambda: {"Accept": "application/json"})

    @classmethod
    def from_env(cls) -> "DyeHouseSettings":
        return cls(
            base_url=os.environ.get("DYEHOUSE_URL", cls.base_url),
            ca_bundle=os.environ.get("DYEHOUSE_CA_BUNDLE", cls.ca_bundle),
        )


@dataclass
class DyeLotOrder:
    base_yarn_sku: str
    colour_recipe: str
    kilograms: float
    reference: str


class DyeHouseClient:
    def __init__(self, settings: DyeHouseSettings, api_token: str) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers.update(settings.extra_headers)
        self.session.headers["Authorization"] = f"Token {api_token}"

    def place_order(self, order: DyeLotOrder) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/lots",
            json={
                "base": order.base_yarn_sku,
                "recipe": order.colour_recipe,
                "kg": round(order.kilograms, 2),
                "reference": order.reference,
            },
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        lot_id = resp.json()["lot_id"]
        log.info("placed dye lot %s for %s", lot_id, order.reference)
        return lot_id

    def lot_status(self, lot_id: str) -> str:
        resp = self.session.get(f"{self.settings.base_url}/lots/{lot_id}", timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()["status"]


if __name__ == "__main__":
    client = DyeHouseClient(DyeHouseSettings.from_env(), os.environ["DYEHOUSE_TOKEN"])
    print(client.lot_status(os.environ.get("LOT_ID", "")))
