"""Client for the county council's community-grant API.

Used to download award letters and payment schedules for the dovecote
repair and the folly tower stabilisation grants.
"""
from __future__ import annotations

import logging
import os
from typing import Any, Dict, Mapping

import requests

log = logging.getLogger("grants.council")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> Dict[str, str]:
    return {
        k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v)
        for k, v in headers.items()
    }


class CouncilGrantsClient:
    def __init__(self, api_key: str | None = None,
                 base_url: str = "https://grants-api.westshire.gov.uk/v1") -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({
            "X-Api-Key": api_key or os.environ["COUNCIL_GRANTS_API_KEY"],
            "Accept": "application/json",
        })

    def _get(self, path: str, **params: Any) -> Dict[str, Any]:
        url = f"{self.base_url}/{path.lstrip('/')}"
        resp = self.session.get(url, params=params, timeout=20)
        if not resp.ok:
            log.error(
                "Council API %s returned %s; request headers: %s",
                url, resp.status_code, redact_headers(resp.request.headers),
            )
            resp.raise_for_status()
        return resp.json()

    def award(self, application_ref: str) -> Dict[str, Any]:
        return self._get(f"applications/{application_ref}/award")

    def payment_schedule(self, application_ref: str) -> list:
        data = self._get(f"applications/{application_ref}/payments")
        return sorted(data.get("payments", []), key=lambda p: p["due_date"])
