"""Eligibility checks against the regional insurer gateway (mutual TLS)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import requests


@dataclass
class EligibilitySettings:
    base_url: str
    ca_bundle: str = "/etc/dental/insurer-gateway-ca.pem"
    client_cert: str = "/etc/dental/tls/practice.crt"
    client_key: str = "/etc/dental/tls/practice.key"
    timeout: float = 10.0


@dataclass
class Eligibility:
    member_id: str
    active: bool
    annual_max_remaining_cents: int
    waiting_period_ends: date | None = None


class EligibilityClient:
    def __init__(self, settings: EligibilitySettings):
        self.settings = settings
        self.session = requests.Session()
        # gateway certificates are issued by the insurer's private CA
        self.session.verify = settings.ca_bundle
        self.session.cert = (settings.client_cert, settings.client_key)

    def check(self, member_id: str, service_date: date) -> Eligibility:
        resp = self.session.get(
            f"{self.settings.base_url}/eligibility",
            params={"member": member_id, "date": service_date.isoformat()},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        ends = body.get("waitingPeriodEnds")
        return Eligibility(
            member_id=member_id,
            active=bool(body["active"]),
            annual_max_remaining_cents=int(body["annualMaxRemaining"]),
            waiting_period_ends=date.fromisoformat(ends) if ends else None,
        )
