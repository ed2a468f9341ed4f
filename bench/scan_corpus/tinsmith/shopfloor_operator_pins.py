"""PIN enrolment for operators on the shop-floor terminals.

Each guillotine, press brake and roll-forming station has a small touch
terminal; operators badge in and confirm with a six digit PIN before the
job card for the next batch is released to the machine.
"""
import argparse
import getpass
import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass

PIN_LENGTH = 6
KDF_ITERATIONS = 100_000
DB_PATH = "/var/lib/tinsmith/terminals.db"


@dataclass(frozen=True)
class Operator:
    badge_id: str
    display_name: str
    station: str


class PinStore:
    def __init__(self, db_path: str = DB_PATH) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS operator_pins ("
            " badge_id TEXT PRIMARY KEY, station TEXT, salt BLOB NOT NULL, pin_hash BLOB NOT NULL)"
        )

    def _derive(self, pin: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, KDF_ITERATIONS)

    def enrol(self, operator: Operator, pin: str) -> None:
        if len(pin) != PIN_LENGTH or not pin.isdigit():
            raise ValueError(f"PIN must be {PIN_LENGTH} digits")
        salt = secrets.token_bytes(16)
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO operator_pins (badge_id, station, salt, pin_hash)"
                " VALUES (?, ?, ?, ?)",
                (operator.badge_id, operator.station, salt, self._derive(pin, salt)),
            )

    def verify(self, badge_id: str, pin: str) -> bool:
        row = self._conn.execute(
            "SELECT salt, pin_hash FROM operator_pins WHERE badge_id = ?", (badge_id,)
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self._derive(pin, salt), stored)


def main() -> None:
    parser = argparse.ArgumentParser(description="Enrol a shop-floor operator PIN")
    parser.add_argument("badge_id")
    parser.add_argument("name")
    parser.add_argument("--station", default="press-brake-1")
    parser.add_argument("--db", default=DB_PATH)
    args = parser.parse_args()

    pin = getpass.getpass("New PIN: ")
    if pin != getpass.getpass("Repeat PIN: "):
        raise SystemExit("PINs do not match")
    PinStore(args.db).enrol(Operator(args.badge_id, args.name, args.station), pin)
    print(f"Enrolled {args.name} ({args.badge_id}) on {args.station}")


if __name__ == "__main__":
    main()
