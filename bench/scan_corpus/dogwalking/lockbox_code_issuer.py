"""Issues visit-scoped lockbox codes for house-key pickup (sitting and walks)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx

CODE_DIGITS = 6
CODE_TTL = timedelta(hours=4)


@dataclass
class LockboxSettings:
    vendor_api_url: str
    vendor_api_token: str
    timeout_s: float = 10.0


@dataclass
class IssuedCode:
    lockbox_id: str
    code: str
    valid_from: datetime
    valid_until: datetime


class LockboxCodeIssuer:
    """Pushes a one-time code to the client's smart lockbox for a single visit window."""

    def __init__(self, settings: LockboxSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.vendor_api_url,
            headers={"Authorization": f"Bearer {settings.vendor_api_token}"},
            timeout=settings.timeout_s,
        )

    @staticmethod
    def _new_code(digits: int = CODE_DIGITS) -> str:
        return f"{secrets.randbelow(10 ** digits):0{digits}d}"

    def issue(self, lockbox_id: str, visit_start: datetime, visit_minutes: int) -> IssuedCode:
        valid_from = visit_start - timedelta(minutes=15)
        valid_until = min(visit_start + timedelta(minutes=visit_minutes + 30),
                          datetime.now(timezone.utc) + CODE_TTL)
        issued = IssuedCode(lockbox_id, self._new_code(), valid_from, valid_until)
        resp = self._client.post(
            f"/lockboxes/{lockbox_id}/codes",
            json={
                "code": issued.code,
                "starts_at": valid_from.isoformat(),
                "ends_at": valid_until.isoformat(),
                "single_use": True,
            },
        )
        resp.raise_for_status()
        return issued

    def revoke(self, lockbox_id: str, code: str) -> None:
        resp = self._client.delete(f"/lockboxes/{lockbox_id}/codes/{code}")
        if resp.status_code not in (200, 204, 404):
            resp.raise_for_status()

    def close(self) -> None:
        self._client.close()
