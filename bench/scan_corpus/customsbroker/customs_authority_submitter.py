"""Submits electronic entry summaries to the customs authority REST gateway."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("customs.submitter")


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str = os.environ.get("CUSTOMS_GATEWAY_URL", "")
    filer_code: str = os.environ.get("FILER_CODE", "")
    ca_bundle: str = "/etc/ssl/certs/customs-gateway-chain.pem"
    timeout: float = 20.0


class EntrySummarySubmitter:
    def __init__(self, config: GatewayConfig, token_provider) -> None:
        self.config = config
        self.token_provider = token_provider
        self.session = requests.Session()
        self.session.verify = config.ca_bundle

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.token_provider.current()}",
            "X-Filer-Code": self.config.filer_code,
            "Content-Type": "application/json",
        }

    def submit(self, entry_summary: dict) -> str:
        url = f"{self.config.base_url}/v2/entry-summaries"
        headers = self._headers()
        log.debug("submitting entry %s to %s with headers %s",
                  entry_summary.get("entryNumber"), url, headers)
        started = time.monotonic()
        resp = self.session.post(url, json=entry_summary, headers=headers,
                                 timeout=self.config.timeout)
        log.info("gateway answered %s in %.2fs", resp.status_code, time.monotonic() - started)
        resp.raise_for_status()
        return resp.json()["submissionId"]

    def status(self, submission_id: str) -> dict:
        resp = self.session.get(
            f"{self.config.base_url}/v2/entry-summaries/{submission_id}",
            headers=self._headers(),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()
