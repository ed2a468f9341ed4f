"""Nightly sync of bundled room rates from partner hotels over their private API gateway."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class GatewaySettings:
    base_url: str = field(default_factory=lambda: os.environ["HOTEL_GATEWAY_URL"])
    ca_bundle: str = field(default_factory=lambda: os.environ.get("HOTEL_GATEWAY_CA", "/etc/ssl/partners/hotel-gateway-ca.pem"))
    client_cert: tuple[str, str] = ("/etc/ssl/partners/aurora-client.crt", "/etc/ssl/partners/aurora-client.key")
    timeout_s: float = 20.0


@dataclass
class RoomRate:
    hotel_code: str
    night: date
    room_type: str
    price_nok: float


class HotelGateway:
    def __init__(self, settings: GatewaySettings) -> None:
        self._settings = settings
        self._session = self._build_session()

    def _build_session(self) -> requests.Session:
        session = requests.Session()
        session.verify = self._settings.ca_bundle
        session.cert = self._settings.client_cert
        session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=1.0)))
        return session

    def rates(self, hotel_code: str, start: date, end: date) -> list[RoomRate]:
        resp = self._session.get(
            f"{self._settings.base_url}/hotels/{hotel_code}/rates",
            params={"from": start.isoformat(), "to": end.isoformat()},
            timeout=self._settings.timeout_s,
        )
        resp.raise_for_status()
        return [
            RoomRate(hotel_code, date.fromisoformat(r["night"]), r["roomType"], float(r["priceNok"]))
            for r in resp.json()["rates"]
        ]


def sync_all(hotels: list[str], start: date, end: date) -> dict[str, int]:
    gateway = HotelGateway(GatewaySettings())
    return {code: len(gateway.rates(code, start, end)) for code in hotels}
