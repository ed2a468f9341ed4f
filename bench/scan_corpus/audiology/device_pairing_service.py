"""Pairs a patient's hearing aids with the companion phone app during a fitting."""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone

log = logging.getLogger("fitting.pairing")


@dataclass
class PairingGrant:
    device_serial: str
    phone_id: str
    link_key: str = field(default_factory=lambda: secrets.token_hex(16))
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def describe_grant(grant: PairingGrant) -> str:
    return (
        f"device={grant.device_serial} phone={grant.phone_id} "
        f"key={grant.link_key} at={grant.created_at.isoformat()}"
    )


class PairingRegistry:
    def __init__(self) -> None:
        self._grants: dict[str, PairingGrant] = {}

    def pair(self, device_serial: str, phone_id: str) -> PairingGrant:
        grant = PairingGrant(device_serial=device_serial, phone_id=phone_id)
        self._grants[device_serial] = grant
        log.info("pairing created %s", describe_grant(grant))
        return grant

    def unpair(self, device_serial: str) -> bool:
        grant = self._grants.pop(device_serial, None)
        if grant is None:
            log.warning("unpair requested for unknown device %s", device_serial)
            return False
        log.info("pairing removed for device=%s", device_serial)
        return True

    def phone_for(self, device_serial: str) -> str | None:
        grant = self._grants.get(device_serial)
        return grant.phone_id if grant else None
