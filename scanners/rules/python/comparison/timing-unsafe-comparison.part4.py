import hmac
import os
from dataclasses import dataclass, field
from functools import lru_cache

from fastapi import Depends, Header, HTTPException, Request


@dataclass(frozen=True)
class KioskSettings:
    keys: tuple[str, ...] = field(default_factory=lambda: tuple(os.environ.get("KIOSK_KEYS", "").split(",")))
    header: str = "X-Kiosk-Key"


class KioskGuard:
    def __init__(self, settings: KioskSettings) -> None:
        self.settings = settings
        self.revoked_tokens = []

    def authorised(self, request: Request) -> bool:
        presented = request.headers.get(self.settings.header, "")
        # ruleid: timing-unsafe-comparison
        return presented in self.settings.keys

    def authorised_constant_time(self, request: Request) -> bool:
        presented = request.headers.get(self.settings.header, "")
        # ok: timing-unsafe-comparison
        return any(hmac.compare_digest(presented, key) for key in self.settings.keys)

    def revoked(self, token: str) -> bool:
        # ok: timing-unsafe-comparison
        return token in self.revoked_tokens


@lru_cache(maxsize=1)
def _device_keys() -> list[str]:
    return [k.strip() for k in os.environ.get("DEVICE_KEYS", "").split(",") if k.strip()]


def require_device_key(x_device_key: str = Header(default="")) -> str:
    # ruleid: timing-unsafe-comparison
    if not x_device_key or x_device_key not in _device_keys():
        raise HTTPException(401, "unknown device key")
    return x_device_key


def require_gateway(x_gateway_key: str = Header(...), settings=Depends(lambda: None)) -> str:
    # ruleid: timing-unsafe-comparison
    if x_gateway_key not in settings.gateway_keys:
        raise HTTPException(401, "unknown gateway")
    return x_gateway_key


def has_header(request: Request, api_key: str) -> bool:
    # ok: timing-unsafe-comparison
    return api_key in request.headers.keys()


def known_station(station_key: str) -> bool:
    station_keys_set = set(os.environ.get("STATION_KEYS", "").split(","))
    # ok: timing-unsafe-comparison
    return station_key in station_keys_set


def known_partner(partner_key: str) -> bool:
    partner_keys = frozenset(os.environ.get("PARTNER_KEYS", "").split(","))
    # ok: timing-unsafe-comparison
    return partner_key in partner_keys


def sortable(sort_key: str, sort_keys: list[str]) -> bool:
    # ok: timing-unsafe-comparison
    return sort_key in sort_keys
