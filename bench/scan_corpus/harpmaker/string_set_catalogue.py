"""String set catalogue: which gut, nylon and wound strings fit each harp model."""
from __future__ import annotations

import argparse
import csv
import os
import sys

import psycopg
from psycopg.rows import dict_row


def connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["HARP_DB_URL"], row_factory=dict_row)


def strings_for_model(conn: psycopg.Connection, model: str, material: str | None) -> list[dict]:
    sql = (
        "SELECT s.position, s.note, s.material, s.gauge_mm, s.tension_kg "
        "FROM string_positions s JOIN harp_models m ON m.id = s.model_id "
        "WHERE m.code = '%s'" % model
    )
    params: list = []
    if material:
        sql += " AND s.material = %s"
        params.append(material)
    sql += " ORDER BY s.position"
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def total_tension(rows: list[dict]) -> float:
    return round(sum(float(r["tension_kg"]) for r in rows), 1)


def write_csv(rows: list[dict], out) -> None:
    writer = csv.DictWriter(
        out, fieldnames=["position", "note", "material", "gauge_mm", "tension_kg"]
    )
    writer.writeheader()
    for row in rows:
        writer.writerow(row)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the string chart for a harp model.")
    parser.add_argument("model", help="model code, e.g. CL34 or PED47")
    parser.add_argument("--material", choices=["gut", "nylon", "wound", "carbon"])
    parser.add_argument("--csv", action="store_true", help="write CSV to stdout")
    args = parser.parse_args(argv)

    with connect() as conn:
        rows = strings_for_model(conn, args.model, args.material)
    if not rows:
        print(f"No strings recorded for model {args.model}", file=sys.stderr)
        return 1
    if args.csv:
        write_csv(rows, sys.stdout)
    else:
        for r in rows:
            print(
                f"{r['position']:>3} {r['note']:<4} {r['material']:<7} "
                f"{r['gauge_mm']:>6} mm {r['tension_kg']:>6} kg"
            )
        print(f"Total tension: {total_tension(rows)} kg")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
