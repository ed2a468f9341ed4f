"""Monthly quality audit sample of medication administration records.

The registered manager audits a random sample of MAR entries each month
(CQC expects evidence of regular medicines audits). The sample is drawn
per branch and stratified so every carer who gave medication appears.
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import sys
from collections import defaultdict
from datetime import date

import psycopg

PER_CARER = 3


def load_entries(conninfo: str, branch_id: int, month_start: date, month_end: date) -> list[dict]:
    with psycopg.connect(conninfo) as conn:
        cur = conn.execute(
            "SELECT m.id, m.carer_id, c.display_name, m.client_id, m.medication, m.outcome, "
            "m.administered_at FROM mar_entries m JOIN carers c ON c.id = m.carer_id "
            "WHERE c.branch_id = %s AND m.administered_at >= %s AND m.administered_at < %s",
            (branch_id, month_start, month_end),
        )
        columns = [d.name for d in cur.description]
        return [dict(zip(columns, row)) for row in cur.fetchall()]


def stratified_sample(entries: list[dict], per_carer: int, rng: random.Random) -> list[dict]:
    by_carer: dict[int, list[dict]] = defaultdict(list)
    for entry in entries:
        by_carer[entry["carer_id"]].append(entry)
    chosen: list[dict] = []
    for carer_id in sorted(by_carer):
        pool = by_carer[carer_id]
        chosen.extend(rng.sample(pool, k=min(per_carer, len(pool))))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description="Draw the monthly MAR audit sample")
    parser.add_argument("branch_id", type=int)
    parser.add_argument("month", help="YYYY-MM")
    parser.add_argument("--per-carer", type=int, default=PER_CARER)
    args = parser.parse_args()

    year, month = (int(x) for x in args.month.split("-"))
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    entries = load_entries(os.environ["MAR_DATABASE_DSN"], args.branch_id, start, end)
    sample = stratified_sample(entries, args.per_carer, random.Random())

    writer = csv.DictWriter(sys.stdout, fieldnames=list(sample[0]) if sample else ["id"])
    writer.writeheader()
    writer.writerows(sample)
    print(f"# {len(sample)} of {len(entries)} entries selected", file=sys.stderr)


if __name__ == "__main__":
    main()
