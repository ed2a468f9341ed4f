"""Listen for AVL position fixes published by the vendor gateway.

Messages are JSON objects; each is validated with pydantic before it updates
the latest-known-position table used for nearest-resource dispatch.
"""
import json
import logging
import os
import signal
from datetime import datetime

import redis
from pydantic import BaseModel, Field, ValidationError

log = logging.getLogger(__name__)

CHANNEL = os.environ.get("AVL_FEED_CHANNEL", "avl.positions")


class PositionFix(BaseModel):
    callsign: str = Field(pattern=r"^[A-Z]{1,3}\d{2,4}$")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    speed_kph: float = Field(ge=0, le=250)
    status: str
    ts: datetime


class FixListener:
    def __init__(self, url: str | None = None):
        self._redis = redis.Redis.from_url(url or os.environ["AVL_REDIS_URL"])
        self._pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
        self._running = True

    def stop(self, *_):
        self._running = False

    def handle(self, raw: bytes) -> PositionFix | None:
        try:
            fix = PositionFix.model_validate(json.loads(raw))
        except (json.JSONDecodeError, ValidationError) as exc:
            log.warning("rejected position message: %s", exc)
            return None
        self._redis.hset("avl:latest", fix.callsign, fix.model_dump_json())
        return fix

    def run(self) -> None:
        self._pubsub.subscribe(CHANNEL)
        while self._running:
            msg = self._pubsub.get_message(timeout=1.0)
            if msg:
                self.handle(msg["data"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    listener = FixListener()
    signal.signal(signal.SIGTERM, listener.stop)
    listener.run()
