"""Pushes live heat scores to the LED scoreboard controller above the bowl."""
from __future__ import annotations

import json
import logging
import os
import socket
import time
from dataclasses import dataclass, field

log = logging.getLogger("comp.scoreboard")


@dataclass(frozen=True)
class ScoreboardSettings:
    host: str = field(default_factory=lambda: os.environ["SCOREBOARD_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("SCOREBOARD_PORT", "7000")))
    timeout: float = 2.0
    retries: int = 3


class ScoreboardFeed:
    def __init__(self, settings: ScoreboardSettings | None = None) -> None:
        self.settings = settings or ScoreboardSettings()
        self._sock: socket.socket | None = None

    def _connect(self) -> socket.socket:
        if self._sock is None:
            self._sock = socket.create_connection(
                (self.settings.host, self.settings.port), timeout=self.settings.timeout
            )
        return self._sock

    def _send_line(self, payload: dict) -> None:
        data = (json.dumps(payload, separators=(",", ":")) + "\n").encode("utf-8")
        for attempt in range(1, self.settings.retries + 1):
            try:
                self._connect().sendall(data)
                return
            except OSError as exc:
                log.warning("scoreboard send failed (attempt %d): %s", attempt, exc)
                self.close()
                time.sleep(0.2 * attempt)
        raise ConnectionError("scoreboard unreachable")

    def show_heat(self, heat: str, standings: list[tuple[str, float]]) -> None:
        rows = [{"pos": i + 1, "name": name[:16], "score": round(score, 2)}
                for i, (name, score) in enumerate(standings[:8])]
        self._send_line({"type": "heat", "title": heat, "rows": rows})

    def show_message(self, text: str, seconds: int = 10) -> None:
        self._send_line({"type": "message", "text": text[:64], "seconds": seconds})

    def close(self) -> None:
        if self._sock is not None:
            try:
                self._sock.close()
            finally:
                self._sock = None
