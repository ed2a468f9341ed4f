"""API-key authentication for baggage reconciliation scanners.

Each station's handheld scanners share one key, provisioned from the
secrets store into BRS_SCANNER_KEYS as JSON: {"LHR": "...", "MAN": "..."}.
"""
import json
import os
import secrets
from functools import lru_cache

from fastapi import Header, HTTPException, status


@lru_cache(maxsize=1)
def _station_keys() -> dict[str, bytes]:
    raw = json.loads(os.environ["BRS_SCANNER_KEYS"])
    return {station.upper(): key.encode() for station, key in raw.items()}


def scanner_station(
    x_station: str = Header(...),
    x_api_key: str = Header(...),
) -> str:
    station = x_station.upper()
    expected = _station_keys().get(station)
    if expected is None or not secrets.compare_digest(x_api_key.encode(), expected):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown station or key")
    return station
