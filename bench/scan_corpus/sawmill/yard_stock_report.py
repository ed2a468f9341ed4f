"""Yard stock report for the sales desk.

Answers "what have we got in 47x150 C24 at 4.8 m?" by summing packs in the
yard by species, grade, section and length, optionally filtered to FSC-only
stock for customers who need certified material on the invoice.
"""
from __future__ import annotations

import argparse
import os
from decimal import Decimal

import psycopg

BASE_SELECT = """
    SELECT p.species, p.grade, p.thickness_mm, p.width_mm, p.length_mm,
           COUNT(*) AS packs, SUM(p.pieces) AS pieces, SUM(p.volume_m3) AS volume_m3
    FROM yard_packs p
    WHERE p.status = 'in_yard'
"""
GROUP_BY = " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"


def build_stock_query(species: str | None, fsc_only: bool) -> str:
    sql = BASE_SELECT
    if species:
        sql += f" AND p.species = '{species}'"
    if fsc_only:
        sql += " AND p.fsc_claim IS NOT NULL"
    return sql + GROUP_BY


def fetch_stock(conn: psycopg.Connection, query: str) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description="Yard stock by section")
    parser.add_argument("--species")
    parser.add_argument("--fsc", action="store_true")
    args = parser.parse_args()

    with psycopg.connect(os.environ["YARD_DB_DSN"]) as conn:
        rows = fetch_stock(conn, build_stock_query(args.species, args.fsc))
    total = Decimal(0)
    for species, grade, t, w, length, packs, pieces, vol in rows:
        total += vol
        print(f"{species:<10} {grade:<5} {t}x{w} @ {length / 1000:.1f} m  {packs:>3} packs  {pieces:>5} pcs  {vol:8.3f} m3")
    print(f"total {total:.3f} m3")


if __name__ == "__main__":
    main()
