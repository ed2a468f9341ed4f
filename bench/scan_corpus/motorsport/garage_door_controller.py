"""Client for the garage access-control panels (roller doors, parts store, engine room)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Dict, List

import requests

log = logging.getLogger("garage.access")
logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))


@dataclass(frozen=True)
class PanelConfig:
    base_url: str
    api_token: str
    ca_bundle: str = "/etc/ssl/certs/team-garage-ca.pem"

    @classmethod
    def from_env(cls) -> "PanelConfig":
        return cls(
            base_url=os.environ["GARAGE_PANEL_URL"],
            api_token=os.environ["GARAGE_PANEL_TOKEN"],
        )


class DoorController:
    def __init__(self, config: PanelConfig) -> None:
        self.config = config
        self.session = requests.Session()
        self.session.verify = config.ca_bundle
        self.session.headers.update({
            "Authorization": f"Bearer {config.api_token}",
            "Accept": "application/json",
        })
        log.info("door controller ready base=%s headers=%s", config.base_url, dict(self.session.headers))

    def _post(self, path: str, payload: Dict[str, object]) -> Dict[str, object]:
        resp = self.session.post(f"{self.config.base_url}{path}", json=payload, timeout=5)
        resp.raise_for_status()
        return resp.json()

    def grant(self, badge_id: str, zones: List[str], hours: int = 12) -> Dict[str, object]:
        log.info("granting badge %s zones=%s for %dh", badge_id, zones, hours)
        return self._post("/api/badges/grant", {"badge": badge_id, "zones": zones, "hours": hours})

    def revoke(self, badge_id: str) -> Dict[str, object]:
        log.info("revoking badge %s", badge_id)
        return self._post("/api/badges/revoke", {"badge": badge_id})

    def lockdown(self, zone: str) -> Dict[str, object]:
        log.warning("lockdown requested for zone %s", zone)
        return self._post("/api/zones/lockdown", {"zone": zone})


if __name__ == "__main__":
    controller = DoorController(PanelConfig.from_env())
    controller.grant("B-0421", ["garage", "parts-store"])
