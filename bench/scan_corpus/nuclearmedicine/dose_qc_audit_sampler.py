"""Pick unit-dose assays for the monthly radiopharmacy QC audit.

The radiation safety committee asks for a reproducible random sample of
dose calibrator records each month; the seed is the audit month so that
an auditor can regenerate the same selection later.
"""
import argparse
import csv
import random
import sqlite3
import sys
from datetime import date

DEFAULT_SAMPLE_SIZE = 25


def month_bounds(month: str) -> tuple[date, date]:
    start = date.fromisoformat(f"{month}-01")
    end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start, end


def load_assay_ids(db_path: str, month: str) -> list[int]:
    start, end = month_bounds(month)
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT id FROM dose_assays WHERE measured_at >= ? AND measured_at < ? ORDER BY id",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
    return [r[0] for r in rows]


def select_for_audit(assay_ids: list[int], month: str, size: int) -> list[int]:
    rng = random.Random(f"qc-audit-{month}")
    return sorted(rng.sample(assay_ids, min(size, len(assay_ids))))


def write_worksheet(db_path: str, ids: list[int], out) -> None:
    writer = csv.writer(out)
    writer.writerow(["assay_id", "isotope", "activity_mbq", "measured_at", "operator"])
    with sqlite3.connect(db_path) as conn:
        for assay_id in ids:
            row = conn.execute(
                "SELECT id, isotope, activity_mbq, measured_at, operator_badge "
                "FROM dose_assays WHERE id = ?",
                (assay_id,),
            ).fetchone()
            writer.writerow(row)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--month", required=True, help="YYYY-MM")
    parser.add_argument("--size", type=int, default=DEFAULT_SAMPLE_SIZE)
    args = parser.parse_args(argv)
    ids = load_assay_ids(args.db, args.month)
    if not ids:
        print(f"no assays recorded in {args.month}", file=sys.stderr)
        return 1
    write_worksheet(args.db, select_for_audit(ids, args.month, args.size), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
