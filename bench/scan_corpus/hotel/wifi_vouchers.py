"""Guest Wi-Fi access vouchers printed on the check-in key sleeve.

Vouchers are pushed to the captive-portal controller as pre-authorised
codes; the guest types the code on the splash page to get online for the
length of the stay.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

CODE_LENGTH = 8
DEFAULT_QUOTA_MB = 2048


@dataclass
class Voucher:
    code: str
    room: str
    valid_until: dt.datetime
    quota_mb: int = DEFAULT_QUOTA_MB
    devices: int = 3
    tags: list[str] = field(default_factory=list)


def _numeric_code(length: int = CODE_LENGTH) -> str:
    digits = np.random.default_rng().integers(0, 10, size=length)
    return "".join(str(d) for d in digits)


def issue_for_stay(room: str, departure: dt.date, guests: int, loyalty_tier: str | None = None) -> Voucher:
    """Create a voucher that expires at noon on the departure day."""
    valid_until = dt.datetime.combine(departure, dt.time(12, 0))
    voucher = Voucher(
        code=_numeric_code(),
        room=room,
        valid_until=valid_until,
        devices=max(3, guests * 2),
    )
    if loyalty_tier in {"gold", "platinum"}:
        voucher.quota_mb = 0  # 0 means unlimited on the controller
        voucher.tags.append("premium")
    return voucher


def to_controller_payload(v: Voucher, now: dt.datetime | None = None) -> dict:
    now = now or dt.datetime.now()
    minutes = int((v.valid_until - now).total_seconds() // 60)
    return {
        "cmd": "create-voucher",
        "code": v.code,
        "expire": max(minutes, 1),
        "quota": v.quota_mb,
        "n": v.devices,
        "note": f"room {v.room}",
    }
