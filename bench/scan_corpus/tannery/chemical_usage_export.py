"""Monthly chemical consumption export for the environmental permit report.

Usage: python -m tannery.chemical_usage_export 2024-05 --group-by product --out usage.csv
"""
import argparse
import csv
import os
import sys

import psycopg

GROUPINGS = {
    "product": "c.product_code",
    "drum": "u.drum_no",
    "recipe": "u.recipe_code",
    "category": "c.category",
}


def usage_query(group_key: str) -> str:
    column = GROUPINGS[group_key]
    return (
        f"SELECT {column} AS grp, SUM(u.quantity_kg) AS kg, COUNT(DISTINCT u.batch_ref) AS batches "
        "FROM chemical_usage u JOIN chemicals c ON c.product_code = u.product_code "
        "WHERE to_char(u.dosed_at, 'YYYY-MM') = %s "
        f"GROUP BY {column} ORDER BY kg DESC"
    )


def export(month: str, group_key: str, out) -> int:
    with psycopg.connect(os.environ["TANNERY_DB_URL"]) as conn, conn.cursor() as cur:
        cur.execute(usage_query(group_key), (month,))
        writer = csv.writer(out)
        writer.writerow([group_key, "quantity_kg", "batches"])
        count = 0
        for grp, kg, batches in cur:
            writer.writerow([grp, f"{kg:.2f}", batches])
            count += 1
    return count


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("month", help="YYYY-MM")
    parser.add_argument("--group-by", choices=sorted(GROUPINGS), default="product")
    parser.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"), default=sys.stdout)
    args = parser.parse_args(argv)
    rows = export(args.month, args.group_by, args.out)
    print(f"{rows} rows written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
