"""Polls lock gate and paddle sensors over the gateway's local HTTP API.

Dozens of gateways poll at the same interval, so each sleep gets a little
random jitter to stop them all hitting the central collector at once.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("sensor.poll")


@dataclass(frozen=True)
class PollSettings:
    gateway_url: str
    collector_url: str
    interval_s: float = 15.0
    jitter_s: float = 3.0
    max_backoff_s: float = 300.0

    @classmethod
    def from_env(cls) -> "PollSettings":
        return cls(
            gateway_url=os.environ["GATEWAY_LOCAL_URL"],
            collector_url=os.environ["SENSOR_COLLECTOR_URL"],
            interval_s=float(os.environ.get("POLL_INTERVAL_S", "15")),
        )


def next_delay(settings: PollSettings, failures: int) -> float:
    base = min(settings.interval_s * (2 ** failures), settings.max_backoff_s)
    return base + random.uniform(0, settings.jitter_s)


def read_sensors(session: requests.Session, settings: PollSettings) -> dict:
    resp = session.get(f"{settings.gateway_url.rstrip('/')}/sensors", timeout=5)
    resp.raise_for_status()
    return resp.json()


def forward(session: requests.Session, settings: PollSettings, readings: dict) -> None:
    resp = session.post(settings.collector_url, json=readings, timeout=10)
    resp.raise_for_status()


def run_forever(settings: PollSettings) -> None:
    session = requests.Session()
    failures = 0
    while True:
        try:
            readings = read_sensors(session, settings)
            forward(session, settings, readings)
            failures = 0
        except requests.RequestException as err:
            failures += 1
            log.warning("sensor poll failed (%d in a row): %s", failures, err.__class__.__name__)
        time.sleep(next_delay(settings, failures))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever(PollSettings.from_env())
