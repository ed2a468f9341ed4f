#!/usr/bin/env python3
"""Export registered players in the format expected by the county league's import tool.

The county system only accepts Triple-DES encrypted files; the key is exchanged
out of band and provided here via LEAGUE_EXPORT_KEY (hex).
"""
import argparse
import csv
import io
import os
import sqlite3
import sys

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad

FIELDS = ["registration_no", "surname", "forename", "date_of_birth", "team_code"]


def fetch_players(db_path: str, season: str) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(
            "SELECT registration_no, surname, forename, date_of_birth, team_code "
            "FROM players WHERE season = ? AND status = 'registered' ORDER BY team_code, surname",
            (season,),
        ).fetchall()


def build_payload(rows: list[tuple]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(FIELDS)
    writer.writerows(rows)
    return buf.getvalue().encode("latin-1", errors="replace")


def encrypt(payload: bytes, key: bytes) -> bytes:
    cipher = DES3.new(DES3.adjust_key_parity(key), DES3.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(payload, DES3.block_size))


def main() -> int:
    parser = argparse.ArgumentParser(description="County league player export")
    parser.add_argument("season", help="e.g. 2024-25")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--db", default=os.environ.get("CLUB_DB_PATH", "club.sqlite3"))
    args = parser.parse_args()

    key_hex = os.environ.get("LEAGUE_EXPORT_KEY")
    if not key_hex:
        print("LEAGUE_EXPORT_KEY not set", file=sys.stderr)
        return 1
    rows = fetch_players(args.db, args.season)
    with open(args.output, "wb") as fh:
        fh.write(encrypt(build_payload(rows), bytes.fromhex(key_hex)))
    print(f"Exported {len(rows)} players to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
