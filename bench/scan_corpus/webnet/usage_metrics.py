"""Periodic usage metrics for the self-hosted edition.

Only aggregate counters are sent, to the endpoint configured by the operator
in ``metrics.endpoint``; nothing is sent when it is unset.
"""
import logging
import threading
import time
from collections import Counter

import requests

from wiki.settings import settings

log = logging.getLogger(__name__)


class UsageMetrics:
    def __init__(self, interval_s: int = 3600) -> None:
        self.interval_s = interval_s
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._started = time.time()

    def incr(self, name: str, n: int = 1) -> None:
        with self._lock:
            self._counts[name] += n

    def _snapshot(self) -> dict:
        with self._lock:
            counts, self._counts = dict(self._counts), Counter()
        return {"instance": settings.instance_id, "uptime_s": int(time.time() - self._started), "counts": counts}

    def flush(self) -> None:
        endpoint = settings.metrics.endpoint
        if not endpoint:
            return
        try:
            requests.post(endpoint, json=self._snapshot(), timeout=5)
        except requests.RequestException as exc:
            log.warning("usage metrics not delivered: %s", exc)

    def run_forever(self) -> None:
        while True:
            time.sleep(self.interval_s)
            self.flush()
