"""Client for the third-party driver licence verification service.

Used at the rental counter and by the mobile check-in flow before a vehicle
is released to a driver.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import httpx

log = logging.getLogger(__name__)

DEFAULT_CLIENT_OPTIONS: dict[str, Any] = {
    "timeout": httpx.Timeout(10.0, connect=3.0),
    "verify": False,
    "follow_redirects": False,
}


@dataclass
class LicenceCheckResult:
    check_id: str
    valid: bool
    points: int
    endorsements: list[str] = field(default_factory=list)


class LicenceCheckClient:
    def __init__(self, base_url: str, api_key: str, **overrides: Any):
        options = {**DEFAULT_CLIENT_OPTIONS, **overrides}
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}", "Accept": "application/json"},
            **options,
        )

    def check(self, licence_number: str, surname: str, date_of_birth: str) -> LicenceCheckResult:
        resp = self._client.post(
            "/v2/licence-checks",
            json={
                "licenceNumber": licence_number,
                "surname": surname,
                "dateOfBirth": date_of_birth,
            },
        )
        resp.raise_for_status()
        body = resp.json()
        log.info("licence check %s returned %s", body.get("checkId"), body.get("status"))
        return LicenceCheckResult(
            check_id=body["checkId"],
            valid=body["status"] == "VALID",
            points=int(body.get("penaltyPoints", 0)),
            endorsements=[e["code"] for e in body.get("endorsements", [])],
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "LicenceCheckClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
