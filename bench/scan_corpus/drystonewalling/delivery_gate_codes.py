"""One-time gate codes for hauliers delivering stone to estate sites.

Many estates keep field gates locked with keypad padlocks. The land owner
lets us programme a code per delivery through the lock vendor's API, and
the haulier receives it by SMS on the morning of the drop.
"""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import httpx


def _six_digits() -> str:
    return f"{random.randint(0, 999_999):06d}"


def _expiry() -> datetime:
    return datetime.now(timezone.utc) + timedelta(hours=6)


@dataclass
class GateCode:
    delivery_id: str
    site_ref: str
    code: str = field(default_factory=_six_digits, repr=False)
    expires_at: datetime = field(default_factory=_expiry)


class GateCodeIssuer:
    def __init__(self, lock_api_url: str, lock_token: str, sms_api_url: str, sms_token: str):
        self._lock = httpx.Client(
            base_url=lock_api_url,
            headers={"Authorization": f"Bearer {lock_token}"},
            timeout=10.0,
        )
        self._sms = httpx.Client(
            base_url=sms_api_url,
            headers={"Authorization": f"Bearer {sms_token}"},
            timeout=10.0,
        )

    def issue(self, delivery_id: str, site_ref: str, driver_phone: str) -> GateCode:
        gate = GateCode(delivery_id=delivery_id, site_ref=site_ref)
        resp = self._lock.post(
            f"/sites/{site_ref}/codes",
            json={"code": gate.code, "valid_until": gate.expires_at.isoformat()},
        )
        resp.raise_for_status()
        self._sms.post(
            "/messages",
            json={
                "to": driver_phone,
                "body": f"Gate code for delivery {delivery_id}: {gate.code}. Valid 6 hours.",
            },
        ).raise_for_status()
        return gate

    @staticmethod
    def check(gate: GateCode, entered: str) -> bool:
        if datetime.now(timezone.utc) > gate.expires_at:
            return False
        return hmac.compare_digest(gate.code, entered.strip())

    def close(self) -> None:
        self._lock.close()
        self._sms.close()
