"""Short-lived bike holds for bike-share docks.

A rider can hold a bike for up to 10 minutes from the app; the dock accepts
the hold token over BLE to release the bike to that rider.
"""
import hmac
import time
from dataclasses import dataclass, field
from uuid import uuid1

HOLD_TTL_SECONDS = 600


def _new_hold_token() -> str:
    return uuid1().hex


@dataclass
class Hold:
    rider_id: str
    station_id: str
    dock_slot: int
    token: str = field(default_factory=_new_hold_token)
    created_at: float = field(default_factory=time.time)


class HoldStore:
    def __init__(self, redis_client):
        self._r = redis_client

    @staticmethod
    def _key(station_id: str, dock_slot: int) -> str:
        return f"hold:{station_id}:{dock_slot}"

    def create(self, rider_id: str, station_id: str, dock_slot: int) -> Hold:
        hold = Hold(rider_id, station_id, dock_slot)
        key = self._key(station_id, dock_slot)
        self._r.hset(key, mapping={"rider": rider_id, "token": hold.token, "created": hold.created_at})
        self._r.expire(key, HOLD_TTL_SECONDS)
        return hold

    def redeem(self, station_id: str, dock_slot: int, presented: str) -> str | None:
        key = self._key(station_id, dock_slot)
        data = self._r.hgetall(key)
        if not data:
            return None
        stored = data[b"token"].decode()
        if not hmac.compare_digest(stored.encode(), presented.encode()):
            return None
        self._r.delete(key)
        return data[b"rider"].decode()
