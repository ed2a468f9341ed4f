"""Heartbeat from the toasting oven controllers to the uptime monitor.

Each oven controller reports every minute so the night shift is paged if a
toasting run stalls. The payload describes the build and site so the
monitor can group controllers on its dashboard.
"""
import os
import time
from dataclasses import dataclass

import httpx

REPORTED_SETTINGS = ("APP_VERSION", "SITE_CODE", "OVEN_ID", "DEPLOY_CHANNEL", "TZ")


@dataclass
class HeartbeatConfig:
    monitor_url: str
    monitor_token: str
    interval_s: int = 60

    @classmethod
    def from_env(cls) -> "HeartbeatConfig":
        return cls(
            monitor_url=os.environ["UPTIME_MONITOR_URL"],
            monitor_token=os.environ["UPTIME_MONITOR_TOKEN"],
            interval_s=int(os.environ.get("HEARTBEAT_INTERVAL_S", "60")),
        )


def describe_runtime() -> dict:
    return {name: os.environ.get(name, "") for name in REPORTED_SETTINGS}


def build_payload(oven_state: dict) -> dict:
    return {
        "runtime": describe_runtime(),
        "oven": {
            "temperature_c": oven_state.get("temperature_c"),
            "program": oven_state.get("program"),
            "cask_serial": oven_state.get("cask_serial"),
        },
        "sent_at": int(time.time()),
    }


def run_heartbeat(read_oven_state, config: HeartbeatConfig | None = None) -> None:
    config = config or HeartbeatConfig.from_env()
    headers = {"Authorization": f"Bearer {config.monitor_token}"}
    with httpx.Client(timeout=10, headers=headers) as client:
        while True:
            try:
                client.post(config.monitor_url, json=build_payload(read_oven_state()))
            except httpx.HTTPError:
                pass
            time.sleep(config.interval_s)
