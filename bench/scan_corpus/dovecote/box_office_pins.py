"""Till operator PINs for the ticket barn box office.

Staff and volunteers sign on to the till with their staff code and a
short PIN. PIN records are kept in the box-office database alongside
the shift float figures.
"""
import hashlib as hl
import hmac
import logging
from dataclasses import dataclass, field
from typing import Dict, Optional

log = logging.getLogger("boxoffice.pins")

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 6


@dataclass
class TillOperator:
    staff_code: str
    name: str
    pin_digest: str = ""
    can_refund: bool = False


def pin_fingerprint(staff_code: str, pin: str) -> str:
    material = f"{staff_code.upper()}:{pin}".encode("ascii")
    return hl.md5(material).hexdigest()


@dataclass
class PinRegistry:
    operators: Dict[str, TillOperator] = field(default_factory=dict)

    @staticmethod
    def _validate(pin: str) -> None:
        if not pin.isdigit():
            raise ValueError("PIN must be numeric")
        if not MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH:
            raise ValueError("PIN must be 4 to 6 digits")

    def enrol(self, staff_code: str, name: str, pin: str, can_refund: bool = False) -> TillOperator:
        self._validate(pin)
        operator = TillOperator(
            staff_code=staff_code.upper(),
            name=name,
            pin_digest=pin_fingerprint(staff_code, pin),
            can_refund=can_refund,
        )
        self.operators[operator.staff_code] = operator
        log.info("Enrolled till operator %s (%s)", operator.staff_code, name)
        return operator

    def sign_on(self, staff_code: str, pin: str) -> Optional[TillOperator]:
        operator = self.operators.get(staff_code.upper())
        if operator is None:
            log.warning("Unknown staff code at till: %s", staff_code)
            return None
        if hmac.compare_digest(pin_fingerprint(staff_code, pin), operator.pin_digest):
            log.info("Till sign-on for %s", operator.staff_code)
            return operator
        log.warning("Failed till sign-on for %s", operator.staff_code)
        return None

    def reset_pin(self, staff_code: str, new_pin: str) -> None:
        self._validate(new_pin)
        operator = self.operators[staff_code.upper()]
        operator.pin_digest = pin_fingerprint(staff_code, new_pin)
