"""Periodic health beacon from each workroom and shop server.

Every few minutes each server reports its version, queue depth and disk
space to the operations dashboard so head office can spot a branch whose
till or label printer service has stalled.
"""
import logging
import os
import shutil
import socket
import time
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger(__name__)

DASHBOARD_URL = os.environ.get("HC_OPS_DASHBOARD_URL", "https://ops.hartwellcrane.co.uk/api/beacons")
BEACON_INTERVAL = 300

REPORTED_ENV_KEYS = ("HC_RELEASE", "HC_REGION", "HC_SHOP_CODE", "HC_SERVICE_NAME")


@dataclass
class Beacon:
    host: str
    sent_at: float
    disk_free_gb: float
    queue_depth: int
    settings: dict


def _reported_settings() -> dict:
    return {key: os.environ[key] for key in REPORTED_ENV_KEYS if key in os.environ}


def _disk_free_gb(path: str = "/var/lib/hc") -> float:
    return round(shutil.disk_usage(path).free / 1024**3, 2)


def build_beacon(queue_depth: int) -> Beacon:
    return Beacon(
        host=socket.gethostname(),
        sent_at=time.time(),
        disk_free_gb=_disk_free_gb(),
        queue_depth=queue_depth,
        settings=_reported_settings(),
    )


def send_beacon(client: httpx.Client, beacon: Beacon) -> None:
    token = os.environ["HC_OPS_BEACON_TOKEN"]
    resp = client.post(
        DASHBOARD_URL,
        json=asdict(beacon),
        headers={"Authorization": f"Bearer {token}"},
        timeout=10.0,
    )
    resp.raise_for_status()


def run_forever(queue_depth_fn) -> None:
    with httpx.Client() as client:
        while True:
            try:
                send_beacon(client, build_beacon(queue_depth_fn()))
            except httpx.HTTPError as err:
                log.warning("health beacon not delivered: %s", err)
            time.sleep(BEACON_INTERVAL)
