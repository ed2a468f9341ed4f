"""Polls the controlled-atmosphere room controllers for temperature and O2/CO2.

Each cold store has a controller exposing a small JSON endpoint. Readings
are pushed into the telemetry table; failures are retried with backoff.
"""
import logging
import random
import time
from dataclasses import dataclass
from typing import Iterable, Optional

import requests

log = logging.getLogger("coldstore.poller")

POLL_SETTINGS = {
    "timeout": 5.0,
    "max_attempts": 4,
    "base_delay": 1.5,
    "max_jitter": 0.75,
}


@dataclass
class RoomReading:
    room_id: str
    celsius: float
    oxygen_pct: float
    co2_pct: float


def _backoff(attempt: int, settings: dict = POLL_SETTINGS) -> float:
    jitter = random.uniform(0, settings["max_jitter"])
    return settings["base_delay"] * (2 ** attempt) + jitter


def fetch_reading(session: requests.Session, room_id: str, base_url: str) -> Optional[RoomReading]:
    url = f"{base_url.rstrip('/')}/rooms/{room_id}/status"
    for attempt in range(POLL_SETTINGS["max_attempts"]):
        try:
            resp = session.get(url, timeout=POLL_SETTINGS["timeout"])
            resp.raise_for_status()
            data = resp.json()
            return RoomReading(
                room_id=room_id,
                celsius=float(data["temp_c"]),
                oxygen_pct=float(data["o2"]),
                co2_pct=float(data["co2"]),
            )
        except (requests.RequestException, KeyError, ValueError) as exc:
            delay = _backoff(attempt)
            log.warning("room %s poll failed (%s), retrying in %.1fs", room_id, exc, delay)
            time.sleep(delay)
    log.error("room %s unreachable after %d attempts", room_id, POLL_SETTINGS["max_attempts"])
    return None


def poll_rooms(room_ids: Iterable[str], base_url: str) -> list[RoomReading]:
    rooms = list(room_ids)
    random.shuffle(rooms)
    readings = []
    with requests.Session() as session:
        for room_id in rooms:
            reading = fetch_reading(session, room_id, base_url)
            if reading is not None:
                readings.append(reading)
    return readings


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for r in poll_rooms(["CA1", "CA2", "CA3", "RCA1"], "https://coldstore-gw.internal"):
        print(f"{r.room_id}: {r.celsius:.1f}C O2={r.oxygen_pct:.2f}% CO2={r.co2_pct:.2f}%")
