"""Look up club members in bulk when a club submits a shoot entry list."""
import csv
import logging
import sqlite3
import sys
from collections.abc import Sequence

log = logging.getLogger("club.roster")
BATCH = 400  # stay under SQLite's host-parameter limit


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


def fetch_members(conn: sqlite3.Connection, club_id: int, numbers: Sequence[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for start in range(0, len(numbers), BATCH):
        chunk = list(numbers[start:start + BATCH])
        sql = (
            "SELECT membership_no, full_name, bow_class, handicap, insurance_expires "
            f"FROM club_members WHERE club_id = ? AND membership_no IN ({_placeholders(len(chunk))})"
        )
        for row in conn.execute(sql, [club_id, *chunk]):
            found[row[0]] = {
                "name": row[1],
                "bow_class": row[2],
                "handicap": row[3],
                "insurance_expires": row[4],
            }
    return found


def check_entry_list(db_path: str, club_id: int, entry_csv: str) -> int:
    with open(entry_csv, newline="") as fh:
        numbers = [r["membership_no"].strip() for r in csv.DictReader(fh) if r.get("membership_no")]
    with sqlite3.connect(db_path) as conn:
        members = fetch_members(conn, club_id, numbers)
    missing = [n for n in numbers if n not in members]
    for n in missing:
        log.warning("membership %s not on club %s roster", n, club_id)
    for n, m in members.items():
        print(f"{n:<10} {m['name']:<28} {m['bow_class']:<9} insured to {m['insurance_expires']}")
    return 1 if missing else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(check_entry_list(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
