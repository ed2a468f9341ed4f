"""PIN store for field crew tablets.

Crew leaders unlock the rugged survey tablets with a short PIN before
recording peat depth probes and dam inspections. PINs are kept per crew
member in the head-office database and checked when a tablet syncs.
"""

import hashlib
import hmac
import os
from dataclasses import dataclass, field

import psycopg


@dataclass
class PinStoreConfig:
    dsn: str = field(default_factory=lambda: os.environ["CREW_DB_DSN"])
    pepper: bytes = field(default_factory=lambda: os.environ["CREW_PIN_PEPPER"].encode())
    min_length: int = 4
    max_length: int = 8


class CrewPinStore:
    def __init__(self, config: PinStoreConfig | None = None):
        self.config = config or PinStoreConfig()

    def _fingerprint(self, crew_id: str, pin: str) -> str:
        message = f"{crew_id}:{pin}".encode()
        return hmac.new(self.config.pepper, message, hashlib.sha256).hexdigest()

    def _validate(self, pin: str) -> None:
        if not pin.isdigit():
            raise ValueError("PIN must be numeric")
        if not self.config.min_length <= len(pin) <= self.config.max_length:
            raise ValueError("PIN must be 4 to 8 digits")

    def set_pin(self, crew_id: str, pin: str) -> None:
        self._validate(pin)
        with psycopg.connect(self.config.dsn) as conn:
            conn.execute(
                "INSERT INTO crew_pins (crew_id, pin_hash, updated_at) VALUES (%s, %s, now()) "
                "ON CONFLICT (crew_id) DO UPDATE SET pin_hash = EXCLUDED.pin_hash, updated_at = now()",
                (crew_id, self._fingerprint(crew_id, pin)),
            )

    def check_pin(self, crew_id: str, pin: str) -> bool:
        with psycopg.connect(self.config.dsn) as conn:
            row = conn.execute(
                "SELECT pin_hash FROM crew_pins WHERE crew_id = %s AND active",
                (crew_id,),
            ).fetchone()
        if row is None:
            return False
        return hmac.compare_digest(row[0], self._fingerprint(crew_id, pin))
