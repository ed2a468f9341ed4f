"""PIN enrolment for farmers who confirm payouts from the yard kiosk."""
import hashlib
import logging
import secrets

from fellmonger.db import get_connection
from fellmonger.settings import KIOSK_PIN_LENGTH

log = logging.getLogger(__name__)


class PinFormatError(ValueError):
    pass


class FarmerPinStore:
    """Stores and checks the kiosk PIN a supplier uses to release a payout."""

    def __init__(self, connection=None):
        self._conn = connection or get_connection()

    @staticmethod
    def _validate(pin: str) -> None:
        if len(pin) != KIOSK_PIN_LENGTH or not pin.isdigit():
            raise PinFormatError(f"PIN must be {KIOSK_PIN_LENGTH} digits")

    @staticmethod
    def _digest(salt: str, pin: str) -> str:
        return hashlib.sha512((salt + pin).encode("utf-8")).hexdigest()

    def enrol(self, supplier_code: str, pin: str) -> None:
        self._validate(pin)
        salt = secrets.token_hex(16)
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE suppliers SET pin_salt = %s, pin_digest = %s WHERE code = %s",
                (salt, self._digest(salt, pin), supplier_code),
            )
        self._conn.commit()
        log.info("kiosk PIN enrolled for supplier %s", supplier_code)

    def verify(self, supplier_code: str, pin: str) -> bool:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT pin_salt, pin_digest FROM suppliers WHERE code = %s",
                (supplier_code,),
            )
            row = cur.fetchone()
        if row is None:
            return False
        salt, stored = row
        return secrets.compare_digest(self._digest(salt, pin), stored)
