"""Periodic telemetry from lane controllers to the fleet monitoring service."""
from __future__ import annotations

import os
import shutil
import socket
import time
from typing import Mapping

import httpx

REPORTED_ENV_KEYS = ("LANE_ID", "PLAZA_CODE", "FIRMWARE_VERSION", "DEPLOY_RING", "TZ")


def deployment_labels(environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    return {key.lower(): environ[key] for key in REPORTED_ENV_KEYS if key in environ}


def disk_usage(path: str = "/var/spool/lane") -> dict[str, int]:
    usage = shutil.disk_usage(path)
    return {"total": usage.total, "used": usage.used, "free": usage.free}


def load_average() -> tuple[float, float, float]:
    return os.getloadavg()


def build_sample() -> dict:
    return {
        "host": socket.gethostname(),
        "ts": int(time.time()),
        "labels": deployment_labels(),
        "disk": disk_usage(),
        "load": load_average(),
    }


class TelemetryShipper:
    def __init__(self, endpoint: str, token_path: str, ca_bundle: str) -> None:
        with open(token_path) as fh:
            token = fh.read().strip()
        self.endpoint = endpoint
        self.client = httpx.Client(
            headers={"Authorization": f"Bearer {token}"},
            verify=ca_bundle,
            timeout=10.0,
        )

    def ship(self) -> None:
        resp = self.client.post(self.endpoint, json=build_sample())
        resp.raise_for_status()


def main() -> None:
    shipper = TelemetryShipper(
        os.environ["FLEET_TELEMETRY_URL"],
        os.environ.get("FLEET_TOKEN_FILE", "/run/secrets/fleet_token"),
        os.environ.get("FLEET_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
    )
    while True:
        try:
            shipper.ship()
        except httpx.HTTPError:
            pass
        time.sleep(60)


if __name__ == "__main__":
    main()
