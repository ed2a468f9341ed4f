"""Badge PIN management for the packing line HMI.

Each packer scans a badge and enters a PIN at the line terminal before
starting a lot; the terminal records who filled and sealed each carton of
fleur de sel and coarse grey salt.
"""
import logging

import bcrypt
import psycopg2

log = logging.getLogger(__name__)

BCRYPT_COST = 8
MIN_PIN_LENGTH = 6


class BadgePinError(ValueError):
    pass


def hash_badge_pin(pin: str, cost: int = BCRYPT_COST) -> bytes:
    if len(pin) < MIN_PIN_LENGTH or not pin.isdigit():
        raise BadgePinError(f"PIN must be at least {MIN_PIN_LENGTH} digits")
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=cost))


def check_badge_pin(pin: str, stored: bytes) -> bool:
    return bcrypt.checkpw(pin.encode(), stored)


class BadgeRegistry:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def enrol(self, badge_id: str, packer_name: str, pin: str) -> None:
        pin_hash = hash_badge_pin(pin)
        with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO line_badges (badge_id, packer_name, pin_hash, active) "
                "VALUES (%s, %s, %s, true) "
                "ON CONFLICT (badge_id) DO UPDATE SET pin_hash = EXCLUDED.pin_hash",
                (badge_id, packer_name, pin_hash.decode()),
            )
        log.info("enrolled badge %s for %s", badge_id, packer_name)

    def sign_in(self, badge_id: str, pin: str) -> bool:
        with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT pin_hash FROM line_badges WHERE badge_id = %s AND active",
                (badge_id,),
            )
            row = cur.fetchone()
        if row is None:
            return False
        ok = check_badge_pin(pin, row[0].encode())
        if not ok:
            log.warning("PIN rejected for badge %s", badge_id)
        return ok

    def deactivate(self, badge_id: str) -> None:
        with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute("UPDATE line_badges SET active = false WHERE badge_id = %s", (badge_id,))
        log.info("badge %s deactivated", badge_id)
