"""Consumer for the AVL vendor position feed.

The vendor's gateway publishes position fixes for every vehicle on a Redis
channel that both the vendor and the control room have access to. This worker
keeps the latest fix per callsign for the dispatch map and nearest-resource
calculations.
"""
import logging
import os
import pickle
import signal
import time

import redis

log = logging.getLogger(__name__)

CHANNEL = os.environ.get("AVL_FEED_CHANNEL", "avl.positions")
STALE_AFTER_S = 120


class PositionFeed:
    def __init__(self, url: str | None = None):
        self._redis = redis.Redis.from_url(url or os.environ["AVL_REDIS_URL"])
        self._pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
        self._latest: dict[str, dict] = {}
        self._running = True

    def stop(self, *_):
        self._running = False

    def _handle(self, message: dict) -> None:
        fix = pickle.loads(message["data"])
        callsign = fix.get("callsign")
        if not callsign:
            return
        self._latest[callsign] = fix
        self._redis.hset("avl:latest", callsign, fix["ts"])

    def stale_vehicles(self, now: float | None = None) -> list[str]:
        now = now or time.time()
        return [cs for cs, fix in self._latest.items() if now - fix["ts"] > STALE_AFTER_S]

    def run(self) -> None:
        self._pubsub.subscribe(CHANNEL)
        log.info("listening on %s", CHANNEL)
        while self._running:
            message = self._pubsub.get_message(timeout=1.0)
            if message:
                try:
                    self._handle(message)
                except Exception:
                    log.exception("dropping malformed position message")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    feed = PositionFeed()
    signal.signal(signal.SIGTERM, feed.stop)
    feed.run()
