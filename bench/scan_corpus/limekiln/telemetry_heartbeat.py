"""Heartbeat sent by each kiln-site controller to the central monitoring service."""
from __future__ import annotations

import logging
import os
import platform
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("kiln.heartbeat")

PUBLIC_ENV_KEYS = ("LIMEKILN_SITE_ID", "LIMEKILN_KILN_COUNT", "LIMEKILN_RELEASE", "TZ")


def public_environment(env: dict[str, str] | None = None) -> dict[str, str]:
    source = os.environ if env is None else env
    return {k: source[k] for k in PUBLIC_ENV_KEYS if k in source}


@dataclass
class Heartbeat:
    endpoint: str = field(default_factory=lambda: os.environ["MONITOR_URL"])
    interval: float = 60.0
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("MONITOR_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    )
    started: float = field(default_factory=time.monotonic)

    def payload(self) -> dict:
        return {
            "uptime_s": int(time.monotonic() - self.started),
            "host_os": platform.system(),
            "python": platform.python_version(),
            "site": public_environment(),
        }

    def send_once(self) -> bool:
        try:
            resp = requests.post(
                self.endpoint, json=self.payload(), timeout=10, verify=self.ca_bundle
            )
            resp.raise_for_status()
            return True
        except requests.RequestException as exc:
            log.warning("heartbeat failed: %s", exc)
            return False

    def run_forever(self) -> None:
        failures = 0
        while True:
            failures = 0 if self.send_once() else failures + 1
            if failures and failures % 10 == 0:
                log.error("%d consecutive heartbeat failures", failures)
            time.sleep(self.interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    Heartbeat().run_forever()
