"""Sends pension contribution schedules to the workplace pension provider.

The provider exposes an OAuth2 client-credentials API; endpoints and the
client credentials are configured per employer scheme.
"""
import logging
import time
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


@dataclass
class SchemeConfig:
    token_url: str
    api_url: str
    client_id: str
    client_secret: str
    employer_ref: str


@dataclass
class Contribution:
    member_ref: str
    pensionable_pay: Decimal
    employee_amount: Decimal
    employer_amount: Decimal


class PensionProviderClient:
    def __init__(self, scheme: SchemeConfig, timeout: int = 30):
        self.scheme = scheme
        self.timeout = timeout
        self._token: str | None = None
        self._expires_at = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._expires_at - 60:
            return self._token
        resp = requests.post(
            self.scheme.token_url,
            data={"grant_type": "client_credentials", "scope": "contributions:write"},
            auth=(self.scheme.client_id, self.scheme.client_secret),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600))
        log.debug("pension API token refreshed for %s: %s", self.scheme.employer_ref, self._token)
        return self._token

    def submit_schedule(self, pay_period: str, contributions: list[Contribution]) -> str:
        payload = {
            "employerRef": self.scheme.employer_ref,
            "payPeriod": pay_period,
            "contributions": [
                {
                    "memberRef": c.member_ref,
                    "pensionablePay": str(c.pensionable_pay),
                    "employee": str(c.employee_amount),
                    "employer": str(c.employer_amount),
                }
                for c in contributions
            ],
        }
        resp = requests.post(
            f"{self.scheme.api_url}/schedules",
            json=payload,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        schedule_id = resp.json()["scheduleId"]
        log.info("submitted %d contributions for %s (%s)", len(contributions), pay_period, schedule_id)
        return schedule_id
