"""Ad-hoc filtering for the ward statistics dashboard.

Analysts type a condition such as ``households > 2000 and recycling_rate < 0.4``
into the dashboard and get back the wards that match.
"""
import csv
import math
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query

router = APIRouter(prefix="/stats")

DATA_FILE = Path(__file__).with_name("ward_stats.csv")
NUMERIC = {"households", "population", "recycling_rate", "missed_per_1000", "ctax_collection_rate"}

_ALLOWED_NAMES = {"abs": abs, "round": round, "min": min, "max": max, "log": math.log}


def _load_rows() -> list[dict]:
    with DATA_FILE.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key in NUMERIC & row.keys():
            row[key] = float(row[key] or 0)
    return rows


def _matches(condition: str, row: dict) -> bool:
    scope = dict(row)
    return bool(eval(condition, {"__builtins__": _ALLOWED_NAMES}, scope))


@router.get("/wards")
def filter_wards(where: str = Query("True", max_length=300)):
    try:
        return [r for r in _load_rows() if _matches(where, r)]
    except (SyntaxError, NameError, TypeError) as exc:
        raise HTTPException(status_code=400, detail=f"invalid filter: {exc}") from exc
