"""Client for the ice machine manufacturer's remote monitoring cloud.

The cube-ice machines report harvest cycles, water usage and fault codes to
the manufacturer's cloud; we pull them nightly into our production stats.
"""
import logging
import os
from dataclasses import dataclass, field
from datetime import date

import requests

log = logging.getLogger("icehouse.icemaker.cloud")


@dataclass
class IcemakerCloudConfig:
    base_url: str = "https://api.frostline-cloud.example/v1"
    api_token: str = field(default_factory=lambda: os.environ["FROSTLINE_API_TOKEN"])
    site_id: str = field(default_factory=lambda: os.environ.get("FROSTLINE_SITE_ID", "icehouse-main"))
    timeout_s: float = 20.0


class IcemakerCloudClient:
    def __init__(self, config: IcemakerCloudConfig | None = None):
        self.config = config or IcemakerCloudConfig()
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_token}",
            "Accept": "application/json",
            "X-Site": self.config.site_id,
        }

    def _get(self, path: str, **params) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers()
        log.debug("GET %s params=%s headers=%s", url, params, headers)
        resp = self.session.get(url, params=params, headers=headers, timeout=self.config.timeout_s)
        if resp.status_code >= 400:
            log.warning("frostline %s returned %s", path, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def machines(self) -> list[dict]:
        return self._get("/machines", site=self.config.site_id)["items"]

    def harvest_stats(self, machine_id: str, day: date) -> dict:
        return self._get(f"/machines/{machine_id}/harvests", date=day.isoformat())

    def open_faults(self) -> list[dict]:
        return self._get("/faults", site=self.config.site_id, state="open")["items"]


def nightly_pull(day: date) -> list[dict]:
    client = IcemakerCloudClient()
    out = []
    for m in client.machines():
        stats = client.harvest_stats(m["id"], day)
        out.append({"machine": m["name"], "kg": stats["total_kg"], "cycles": stats["cycles"]})
    return out
