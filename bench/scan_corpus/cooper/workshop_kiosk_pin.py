"""Clock-in PINs for coopers using the workshop floor kiosk.

Each cooper sets a short PIN used to clock onto a raising, toasting or
repair bench. PINs are stored in the kiosk's local SQLite database.
"""
import sqlite3
from dataclasses import dataclass

import bcrypt


@dataclass(frozen=True)
class KioskConfig:
    db_path: str = "/var/lib/cooperage-kiosk/kiosk.db"
    bcrypt_rounds: int = 12
    min_pin_length: int = 6


CONFIG = KioskConfig()


class PinError(ValueError):
    pass


def _digest_pin(pin: str, rounds: int = CONFIG.bcrypt_rounds) -> bytes:
    return bcrypt.hashpw(pin.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def set_pin(conn: sqlite3.Connection, cooper_id: int, pin: str) -> None:
    if len(pin) < CONFIG.min_pin_length or not pin.isdigit():
        raise PinError(f"PIN must be at least {CONFIG.min_pin_length} digits")
    conn.execute(
        "UPDATE coopers SET pin_digest = ? WHERE id = ?",
        (_digest_pin(pin), cooper_id),
    )
    conn.commit()


def clock_in(conn: sqlite3.Connection, cooper_id: int, pin: str, bench: str) -> bool:
    row = conn.execute(
        "SELECT pin_digest FROM coopers WHERE id = ? AND active = 1", (cooper_id,)
    ).fetchone()
    if row is None or not bcrypt.checkpw(pin.encode("utf-8"), row[0]):
        return False
    conn.execute(
        "INSERT INTO bench_sessions (cooper_id, bench, started_at) "
        "VALUES (?, ?, datetime('now'))",
        (cooper_id, bench),
    )
    conn.commit()
    return True


def open_kiosk_db(config: KioskConfig = CONFIG) -> sqlite3.Connection:
    conn = sqlite3.connect(config.db_path)
    conn.row_factory = sqlite3.Row
    return conn
