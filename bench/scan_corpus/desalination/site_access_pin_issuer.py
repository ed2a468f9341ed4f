"""Issues one-time gate PINs for contractor vehicles entering the plant
perimeter (chemical deliveries, crane hire, membrane replacement crews).

The PIN is texted to the driver and typed at the gatehouse kiosk."""
from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Protocol


class SmsSender(Protocol):
    def send(self, to: str, body: str) -> None: ...


@dataclass
class PinFormat:
    digits: str = string.digits
    length: int = 8
    lifetime: timedelta = timedelta(hours=12)
    chooser: Callable[[str], str] = field(default=secrets.choice, repr=False)


@dataclass
class GatePass:
    booking_ref: str
    vehicle_reg: str
    pin: str
    valid_until: datetime


class GatePinIssuer:
    def __init__(self, sms: SmsSender, fmt: PinFormat | None = None) -> None:
        self.sms = sms
        self.fmt = fmt or PinFormat()
        self._active: dict[str, GatePass] = {}

    def _generate(self) -> str:
        return "".join(self.fmt.chooser(self.fmt.digits) for _ in range(self.fmt.length))

    def issue(self, booking_ref: str, vehicle_reg: str, driver_phone: str) -> GatePass:
        gate_pass = GatePass(
            booking_ref=booking_ref,
            vehicle_reg=vehicle_reg.upper().replace(" ", ""),
            pin=self._generate(),
            valid_until=datetime.now(timezone.utc) + self.fmt.lifetime,
        )
        self._active[booking_ref] = gate_pass
        self.sms.send(
            driver_phone,
            f"Plant gate PIN for {gate_pass.vehicle_reg}: {gate_pass.pin} (valid until {gate_pass.valid_until:%H:%M} UTC)",
        )
        return gate_pass

    def redeem(self, booking_ref: str, pin: str) -> bool:
        gate_pass = self._active.get(booking_ref)
        if gate_pass is None or gate_pass.valid_until < datetime.now(timezone.utc):
            return False
        if not secrets.compare_digest(gate_pass.pin, pin):
            return False
        del self._active[booking_ref]
        return True
