"""Poller for the brine intake density sensors.

The intake station at the sea wall exposes a small HTTP API on the plant
network with the current salinity, density (degrees Baumé) and water
temperature. Readings are stored every few minutes for the boiling plan.
"""
import logging
import random
import time

import requests

from saltboiler.config import settings
from saltboiler.intake.store import save_reading

logger = logging.getLogger(__name__)

BASE_DELAY = 2.0
MAX_DELAY = 60.0
MAX_ATTEMPTS = 6


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


def fetch_reading(session: requests.Session, sensor_id: str) -> dict:
    url = f"{settings.INTAKE_STATION_URL}/sensors/{sensor_id}/latest"
    for attempt in range(MAX_ATTEMPTS):
        try:
            response = session.get(url, timeout=5)
            response.raise_for_status()
            return response.json()
        except requests.RequestException as exc:
            delay = backoff_delay(attempt)
            logger.warning("sensor %s unavailable (%s), retrying in %.1fs", sensor_id, exc, delay)
            time.sleep(delay)
    raise RuntimeError(f"sensor {sensor_id} did not respond after {MAX_ATTEMPTS} attempts")


def poll_once(sensor_ids: list[str]) -> int:
    stored = 0
    with requests.Session() as session:
        for sensor_id in sensor_ids:
            reading = fetch_reading(session, sensor_id)
            save_reading(
                sensor_id=sensor_id,
                density_baume=reading["density"],
                salinity_ppt=reading["salinity"],
                temperature_c=reading["temperature"],
                measured_at=reading["timestamp"],
            )
            stored += 1
    return stored
