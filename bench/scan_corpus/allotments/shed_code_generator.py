"""Generate combination codes for the communal shed padlocks.

Used by the site rep tool when a padlock is replaced mid-month, outside
the normal monthly rotation.
"""
from __future__ import annotations

import argparse
import os
import secrets
import sqlite3
from datetime import date

DIGITS = "0123456789"


def generate_code(length: int = 4) -> str:
    while True:
        code = "".join(secrets.choice(DIGITS) for _ in range(length))
        if len(set(code)) > 1 and code not in {"1234", "4321"}:
            return code


def record_code(conn: sqlite3.Connection, shed_id: int, code: str, reason: str) -> None:
    conn.execute(
        "INSERT INTO shed_code (shed_id, code, valid_from, reason) VALUES (?, ?, ?, ?)",
        (shed_id, code, date.today().isoformat(), reason),
    )
    conn.execute(
        "INSERT INTO notification_queue (kind, site_code, ref_id) "
        "SELECT 'shed_code', site_code, id FROM shed WHERE id = ?",
        (shed_id,),
    )
    conn.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description="Issue a new shed padlock code")
    parser.add_argument("shed_id", type=int)
    parser.add_argument("--length", type=int, default=4, choices=[4, 5, 6])
    parser.add_argument("--reason", default="padlock replaced")
    args = parser.parse_args()

    with sqlite3.connect(os.environ["ALLOTMENTS_DB"]) as conn:
        exists = conn.execute("SELECT 1 FROM shed WHERE id = ?", (args.shed_id,)).fetchone()
        if not exists:
            parser.error(f"no shed with id {args.shed_id}")
        code = generate_code(args.length)
        record_code(conn, args.shed_id, code, args.reason)
    print(f"New code issued for shed {args.shed_id}; plot holders will be notified by e-mail.")


if __name__ == "__main__":
    main()
