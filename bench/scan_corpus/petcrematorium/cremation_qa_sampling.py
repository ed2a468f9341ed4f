"""Picks completed cremation cases for the weekly chain-of-custody QA audit."""
from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

import requests
from sqlalchemy import create_engine, text

QA_SAMPLE_RATE = 0.05
MIN_SAMPLE = 10


def completed_case_ids(engine, week_start: date) -> list[int]:
    with engine.connect() as conn:
        return list(
            conn.execute(
                text(
                    "SELECT id FROM cremation_cases WHERE status = 'returned' "
                    "AND returned_at >= :s AND returned_at < :e"
                ),
                {"s": week_start, "e": week_start + timedelta(days=7)},
            ).scalars()
        )


def pick_sample(case_ids: list[int], rng: random.Random) -> list[int]:
    size = min(len(case_ids), max(MIN_SAMPLE, round(len(case_ids) * QA_SAMPLE_RATE)))
    return sorted(rng.sample(case_ids, size))


def post_with_retry(url: str, payload: dict, attempts: int = 4) -> None:
    for attempt in range(attempts):
        try:
            requests.post(url, json=payload, timeout=10).raise_for_status()
            return
        except requests.RequestException:
            if attempt == attempts - 1:
                raise
            time.sleep((2**attempt) + random.uniform(0, 0.5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db-url", required=True)
    parser.add_argument("--qa-endpoint", required=True)
    parser.add_argument("--week-start", type=date.fromisoformat, required=True)
    args = parser.parse_args()

    engine = create_engine(args.db_url)
    ids = completed_case_ids(engine, args.week_start)
    sample = pick_sample(ids, random.Random())
    post_with_retry(
        args.qa_endpoint,
        {"week_start": args.week_start.isoformat(), "case_ids": sample, "population": len(ids)},
    )
    print(f"selected {len(sample)} of {len(ids)} cases for QA")


if __name__ == "__main__":
    main()
