"""Lobby check-in kiosk status beacon for the fleet dashboard."""
import os
import platform
import socket
import time

import requests

BEACON_INTERVAL = 300

# Only non-sensitive deployment facts are reported; credentials stay on the box.
REPORTED_SETTINGS = ("APP_VERSION", "SITE_CODE", "TZ", "KIOSK_LAYOUT")


def _collect(**extra) -> dict:
    facts = {
        "hostname": socket.gethostname(),
        "python": platform.python_version(),
        "ts": int(time.time()),
    }
    facts.update(extra)
    return facts


class StatusBeacon:
    def __init__(self, fleet_url: str, kiosk_id: str):
        self.fleet_url = fleet_url.rstrip("/")
        self.kiosk_id = kiosk_id
        self.session = requests.Session()
        self.started = time.monotonic()

    def snapshot(self) -> dict:
        uptime = int(time.monotonic() - self.started)
        settings = {k: os.environ.get(k) for k in REPORTED_SETTINGS}
        return _collect(kiosk=self.kiosk_id, uptime=uptime, settings=settings)

    def beat(self) -> None:
        body = self.snapshot()
        self.session.post(f"{self.fleet_url}/kiosks/{self.kiosk_id}/beat", json=body, timeout=5)

    def run_forever(self) -> None:
        while True:
            try:
                self.beat()
            except requests.RequestException:
                pass
            time.sleep(BEACON_INTERVAL)


if __name__ == "__main__":
    StatusBeacon(os.environ["FLEET_URL"], os.environ["KIOSK_ID"]).run_forever()
