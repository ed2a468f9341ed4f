"""Selection of licence returns for the monthly catch audit.

The fisheries inspector asks the co-operative to cross-check a sample of
submitted catch returns against landing receipts each month. This module
picks the sample and writes the audit worklist.
"""

import csv
import random
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

DEFAULT_SAMPLE_RATE = 0.05
MINIMUM_SAMPLE = 10


@dataclass
class CatchReturn:
    return_id: int
    licence_no: str
    landed_kg: float
    period: str


def load_returns(db_path: str, period: str) -> list[CatchReturn]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT id, licence_no, landed_kg, period FROM catch_returns WHERE period = ?",
            (period,),
        ).fetchall()
    return [CatchReturn(*row) for row in rows]


def choose_sample(
    returns: list[CatchReturn],
    rate: float = DEFAULT_SAMPLE_RATE,
    rng: random.Random | None = None,
) -> list[CatchReturn]:
    rng = rng or random.Random()
    size = max(MINIMUM_SAMPLE, round(len(returns) * rate))
    size = min(size, len(returns))
    return sorted(rng.sample(returns, size), key=lambda r: r.licence_no)


def write_worklist(sample: list[CatchReturn], out_dir: Path, period: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"audit_worklist_{period}.csv"
    with target.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["return_id", "licence_no", "landed_kg"])
        for item in sample:
            writer.writerow([item.return_id, item.licence_no, f"{item.landed_kg:.1f}"])
    return target


def run_monthly_audit(db_path: str, period: str, out_dir: Path) -> Path:
    period = datetime.strptime(period, "%Y-%m").strftime("%Y-%m")
    returns = load_returns(db_path, period)
    return write_worklist(choose_sample(returns), out_dir, period)
