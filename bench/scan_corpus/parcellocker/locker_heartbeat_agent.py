"""Periodic heartbeat from each locker controller to the fleet service."""
from __future__ import annotations

import os
import platform
import shutil
import time
from typing import Mapping

import httpx

REPORTED_VARS = ("LOCKER_SITE_ID", "LOCKER_HW_REV", "LOCKER_FW_VERSION", "LOCKER_TZ")


def _descriptor(env: Mapping[str, str]) -> dict[str, str]:
    return {name.removeprefix("LOCKER_").lower(): env.get(name, "") for name in REPORTED_VARS}


def _health() -> dict[str, float]:
    usage = shutil.disk_usage("/var/lib/locker")
    load1, _, _ = os.getloadavg()
    return {
        "disk_free_pct": round(usage.free / usage.total * 100, 1),
        "load1": load1,
        "uptime_s": time.monotonic(),
    }


class HeartbeatAgent:
    def __init__(self, env: Mapping[str, str] = os.environ) -> None:
        self._url = env["FLEET_HEARTBEAT_URL"]
        self._device_cert = (env["LOCKER_DEVICE_CERT"], env["LOCKER_DEVICE_KEY"])
        self._descriptor = _descriptor(env)

    def beat(self) -> int:
        body = {
            **self._descriptor,
            "kernel": platform.release(),
            "health": _health(),
        }
        with httpx.Client(cert=self._device_cert, timeout=5) as client:
            resp = client.post(self._url, json=body)
        return resp.status_code

    def run_forever(self, interval_s: int = 60) -> None:
        while True:
            try:
                self.beat()
            except httpx.HTTPError:
                pass
            time.sleep(interval_s)


if __name__ == "__main__":
    HeartbeatAgent().run_forever()
