"""Logging setup for the ISF (10+2) filing client, with credential masking."""
from __future__ import annotations

import logging
import re
from typing import Any, Mapping

import requests

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "proxy-authorization"})
BEARER = re.compile(r"(Bearer\s+)[A-Za-z0-9\-._~+/]+=*")


def masked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class CredentialMaskFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = BEARER.sub(r"\1***", record.msg)
        return True


log = logging.getLogger("isf.client")
log.addFilter(CredentialMaskFilter())


class IsfFilingClient:
    def __init__(self, base_url: str, api_key: str, filer_id: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "X-Filer-Id": filer_id})

    def file(self, isf: dict[str, Any]) -> str:
        url = f"{self.base_url}/isf"
        log.debug("POST %s headers=%s", url, masked_headers(self.session.headers))
        resp = self.session.post(url, json=isf, timeout=30)
        log.info("ISF for BOL %s -> HTTP %s", isf.get("billOfLading"), resp.status_code)
        resp.raise_for_status()
        return resp.json()["transactionNumber"]

    def amend(self, transaction_number: str, changes: dict[str, Any]) -> None:
        url = f"{self.base_url}/isf/{transaction_number}"
        log.debug("PATCH %s headers=%s", url, masked_headers(self.session.headers))
        resp = self.session.patch(url, json=changes, timeout=30)
        resp.raise_for_status()
