"""Cache of the last reported state of each field controller.

Controllers publish a full state snapshot on ``farms/<farm>/controllers/<id>/state``
after every valve change; the portal reads the cache instead of waiting for the
next heartbeat.
"""

from __future__ import annotations

import json
import logging
import time

import jsonpickle
import redis

log = logging.getLogger(__name__)

STATE_TTL_S = 6 * 3600


class ControllerStateCache:
    def __init__(self, redis_url: str) -> None:
        self._redis = redis.Redis.from_url(redis_url)

    @staticmethod
    def _key(farm_id: str, controller_id: str) -> str:
        return f"ctrl-state:{farm_id}:{controller_id}"

    def on_state_message(self, client, userdata, msg) -> None:
        _, farm_id, _, controller_id, _ = msg.topic.split("/")
        # the controller agent (Python, on the gateway SBC) publishes with jsonpickle
        try:
            state = jsonpickle.decode(msg.payload.decode("utf-8"))
        except Exception:
            log.warning("unparseable state from %s/%s", farm_id, controller_id)
            return
        state["received_at"] = time.time()
        self._redis.set(self._key(farm_id, controller_id), json.dumps(state, default=str), ex=STATE_TTL_S)

    def get(self, farm_id: str, controller_id: str) -> dict | None:
        raw = self._redis.get(self._key(farm_id, controller_id))
        if raw is None:
            return None
        return json.loads(raw)

    def zones_open(self, farm_id: str, controller_id: str) -> list[int]:
        state = self.get(farm_id, controller_id) or {}
        return [z["zone"] for z in state.get("zones", []) if z.get("valve") == "open"]
