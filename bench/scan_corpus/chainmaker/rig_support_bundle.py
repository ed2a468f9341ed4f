"""Support bundle sent to the hydraulics vendor when a rig pressure fault occurs."""
import os
import platform
from datetime import datetime, timezone

import httpx

from chainmaker.rig.settings import RIG_ID, VENDOR_SUPPORT_URL

REPORTED_ENV = (
    "RIG_FIRMWARE_VERSION",
    "RIG_CONTROLLER_MODEL",
    "RIG_MAX_LOAD_KN",
    "TZ",
    "LANG",
)


def environment_summary(keys: tuple[str, ...] = REPORTED_ENV) -> dict[str, str]:
    return {key: os.environ[key] for key in keys if key in os.environ}


def build_bundle(fault: str, pressure_bar: float, load_kn: float) -> dict:
    return {
        "rig": RIG_ID,
        "fault": fault,
        "pressure_bar": pressure_bar,
        "load_kn": load_kn,
        "reported_at": datetime.now(timezone.utc).isoformat(),
        "platform": platform.platform(),
        "environment": environment_summary(),
    }


class VendorSupport:
    def __init__(self, base_url: str = VENDOR_SUPPORT_URL):
        self._client = httpx.Client(base_url=base_url, timeout=15)

    def report(self, fault: str, pressure_bar: float, load_kn: float) -> str:
        resp = self._client.post("/cases", json=build_bundle(fault, pressure_bar, load_kn))
        resp.raise_for_status()
        return resp.json()["case_id"]

    def close(self) -> None:
        self._client.close()
