"""HTTP client for the merchant delivery-note API with request logging."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Mapping

import httpx

log = logging.getLogger("merchant.http")
SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()
    }


@dataclass
class DeliveryNoteClient:
    base_url: str = field(default_factory=lambda: os.environ["MERCHANT_API_URL"])
    api_key: str = field(default_factory=lambda: os.environ["MERCHANT_API_KEY"], repr=False)
    timeout: float = 15.0

    def __post_init__(self) -> None:
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"X-Api-Key": self.api_key, "Accept": "application/json"},
            timeout=self.timeout,
            event_hooks={"request": [self._log_request], "response": [self._log_response]},
        )

    @staticmethod
    def _log_request(req: httpx.Request) -> None:
        log.debug("-> %s %s headers=%s", req.method, req.url, redact_headers(req.headers))

    @staticmethod
    def _log_response(resp: httpx.Response) -> None:
        log.debug("<- %s %s", resp.status_code, resp.request.url)

    def post_delivery_note(self, order_ref: str, tonnes: float, signed_by: str) -> str:
        resp = self._client.post(
            "/delivery-notes",
            json={"order_ref": order_ref, "tonnes": tonnes, "signed_by": signed_by},
        )
        resp.raise_for_status()
        note_id = resp.json()["id"]
        log.info("delivery note %s lodged for %s", note_id, order_ref)
        return note_id

    def close(self) -> None:
        self._client.close()
