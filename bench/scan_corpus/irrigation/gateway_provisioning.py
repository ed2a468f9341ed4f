"""Registers newly installed soil-moisture probes with the LoRaWAN network server.

Runs when an installer scans a probe's QR code in the field app; the probe's
keys come from the factory manifest stored in the key vault.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

logger = logging.getLogger("provisioning")


@dataclass
class ProbeRecord:
    dev_eui: str
    app_key: str
    farm_id: int
    zone_id: int
    model: str


class NetworkServerProvisioner:
    def __init__(self, api_url: str, api_token: str, application_id: str, profile_ids: dict[str, str]):
        self.api_url = api_url.rstrip("/")
        self.application_id = application_id
        self.profile_ids = profile_ids
        self.http = requests.Session()
        self.http.headers["Grpc-Metadata-Authorization"] = f"Bearer {api_token}"

    def _post(self, path: str, body: dict) -> None:
        logger.debug("POST %s%s body=%s", self.api_url, path, body)
        resp = self.http.post(f"{self.api_url}{path}", json=body, timeout=15)
        resp.raise_for_status()

    def register(self, probe: ProbeRecord) -> None:
        self._post("/api/devices", {
            "device": {
                "devEui": probe.dev_eui,
                "name": f"probe-{probe.farm_id}-{probe.zone_id}",
                "applicationId": self.application_id,
                "deviceProfileId": self.profile_ids[probe.model],
                "tags": {"farm": str(probe.farm_id), "zone": str(probe.zone_id)},
            }
        })
        self._post(f"/api/devices/{probe.dev_eui}/keys", {
            "deviceKeys": {"nwkKey": probe.app_key, "appKey": probe.app_key}
        })
        logger.info("registered probe %s for farm %s zone %s", probe.dev_eui, probe.farm_id, probe.zone_id)
