"""Fetch pull-test results for several batches at once for certificate runs."""
import sqlite3
from collections import defaultdict
from typing import Dict, Iterable, List

from cordmaker.settings import TEST_RIG_DB

MAX_BATCHES = 500


def _placeholders(count: int) -> str:
    return ", ".join("?" for _ in range(count))


def results_for_batches(batch_numbers: Iterable[str], db_path: str = TEST_RIG_DB) -> Dict[str, List[dict]]:
    batches = sorted({b.strip() for b in batch_numbers if b.strip()})[:MAX_BATCHES]
    if not batches:
        return {}
    query = (
        "SELECT batch_no, specimen, peak_kn, elongation_pct, failure_mode"
        f" FROM pull_test WHERE batch_no IN ({_placeholders(len(batches))})"
        " ORDER BY batch_no, specimen"
    )
    grouped: Dict[str, List[dict]] = defaultdict(list)
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        for row in conn.execute(query, batches):
            grouped[row["batch_no"]].append(
                {
                    "specimen": row["specimen"],
                    "peak_kn": row["peak_kn"],
                    "elongation_pct": row["elongation_pct"],
                    "failure_mode": row["failure_mode"],
                }
            )
    return dict(grouped)


def lowest_peak(results: Dict[str, List[dict]]) -> Dict[str, float]:
    return {
        batch: min(r["peak_kn"] for r in rows)
        for batch, rows in results.items()
        if rows
    }
