"""Branch pipeline report for the Monday production meeting.

    python pipeline_report.py --branch NW-04 --start 2024-05-01 --end 2024-05-31
"""
from __future__ import annotations

import argparse
import os
import sys

import pandas as pd
from sqlalchemy import create_engine

COLUMNS = ["loan_number", "borrower_last_name", "loan_amount", "status", "lock_expiration"]


def build_pipeline_sql(branch: str, start: str, end: str) -> str:
    return (
        "SELECT l.loan_number, b.last_name AS borrower_last_name, l.loan_amount, "
        "l.status, rl.expires_on AS lock_expiration "
        "FROM loans l "
        "JOIN borrowers b ON b.loan_id = l.id AND b.is_primary "
        "JOIN branches br ON br.id = l.branch_id "
        "LEFT JOIN rate_locks rl ON rl.loan_id = l.id AND rl.active "
        f"WHERE br.code = '{branch}' AND l.application_date BETWEEN '{start}' AND '{end}' "
        "ORDER BY l.application_date"
    )


def load_pipeline(engine, sql: str) -> pd.DataFrame:
    df = pd.read_sql(sql, engine, parse_dates=["lock_expiration"])
    return df[COLUMNS]


def summarise(df: pd.DataFrame) -> pd.DataFrame:
    return (
        df.groupby("status")
        .agg(loans=("loan_number", "count"), volume=("loan_amount", "sum"))
        .sort_values("volume", ascending=False)
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--branch", required=True)
    p.add_argument("--start", required=True)
    p.add_argument("--end", required=True)
    p.add_argument("--out", default="-")
    args = p.parse_args(argv)

    engine = create_engine(os.environ["REPORTING_DB_URL"])
    df = load_pipeline(engine, build_pipeline_sql(args.branch, args.start, args.end))
    summary = summarise(df)
    if args.out == "-":
        summary.to_csv(sys.stdout)
    else:
        summary.to_csv(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
