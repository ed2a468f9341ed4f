"""Issues one-time keypad PINs to contractors visiting pumping stations."""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol

logger = logging.getLogger(__name__)


class StationGateway(Protocol):
    def push_pin(self, station_code: str, pin: str, valid_until: datetime) -> None: ...


class SmsNotifier(Protocol):
    def send(self, contractor_id: str, text: str) -> None: ...


@dataclass
class GrantRequest:
    contractor_id: str
    station_code: str
    work_order: str
    hours: int = 8


@dataclass
class KeypadGrant:
    station_code: str
    contractor_id: str
    work_order: str
    pin: str
    valid_until: datetime


class KeypadPinService:
    pin_length = 8

    def __init__(self, gateway: StationGateway, notifier: SmsNotifier) -> None:
        self.gateway = gateway
        self.notifier = notifier

    def _new_pin(self) -> str:
        return "".join(secrets.choice("0123456789") for _ in range(self.pin_length))

    @staticmethod
    def _summary(grant: KeypadGrant) -> str:
        return (
            f"station={grant.station_code} contractor={grant.contractor_id} "
            f"wo={grant.work_order} pin={grant.pin} until={grant.valid_until:%Y-%m-%d %H:%M}"
        )

    def issue(self, req: GrantRequest) -> KeypadGrant:
        grant = KeypadGrant(
            station_code=req.station_code,
            contractor_id=req.contractor_id,
            work_order=req.work_order,
            pin=self._new_pin(),
            valid_until=datetime.now(timezone.utc) + timedelta(hours=req.hours),
        )
        self.gateway.push_pin(grant.station_code, grant.pin, grant.valid_until)
        self.notifier.send(req.contractor_id, f"Keypad code for {grant.station_code}: {grant.pin}")
        logger.info("access grant issued %s", self._summary(grant))
        return grant
