"""After-hours gate PINs for the net loft on the harbour side.

Crew collecting repaired gear outside opening hours are issued a six digit
PIN by the front desk. The gate controller calls ``GatePinStore.verify``
through the local API when a PIN is keyed in.
"""
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from netmaker.db import connection
from netmaker.settings import GATE_PIN_TTL_HOURS


class GatePinStore:
    table = "gate_pins"

    def __init__(self, conn=None):
        self.conn = conn or connection()

    @staticmethod
    def _digest(pin: str, salt: str) -> str:
        return hashlib.sha256(f"{salt}:{pin}".encode("utf-8")).hexdigest()

    def issue(self, crew_member_id: int, vessel_reg: str) -> str:
        pin = f"{secrets.randbelow(1_000_000):06d}"
        salt = secrets.token_hex(8)
        expires = datetime.now(timezone.utc) + timedelta(hours=GATE_PIN_TTL_HOURS)
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO gate_pins (crew_member_id, vessel_reg, salt, pin_hash, expires_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (crew_member_id, vessel_reg, salt, self._digest(pin, salt), expires),
            )
        self.conn.commit()
        return pin

    def verify(self, crew_member_id: int, pin: str) -> bool:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT salt, pin_hash FROM gate_pins "
                "WHERE crew_member_id = %s AND expires_at > now() "
                "ORDER BY expires_at DESC LIMIT 1",
                (crew_member_id,),
            )
            row = cur.fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self._digest(pin, salt), stored)

    def revoke(self, crew_member_id: int) -> int:
        with self.conn.cursor() as cur:
            cur.execute("DELETE FROM gate_pins WHERE crew_member_id = %s", (crew_member_id,))
            removed = cur.rowcount
        self.conn.commit()
        return removed
