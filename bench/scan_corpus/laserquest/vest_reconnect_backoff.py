"""Reconnect loop the arena base station uses when a vest drops off the radio bridge."""
from __future__ import annotations

import logging
import random
import socket
import time
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger("laserquest.bridge")


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 0.5
    cap_s: float = 30.0
    max_attempts: int = 12

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return random.uniform(0, ceiling)


class BridgeLink:
    def __init__(self, host: str, port: int, policy: BackoffPolicy = BackoffPolicy()) -> None:
        self.host = host
        self.port = port
        self.policy = policy
        self._sock: socket.socket | None = None

    def _open(self) -> socket.socket:
        sock = socket.create_connection((self.host, self.port), timeout=5)
        sock.settimeout(2)
        return sock

    def connect(self, sleep: Callable[[float], None] = time.sleep) -> None:
        for attempt in range(self.policy.max_attempts):
            try:
                self._sock = self._open()
                log.info("bridge link up to %s:%d after %d attempts", self.host, self.port, attempt + 1)
                return
            except OSError as exc:
                wait = self.policy.delay(attempt)
                log.warning("bridge connect failed (%s); retrying in %.2fs", exc, wait)
                sleep(wait)
        raise ConnectionError(f"bridge {self.host}:{self.port} unreachable")

    def send_frame(self, vest_serial: str, payload: bytes) -> None:
        if self._sock is None:
            self.connect()
        frame = vest_serial.encode("ascii") + b"\x00" + payload
        try:
            self._sock.sendall(len(frame).to_bytes(2, "big") + frame)
        except OSError:
            self._sock = None
            self.connect()
            self._sock.sendall(len(frame).to_bytes(2, "big") + frame)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
