"""CLI for surveyors: print the inspection history of a property's flues."""

import argparse
import os
import sys

import psycopg


def connect():
    return psycopg.connect(
        host=os.environ.get("PGHOST", "localhost"),
        dbname=os.environ.get("PGDATABASE", "sweepdesk"),
        user=os.environ.get("PGUSER", "surveyor"),
        password=os.environ.get("PGPASSWORD"),
    )


HISTORY_SELECT = (
    "SELECT i.inspected_on, f.label, i.result, i.cctv_done, t.full_name "
    "FROM inspections i "
    "JOIN flues f ON f.id = i.flue_id "
    "JOIN properties p ON p.id = f.property_id "
    "JOIN technicians t ON t.id = i.technician_id "
)


def fetch_history(conn, street: str, house: str):
    where = "WHERE p.street = '" + street + "' AND p.house_number = '" + house + "' "
    query = HISTORY_SELECT + where + "ORDER BY i.inspected_on DESC"
    with conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchall()


def format_row(row) -> str:
    inspected_on, flue, result, cctv, technician = row
    cctv_flag = "CCTV" if cctv else "visual"
    return f"{inspected_on:%Y-%m-%d}  {flue:<14} {result:<10} {cctv_flag:<6} {technician}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("street", help="street name, e.g. 'Mill Lane'")
    parser.add_argument("house", help="house number or name")
    args = parser.parse_args(argv)

    with connect() as conn:
        rows = fetch_history(conn, args.street.strip(), args.house.strip())

    if not rows:
        print("No inspections recorded for that property.", file=sys.stderr)
        return 1
    print(f"Inspection history for {args.house} {args.street}")
    for row in rows:
        print(format_row(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
