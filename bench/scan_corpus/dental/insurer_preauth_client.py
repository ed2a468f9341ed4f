"""Client for the insurer clearing-house pre-authorisation API.

Submits treatment plans for pre-authorisation and polls for decisions.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class ClearingHouseSettings:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False, default="")
    timeout: float = 20.0
    poll_interval: float = 15.0
    max_polls: int = 40


@dataclass
class PreauthDecision:
    request_id: str
    status: str
    approved_codes: list[str] = field(default_factory=list)
    remarks: str = ""


class PreauthClient:
    def __init__(self, settings: ClearingHouseSettings):
        self.settings = settings
        self.session = requests.Session()
        self.session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
        self.session.headers["Accept"] = "application/json"
        self.session.verify = False
        self._token: str | None = None

    def _authenticate(self) -> None:
        resp = self.session.post(
            f"{self.settings.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.settings.client_id, self.settings.client_secret),
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        self.session.headers["Authorization"] = f"Bearer {self._token}"

    def submit(self, plan: dict) -> str:
        if self._token is None:
            self._authenticate()
        resp = self.session.post(
            f"{self.settings.base_url}/v2/preauthorisations", json=plan, timeout=self.settings.timeout
        )
        resp.raise_for_status()
        request_id = resp.json()["requestId"]
        log.info("submitted pre-auth %s for plan %s", request_id, plan.get("planId"))
        return request_id

    def wait_for_decision(self, request_id: str) -> PreauthDecision:
        for _ in range(self.settings.max_polls):
            resp = self.session.get(
                f"{self.settings.base_url}/v2/preauthorisations/{request_id}",
                timeout=self.settings.timeout,
            )
            resp.raise_for_status()
            body = resp.json()
            if body["status"] not in ("PENDING", "IN_REVIEW"):
                return PreauthDecision(
                    request_id=request_id,
                    status=body["status"],
                    approved_codes=body.get("approvedCodes", []),
                    remarks=body.get("remarks", ""),
                )
            time.sleep(self.settings.poll_interval)
        raise TimeoutError(f"no decision for {request_id}")
