"""Client SDK for the ad exchange's seat management API."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests

API_KEY_ENV = "EXCHANGE_API_KEY"
API_KEY_HEADER = "X-Exchange-Key"
DEFAULT_BASE_URL = "https://api.exchange.example.com/seats/v1"
TOKEN_PREFIX = "exk_"


class ConfigurationError(RuntimeError):
    pass


@dataclass
class Seat:
    seat_id: str
    name: str
    status: str
    daily_cap_micros: int | None


class ExchangeClient:
    def __init__(self, api_key: str | None = None, base_url: str | None = None, timeout: float = 10.0):
        api_key = api_key or os.environ.get(API_KEY_ENV)
        if not api_key:
            raise ConfigurationError(f"pass api_key or set {API_KEY_ENV}")
        if not api_key.startswith(TOKEN_PREFIX):
            raise ConfigurationError("api key has unexpected format")
        self._base = (base_url or os.environ.get("EXCHANGE_BASE_URL", DEFAULT_BASE_URL)).rstrip("/")
        self._timeout = timeout
        self._http = requests.Session()
        self._http.headers.update({API_KEY_HEADER: api_key, "Accept": "application/json"})

    def __repr__(self) -> str:
        return f"ExchangeClient(base={self._base!r})"

    def seats(self) -> list[Seat]:
        resp = self._http.get(f"{self._base}/seats", timeout=self._timeout)
        resp.raise_for_status()
        return [Seat(**s) for s in resp.json()["seats"]]

    def set_daily_cap(self, seat_id: str, cap_micros: int | None) -> Seat:
        resp = self._http.patch(
            f"{self._base}/seats/{seat_id}",
            json={"daily_cap_micros": cap_micros},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return Seat(**resp.json())
