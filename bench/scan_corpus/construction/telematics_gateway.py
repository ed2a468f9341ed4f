"""Client for the on-site telematics gateways.

Each plant yard runs a gateway box that aggregates CAN-bus data from the
excavators, dumpers and telehandlers parked there. We poll it every few
minutes for engine hours, fuel level and fault codes.
"""
import logging
import os
from dataclasses import dataclass

import requests
import urllib3

log = logging.getLogger(__name__)

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


@dataclass
class MachineReading:
    asset_id: str
    engine_hours: float
    fuel_pct: float
    fault_codes: list[str]


class TelematicsGatewayClient:
    def __init__(self, base_url: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['GATEWAY_API_TOKEN']}"
        # yard gateways ship with a self-signed certificate from the vendor
        self._session.verify = False

    def _get(self, path: str, **params):
        resp = self._session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def list_assets(self) -> list[str]:
        return [a["assetId"] for a in self._get("/api/v2/assets")["items"]]

    def latest_reading(self, asset_id: str) -> MachineReading:
        data = self._get(f"/api/v2/assets/{asset_id}/latest")
        return MachineReading(
            asset_id=asset_id,
            engine_hours=float(data["engineHours"]),
            fuel_pct=float(data.get("fuelLevel", 0.0)),
            fault_codes=[f["code"] for f in data.get("faults", [])],
        )

    def poll_all(self) -> list[MachineReading]:
        readings = []
        for asset_id in self.list_assets():
            try:
                readings.append(self.latest_reading(asset_id))
            except requests.HTTPError as exc:
                log.warning("skipping %s: %s", asset_id, exc)
        return readings
