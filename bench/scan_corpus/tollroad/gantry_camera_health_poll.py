"""Polls gantry camera controllers for health and pushes status to Prometheus."""
from __future__ import annotations

import logging
import time
from typing import NamedTuple

import httpx
from prometheus_client import Gauge, start_http_server

log = logging.getLogger("gantry.health")

CAMERA_UP = Gauge("gantry_camera_up", "Camera reachable", ["gantry", "lane"])
CAMERA_TEMP = Gauge("gantry_camera_temp_c", "Camera housing temperature", ["gantry", "lane"])


class CameraStatus(NamedTuple):
    lane: int
    online: bool
    temperature_c: float


class GantryController:
    CONTROLLER_ADDR = "10.42.17.5"
    CONTROLLER_PORT = 8443
    STATUS_PATH = "/api/cameras/status"

    def __init__(self, gantry_id: str, ca_bundle: str) -> None:
        self.gantry_id = gantry_id
        self._client = httpx.Client(
            base_url=f"https://{self.CONTROLLER_ADDR}:{self.CONTROLLER_PORT}",
            verify=ca_bundle,
            timeout=4.0,
        )

    def fetch(self) -> list[CameraStatus]:
        resp = self._client.get(self.STATUS_PATH, params={"gantry": self.gantry_id})
        resp.raise_for_status()
        return [
            CameraStatus(lane=c["lane"], online=c["state"] == "ok", temperature_c=c["tempC"])
            for c in resp.json()["cameras"]
        ]


def poll_forever(controller: GantryController, interval: float = 15.0) -> None:
    while True:
        try:
            for status in controller.fetch():
                labels = (controller.gantry_id, str(status.lane))
                CAMERA_UP.labels(*labels).set(1 if status.online else 0)
                CAMERA_TEMP.labels(*labels).set(status.temperature_c)
        except httpx.HTTPError as exc:
            log.warning("gantry %s poll failed: %s", controller.gantry_id, exc)
        time.sleep(interval)


if __name__ == "__main__":
    import os

    start_http_server(int(os.environ.get("METRICS_PORT", "9108")))
    poll_forever(GantryController(os.environ["GANTRY_ID"], os.environ["CA_BUNDLE"]))
