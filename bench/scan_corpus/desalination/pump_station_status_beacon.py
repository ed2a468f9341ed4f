"""Status beacon for the product-water pumping stations along the transfer
pipeline. Each station's PLC gateway posts a compact status document to the
central operations API every minute."""
from __future__ import annotations

import os
import socket
import time
from collections.abc import Mapping

import requests

LABEL_ENV_KEYS = ("STATION_CODE", "PIPELINE_SEGMENT", "AGENT_VERSION", "DEPLOY_RING")


def deployment_labels(env: Mapping[str, str] = os.environ) -> dict[str, str]:
    return {key.lower(): env[key] for key in LABEL_ENV_KEYS if key in env}


class StationBeacon:
    def __init__(self, ops_url: str, device_cert: tuple[str, str], ca_bundle: str) -> None:
        self.ops_url = ops_url.rstrip("/")
        self.session = requests.Session()
        self.session.cert = device_cert
        self.session.verify = ca_bundle
        self.labels = deployment_labels()

    def read_plc(self) -> dict[str, float]:
        # Placeholder values are replaced by the Modbus poller when running on the gateway.
        return {"discharge_bar": 0.0, "flow_m3h": 0.0, "sump_level_m": 0.0}

    def document(self) -> dict:
        return {
            **self.labels,
            "host": socket.gethostname(),
            "ts": int(time.time()),
            "readings": self.read_plc(),
        }

    def send(self) -> None:
        resp = self.session.post(f"{self.ops_url}/stations/status", json=self.document(), timeout=10)
        resp.raise_for_status()


def main() -> None:
    beacon = StationBeacon(
        ops_url=os.environ["OPS_API_URL"],
        device_cert=("/etc/beacon/device.crt", "/etc/beacon/device.key"),
        ca_bundle="/etc/beacon/ops-ca.pem",
    )
    while True:
        try:
            beacon.send()
        except requests.RequestException:
            pass
        time.sleep(60)


if __name__ == "__main__":
    main()
