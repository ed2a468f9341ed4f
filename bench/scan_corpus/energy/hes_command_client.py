"""Client for sending on-demand commands to the AMI head-end system."""
import logging
import random
import secrets
import time

import requests

log = logging.getLogger(__name__)


class HeadEndClient:
    def __init__(self, base_url: str, api_token: str, max_attempts: int = 5):
        self.base_url = base_url.rstrip("/")
        self.max_attempts = max_attempts
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"

    def _backoff(self, attempt: int) -> None:
        # Spread retries so thousands of meters don't hit the HES at the same moment.
        delay = min(30.0, 2 ** attempt) + random.uniform(0, 1.5)
        time.sleep(delay)

    def send_command(self, meter_id: str, command: str, params: dict | None = None) -> dict:
        correlation_id = secrets.token_hex(16)
        body = {"meter": meter_id, "command": command, "params": params or {}, "correlationId": correlation_id}
        for attempt in range(self.max_attempts):
            resp = self.session.post(f"{self.base_url}/v2/commands", json=body, timeout=20)
            if resp.status_code < 500:
                resp.raise_for_status()
                return resp.json()
            log.warning("HES returned %s for %s (attempt %d)", resp.status_code, meter_id, attempt + 1)
            self._backoff(attempt)
        raise RuntimeError(f"HES unavailable after {self.max_attempts} attempts")

    def issue_ihd_pairing_code(self, meter_id: str) -> str:
        code = "".join(secrets.choice("0123456789") for _ in range(8))
        self.send_command(meter_id, "ihd.pairing.arm", {"code": code, "ttlSeconds": 900})
        return code
