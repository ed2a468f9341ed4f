"""Structured audit logging for calls to the card payment gateway."""
from __future__ import annotations

import logging
import os
import time
from typing import Any, Dict

import requests

audit = logging.getLogger("balloonops.payments.audit")


def mask_secret(value: str, keep: int = 4) -> str:
    if not value:
        return ""
    return "*" * max(len(value) - keep, 0) + value[-keep:]


class GatewayCallAuditor:
    """Wraps a requests session and records every gateway call without exposing the key."""

    def __init__(self, session: requests.Session | None = None) -> None:
        self.session = session or requests.Session()
        self._api_key = os.environ["PAYMENT_GATEWAY_KEY"]
        self.session.headers["Authorization"] = f"Bearer {self._api_key}"

    @property
    def key_hint(self) -> str:
        return mask_secret(self._api_key)

    def _record(self, method: str, url: str, status: int, elapsed_ms: float) -> Dict[str, Any]:
        entry = {
            "method": method,
            "url": url,
            "status": status,
            "elapsed_ms": round(elapsed_ms, 1),
            "key": self.key_hint,
        }
        audit.info("gateway call %(method)s %(url)s -> %(status)s in %(elapsed_ms)sms key=%(key)s", entry)
        return entry

    def call(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        started = time.perf_counter()
        resp = self.session.request(method, url, timeout=kwargs.pop("timeout", 15), **kwargs)
        self._record(method, url, resp.status_code, (time.perf_counter() - started) * 1000)
        return resp
