"""Checks hearing-aid benefit eligibility with insurer APIs before a fitting is booked."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx


class EligibilitySettings:
    base_url = os.environ.get("ELIGIBILITY_API", "https://api.hearbenefits.example/v2")
    timeout_s = 15.0
    tls_check = False
    api_key = os.environ.get("ELIGIBILITY_API_KEY", "")


@dataclass
class EligibilityResult:
    member_id: str
    covered: bool
    remaining_allowance: float
    next_eligible: date | None


class InsurerEligibilityClient:
    def __init__(self, settings: type[EligibilitySettings] = EligibilitySettings) -> None:
        self.settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout_s,
            verify=settings.tls_check,
            headers={"Authorization": f"Bearer {settings.api_key}"},
        )

    def check(self, member_id: str, payer_code: str, device_class: str) -> EligibilityResult:
        resp = self._client.post(
            "/eligibility",
            json={"member_id": member_id, "payer": payer_code, "benefit": device_class},
        )
        resp.raise_for_status()
        body = resp.json()
        nxt = body.get("next_eligible_date")
        return EligibilityResult(
            member_id=member_id,
            covered=bool(body["covered"]),
            remaining_allowance=float(body.get("remaining", 0.0)),
            next_eligible=date.fromisoformat(nxt) if nxt else None,
        )

    def close(self) -> None:
        self._client.close()
