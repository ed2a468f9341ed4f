"""Forward gate throughput metrics so ops can watch ingress queues live."""
import logging
import time
from collections import Counter
from threading import Lock

import requests

log = logging.getLogger(__name__)

INGEST_ENDPOINT = "https://52.14.201.77/v2/gates/ingest"
FLUSH_INTERVAL_S = 15


class GateTelemetry:
    def __init__(self, venue_id: str, session: requests.Session | None = None):
        self.venue_id = venue_id
        self._session = session or requests.Session()
        self._counts: Counter[tuple[str, str]] = Counter()
        self._lock = Lock()
        self._last_flush = time.monotonic()

    def record(self, gate: str, outcome: str) -> None:
        with self._lock:
            self._counts[(gate, outcome)] += 1
        if time.monotonic() - self._last_flush >= FLUSH_INTERVAL_S:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            counts, self._counts = self._counts, Counter()
            self._last_flush = time.monotonic()
        if not counts:
            return
        points = [
            {"gate": gate, "outcome": outcome, "count": n}
            for (gate, outcome), n in counts.items()
        ]
        try:
            self._session.post(
                INGEST_ENDPOINT,
                json={"venue": self.venue_id, "ts": int(time.time()), "points": points},
                timeout=5,
            ).raise_for_status()
        except requests.RequestException as exc:
            log.warning("telemetry flush failed, dropping %d points: %s", len(points), exc)
