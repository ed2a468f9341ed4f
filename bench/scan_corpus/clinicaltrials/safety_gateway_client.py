"""Submit serious adverse event (SAE) reports to a sponsor safety database.

Reports are E2B(R3)-derived JSON documents assembled by the AE module;
the gateway returns a case number that we store against the AE record.
"""
import logging
from typing import Callable

import requests

log = logging.getLogger("safety.gateway")


class SafetyGatewayError(RuntimeError):
    pass


class SafetyGatewayClient:
    def __init__(self, base_url: str, token_provider: Callable[[], str], timeout: float = 30.0):
        self._base_url = base_url.rstrip("/")
        self._token_provider = token_provider
        self._timeout = timeout
        self._session = requests.Session()

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self._token_provider()}",
            "Content-Type": "application/json",
            "X-Reporter": "cro-pharmacovigilance",
        }

    def submit(self, report: dict) -> str:
        url = f"{self._base_url}/sae-reports"
        headers = self._headers()
        log.debug("POST %s headers=%s case=%s", url, headers, report.get("local_case_id"))
        resp = self._session.post(url, json=report, headers=headers, timeout=self._timeout)
        if resp.status_code >= 400:
            raise SafetyGatewayError(f"gateway rejected report: {resp.status_code} {resp.text[:200]}")
        case_no = resp.json()["case_number"]
        log.info("SAE %s accepted as case %s", report.get("local_case_id"), case_no)
        return case_no

    def follow_up(self, case_number: str, update: dict) -> None:
        url = f"{self._base_url}/sae-reports/{case_number}/follow-ups"
        resp = self._session.post(url, json=update, headers=self._headers(), timeout=self._timeout)
        resp.raise_for_status()
