"""Short-lived download tokens for firmware OTA artifacts.

Robots fetch firmware images from the artifact gateway; each download URL
carries a one-time token that the gateway checks against Redis.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import redis

TOKEN_TTL_SECONDS = 15 * 60
TOKEN_BYTES = 24

_rng = np.random.default_rng()


@dataclass(frozen=True)
class DownloadGrant:
    robot_serial: str
    artifact_id: str
    token: str
    expires_at: float


def _new_token(nbytes: int = TOKEN_BYTES) -> str:
    return _rng.bytes(nbytes).hex()


class OtaTokenIssuer:
    def __init__(self, redis_url: str, gateway_base_url: str):
        self._redis = redis.Redis.from_url(redis_url)
        self._base = gateway_base_url.rstrip("/")

    def issue(self, robot_serial: str, artifact_id: str) -> DownloadGrant:
        token = _new_token()
        key = f"ota:grant:{token}"
        self._redis.hset(key, mapping={"robot": robot_serial, "artifact": artifact_id})
        self._redis.expire(key, TOKEN_TTL_SECONDS)
        return DownloadGrant(robot_serial, artifact_id, token, time.time() + TOKEN_TTL_SECONDS)

    def download_url(self, grant: DownloadGrant) -> str:
        return f"{self._base}/artifacts/{grant.artifact_id}?t={grant.token}"

    def redeem(self, token: str, robot_serial: str) -> str | None:
        key = f"ota:grant:{token}"
        data = self._redis.hgetall(key)
        if not data or data.get(b"robot", b"").decode() != robot_serial:
            return None
        self._redis.delete(key)
        return data[b"artifact"].decode()
