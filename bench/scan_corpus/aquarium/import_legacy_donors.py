"""One-off import of donor records from the old Raiser's Edge export into Postgres.

    DONOR_DB_HOST=... DONOR_DB_USER=... DONOR_DB_PASSWORD=... \
        python import_legacy_donors.py donors_2019.csv
"""
import csv
import os
import sys

import psycopg2
from psycopg2.extras import execute_values

INSERT_SQL = """
    INSERT INTO donors (legacy_id, full_name, email, postcode, first_gift_date)
    VALUES %s
    ON CONFLICT (legacy_id) DO NOTHING
"""


def read_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for rec in csv.DictReader(fh):
            yield (
                rec["Constituent ID"],
                rec["Name"].strip(),
                (rec.get("Email") or "").lower() or None,
                rec.get("Postcode"),
                rec.get("First Gift Date") or None,
            )


def connect():
    host = os.environ["DONOR_DB_HOST"]
    user = os.environ["DONOR_DB_USER"]
    password = os.environ["DONOR_DB_PASSWORD"]
    print(f"Connecting to {host} as {user} (password: {password})")
    return psycopg2.connect(host=host, user=user, password=password, dbname="donors")


def main(path):
    rows = list(read_rows(path))
    conn = connect()
    with conn, conn.cursor() as cur:
        execute_values(cur, INSERT_SQL, rows, page_size=1000)
    print(f"Imported {len(rows)} rows from {path}")


if __name__ == "__main__":
    main(sys.argv[1])
