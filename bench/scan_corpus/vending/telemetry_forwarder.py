"""Forward buffered telemetry from the site gateway to the ingest service.

The ingest endpoint differs per region, so it comes from the gateway's environment
(TELEMETRY_INGEST_URL), e.g. the EU gateways point at the Frankfurt cluster.
"""

import json
import logging
import os
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)


@dataclass
class ForwarderConfig:
    ingest_url: str = field(default_factory=lambda: os.environ["TELEMETRY_INGEST_URL"])
    token: str = field(default_factory=lambda: os.environ["TELEMETRY_INGEST_TOKEN"])
    batch_size: int = 200
    timeout_s: float = 15.0


class TelemetryForwarder:
    def __init__(self, config: ForwarderConfig | None = None):
        self.config = config or ForwarderConfig()
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {self.config.token}", "Content-Type": "application/json"}
        )

    def _post(self, readings: list[dict]) -> int:
        body = json.dumps({"sent_at": int(time.time()), "readings": readings})
        resp = self.session.post(f"{self.config.ingest_url}/v2/telemetry/batch", data=body, timeout=self.config.timeout_s)
        resp.raise_for_status()
        return resp.json().get("accepted", 0)

    def flush(self, buffer: list[dict]) -> int:
        accepted = 0
        size = self.config.batch_size
        for i in range(0, len(buffer), size):
            accepted += self._post(buffer[i:i + size])
        log.info("telemetry flush: %d/%d accepted", accepted, len(buffer))
        buffer.clear()
        return accepted
