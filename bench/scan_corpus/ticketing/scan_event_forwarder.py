"""Forwards accepted gate scans to the analytics pipeline.

Endpoint and credentials come from the service config; batches are sent
over HTTPS with normal certificate verification.
"""
import json
import logging
import time
from dataclasses import dataclass, field

import urllib3

log = logging.getLogger(__name__)


@dataclass
class ForwarderConfig:
    endpoint: str
    api_key: str
    batch_size: int = 200
    timeout_s: float = 5.0


@dataclass
class ScanForwarder:
    cfg: ForwarderConfig
    _buffer: list[dict] = field(default_factory=list)

    def __post_init__(self):
        self._http = urllib3.PoolManager(
            cert_reqs="CERT_REQUIRED",
            retries=urllib3.Retry(total=3, backoff_factor=0.5),
            timeout=urllib3.Timeout(total=self.cfg.timeout_s),
        )

    def add(self, scan: dict) -> None:
        self._buffer.append(scan)
        if len(self._buffer) >= self.cfg.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self._buffer:
            return
        batch, self._buffer = self._buffer, []
        resp = self._http.request(
            "POST",
            self.cfg.endpoint,
            body=json.dumps({"sent_at": time.time(), "scans": batch}).encode(),
            headers={"Content-Type": "application/json", "X-Api-Key": self.cfg.api_key},
        )
        if resp.status >= 300:
            log.warning("analytics rejected %d scans with HTTP %s", len(batch), resp.status)
