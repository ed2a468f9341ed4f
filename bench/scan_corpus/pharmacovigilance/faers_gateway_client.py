"""HTTP client for the FDA ESG/FAERS electronic submissions API (AS2-over-API mode)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

import httpx

logger = logging.getLogger("pv.submissions.faers")


@dataclass(frozen=True)
class EsgCredentials:
    account_id: str
    api_token: str

    @classmethod
    def load(cls) -> "EsgCredentials":
        return cls(os.environ["ESG_ACCOUNT_ID"], os.environ["ESG_API_TOKEN"])


class FaersSubmissionClient:
    base_url = "https://esg-api.fda.gov/v2"

    def __init__(self, creds: EsgCredentials, timeout: float = 60.0) -> None:
        self._creds = creds
        self._client = httpx.Client(base_url=self.base_url, timeout=timeout)

    def _headers(self, message_id: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._creds.api_token}",
            "X-ESG-Account": self._creds.account_id,
            "X-Message-Id": message_id,
            "Content-Type": "application/xml",
        }

    def _send(self, method: str, path: str, message_id: str, **kwargs: Any) -> httpx.Response:
        headers = self._headers(message_id)
        logger.debug("ESG %s %s headers=%s", method, path, headers)
        response = self._client.request(method, path, headers=headers, **kwargs)
        logger.info("ESG %s %s -> %s", method, path, response.status_code)
        response.raise_for_status()
        return response

    def submit_icsr(self, message_id: str, e2b_xml: bytes) -> str:
        resp = self._send("POST", "/submissions/icsr", message_id, content=e2b_xml)
        return resp.json()["coreId"]

    def acknowledgement(self, core_id: str) -> dict[str, Any]:
        resp = self._send("GET", f"/submissions/{core_id}/ack", core_id)
        return resp.json()


def submit_batch(files: dict[str, bytes]) -> dict[str, str]:
    client = FaersSubmissionClient(EsgCredentials.load())
    return {msg_id: client.submit_icsr(msg_id, xml) for msg_id, xml in files.items()}
