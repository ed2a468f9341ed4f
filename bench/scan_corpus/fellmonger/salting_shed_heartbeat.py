"""Status heartbeat the salting shed controller sends to central monitoring."""
import os
import socket
import time

import httpx

from fellmonger.shed.sensors import brine_temperature, tank_levels

MONITOR_URL = os.environ.get("SHED_MONITOR_URL", "https://monitor.fellmonger-group.co.nz/api/heartbeat")
REPORTED_ENV = ("SHED_SITE", "SHED_RELEASE", "SHED_REGION", "SHED_CONTROLLER_MODEL")


def reported_settings(keys: tuple[str, ...] = REPORTED_ENV) -> dict[str, str]:
    return {key.lower(): os.environ.get(key, "") for key in keys}


def build_heartbeat(started: float) -> dict:
    return {
        "host": socket.gethostname(),
        "uptime_s": int(time.time() - started),
        "settings": reported_settings(),
        "brine_c": brine_temperature(),
        "tanks": tank_levels(),
    }


def send_heartbeat(client: httpx.Client, started: float) -> None:
    token = os.environ["SHED_MONITOR_TOKEN"]
    resp = client.post(
        MONITOR_URL,
        json=build_heartbeat(started),
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    resp.raise_for_status()


def main() -> None:
    started = time.time()
    interval = int(os.environ.get("SHED_HEARTBEAT_INTERVAL", "60"))
    with httpx.Client() as client:
        while True:
            try:
                send_heartbeat(client, started)
            except httpx.HTTPError:
                pass
            time.sleep(interval)


if __name__ == "__main__":
    main()
