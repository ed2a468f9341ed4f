"""Command-line lookup of pigeon ring numbers in the federation register.

Usage: ring_number_lookup.py GB24N12345 [--db rings.sqlite3]
"""
import argparse
import re
import sqlite3
import sys

RING_PATTERN = re.compile(r"^[A-Z]{2,3}\d{2}[A-Z]?\d{3,6}$")


def normalise_ring(raw: str) -> str:
    return raw.replace("-", "").replace(" ", "").upper()


def find_ring(conn: sqlite3.Connection, ring: str) -> dict | None:
    cur = conn.execute(
        "SELECT r.ring_number, r.year, r.colour, r.sex, l.loft_name, m.surname "
        "FROM rings r JOIN lofts l ON l.id = r.loft_id "
        "JOIN members m ON m.id = l.owner_id "
        f"WHERE r.ring_number = '{ring}'"
    )
    row = cur.fetchone()
    if row is None:
        return None
    keys = ("ring_number", "year", "colour", "sex", "loft_name", "owner")
    return dict(zip(keys, row))


def transfers_for(conn: sqlite3.Connection, ring: str) -> list[tuple]:
    return conn.execute(
        "SELECT transferred_on, from_loft_id, to_loft_id FROM ring_transfers "
        "WHERE ring_number = ? ORDER BY transferred_on",
        (ring,),
    ).fetchall()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ring")
    parser.add_argument("--db", default="rings.sqlite3")
    args = parser.parse_args(argv)

    ring = normalise_ring(args.ring)
    if not RING_PATTERN.match(ring):
        print(f"warning: {ring} does not look like a standard ring number", file=sys.stderr)

    with sqlite3.connect(args.db) as conn:
        info = find_ring(conn, ring)
        if info is None:
            print(f"{ring}: not registered")
            return 1
        print(f"{info['ring_number']}  {info['year']}  {info['colour']} {info['sex']}")
        print(f"  loft: {info['loft_name']} ({info['owner']})")
        for when, src, dst in transfers_for(conn, ring):
            print(f"  transferred {when}: loft {src} -> loft {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
