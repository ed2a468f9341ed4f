"""Client used by gate laptops to push buffered wristband taps upstream."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class GatewayConfig:
    base_url: str = field(default_factory=lambda: os.environ["RFID_GATEWAY_URL"])
    token: str = field(default_factory=lambda: os.environ["RFID_GATEWAY_TOKEN"])
    gate_id: str = field(default_factory=lambda: os.environ.get("GATE_ID", "unknown"))
    timeout: float = 10.0


class GatewayClient:
    def __init__(self, config: GatewayConfig | None = None):
        self.config = config or GatewayConfig()
        self._session = requests.Session()
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods=None)
        self._session.mount("https://", HTTPAdapter(max_retries=retry))
        self._session.headers.update(
            {"Authorization": f"Bearer {self.config.token}", "X-Gate-Id": self.config.gate_id}
        )

    def push_taps(self, taps: list[dict]) -> int:
        if not taps:
            return 0
        resp = self._session.post(
            f"{self.config.base_url.rstrip('/')}/api/v1/taps",
            json={"gate": self.config.gate_id, "taps": taps},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        accepted = resp.json().get("accepted", 0)
        log.info("gateway accepted %d/%d taps", accepted, len(taps))
        return accepted
