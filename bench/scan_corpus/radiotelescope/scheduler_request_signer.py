"""HMAC request signing for the scheduler -> receiver-control channel.

The signing key lives in the site secret store and is mounted into the
scheduler container as a file; only its path and key identifier are configured.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

SIGNING_KEY_PATH_ENV = "RT_SCHED_SIGNING_KEY_FILE"
DEFAULT_KEY_ID = "sched-2024-q3"


@dataclass
class SignerConfig:
    key_file: Path
    key_id: str = DEFAULT_KEY_ID
    clock_skew_s: int = 30

    @classmethod
    def from_env(cls) -> "SignerConfig":
        return cls(key_file=Path(os.environ[SIGNING_KEY_PATH_ENV]),
                   key_id=os.environ.get("RT_SCHED_SIGNING_KEY_ID", DEFAULT_KEY_ID))


class RequestSigner:
    def __init__(self, config: SignerConfig) -> None:
        self.config = config

    @cached_property
    def _key(self) -> bytes:
        return base64.b64decode(self.config.key_file.read_text().strip())

    def headers(self, method: str, path: str, body: bytes) -> dict[str, str]:
        ts = str(int(time.time()))
        digest = hashlib.sha256(body).hexdigest()
        message = "\n".join([method.upper(), path, ts, digest]).encode()
        signature = hmac.new(self._key, message, hashlib.sha256).digest()
        return {
            "X-RT-Key-Id": self.config.key_id,
            "X-RT-Timestamp": ts,
            "X-RT-Content-SHA256": digest,
            "X-RT-Signature": base64.b64encode(signature).decode(),
        }
