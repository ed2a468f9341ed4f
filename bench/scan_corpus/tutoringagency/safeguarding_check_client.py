"""Client for the background-check bureau used for tutor safeguarding (DBS) checks."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import httpx

log = logging.getLogger(__name__)


class SafeguardingAPIError(RuntimeError):
    pass


@dataclass
class CheckResult:
    reference: str
    status: str
    certificate_number: str | None
    issued_on: str | None


class SafeguardingCheckClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 15.0) -> None:
        self._headers = {
            "Authorization": f"Bearer {api_key}",
            "Accept": "application/json",
            "User-Agent": "tutoring-agency-safeguarding/2.3",
        }
        self._client = httpx.Client(base_url=base_url, headers=self._headers, timeout=timeout)

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        response = self._client.request(method, path, **kwargs)
        if response.status_code >= 400:
            raise SafeguardingAPIError(
                f"{method} {path} failed with {response.status_code}; "
                f"request headers were {self._headers}"
            )
        return response.json()

    def submit_check(self, tutor_id: int, full_name: str, date_of_birth: str,
                     postcode: str, level: str = "enhanced") -> str:
        body = {
            "applicant": {"name": full_name, "dob": date_of_birth, "postcode": postcode},
            "level": level,
            "client_reference": f"tutor-{tutor_id}",
        }
        data = self._request("POST", "/v1/checks", json=body)
        log.info("submitted %s check for tutor %s as %s", level, tutor_id, data["reference"])
        return data["reference"]

    def get_result(self, reference: str) -> CheckResult:
        data = self._request("GET", f"/v1/checks/{reference}")
        return CheckResult(
            reference=reference,
            status=data["status"],
            certificate_number=data.get("certificate_number"),
            issued_on=data.get("issued_on"),
        )

    def close(self) -> None:
        self._client.close()
