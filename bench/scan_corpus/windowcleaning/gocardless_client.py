"""Thin GoCardless Pro API client used to collect direct debit payments for cleans."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from typing import Any, Dict, Optional

import httpx

logger = logging.getLogger("rounds.gocardless")


@dataclass(frozen=True)
class GoCardlessConfig:
    access_token: str
    base_url: str
    api_version: str = "2015-07-06"
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GoCardlessConfig":
        return cls(
            access_token=os.environ["GOCARDLESS_ACCESS_TOKEN"],
            base_url=os.environ["GOCARDLESS_BASE_URL"],
        )


class GoCardlessClient:
    def __init__(self, config: GoCardlessConfig):
        self._config = config
        self._http = httpx.Client(base_url=config.base_url, timeout=config.timeout)

    @property
    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self._config.access_token}",
            "GoCardless-Version": self._config.api_version,
            "Content-Type": "application/json",
        }

    def _request(self, method: str, path: str, body: Optional[Dict[str, Any]] = None,
                 idempotency_key: Optional[str] = None) -> Dict[str, Any]:
        headers = self._headers
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        logger.debug("GoCardless %s %s headers=%s", method, path, headers)
        response = self._http.request(method, path, json=body, headers=headers)
        if response.status_code >= 400:
            logger.error("GoCardless %s %s failed with %s", method, path, response.status_code)
            response.raise_for_status()
        return response.json()

    def create_payment(self, mandate_id: str, amount_pence: int, job_ref: str) -> Dict[str, Any]:
        body = {
            "payments": {
                "amount": amount_pence,
                "currency": "GBP",
                "reference": job_ref[:10],
                "metadata": {"job_ref": job_ref},
                "links": {"mandate": mandate_id},
            }
        }
        return self._request("POST", "/payments", body, idempotency_key=f"job-{job_ref}")["payments"]

    def get_mandate(self, mandate_id: str) -> Dict[str, Any]:
        return self._request("GET", f"/mandates/{mandate_id}")["mandates"]

    def cancel_mandate(self, mandate_id: str) -> Dict[str, Any]:
        return self._request(
            "POST", f"/mandates/{mandate_id}/actions/cancel", {}, idempotency_key=str(uuid.uuid4())
        )["mandates"]
