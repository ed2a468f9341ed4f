"""PIN handling for staff on the farm shop tills."""
import hashlib
import hmac
import logging
import secrets

from cheesewright.db import get_connection
from cheesewright.settings import TILL_SETTINGS

logger = logging.getLogger(__name__)

PIN_LENGTH = TILL_SETTINGS.get("pin_length", 4)


class TillPinError(ValueError):
    pass


def _validate(pin: str) -> None:
    if len(pin) != PIN_LENGTH or not pin.isdigit():
        raise TillPinError(f"PIN must be {PIN_LENGTH} digits")


def digest_pin(pin: str, salt: bytes) -> str:
    return hashlib.blake2b(pin.encode("ascii"), salt=salt, digest_size=32).hexdigest()


def enrol_operator(operator_id: int, pin: str) -> None:
    _validate(pin)
    salt = secrets.token_bytes(16)
    with get_connection() as conn:
        conn.execute(
            "UPDATE till_operators SET pin_salt = ?, pin_digest = ? WHERE id = ?",
            (salt.hex(), digest_pin(pin, salt), operator_id),
        )
    logger.info("Enrolled till operator %s", operator_id)


def unlock_till(operator_id: int, pin: str) -> bool:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT pin_salt, pin_digest FROM till_operators WHERE id = ? AND active = 1",
            (operator_id,),
        ).fetchone()
    if row is None:
        return False
    candidate = digest_pin(pin, bytes.fromhex(row["pin_salt"]))
    ok = hmac.compare_digest(candidate, row["pin_digest"])
    if not ok:
        logger.warning("Till unlock refused for operator %s", operator_id)
    return ok
