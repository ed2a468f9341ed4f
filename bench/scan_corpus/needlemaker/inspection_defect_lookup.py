"""Lookup of visual-inspection defects for a set of lots.

The complaint investigator selects several lots from the complaint and
pulls every defect recorded by the in-line cameras for those lots.
"""
import sqlite3
from collections import defaultdict
from typing import Dict, Iterable, List

from needlemaker.config import settings

DEFECT_COLUMNS = ("lot_number", "station", "defect_code", "image_ref", "detected_at")


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.INSPECTION_DB)
    conn.row_factory = sqlite3.Row
    return conn


def defects_for_lots(lot_numbers: Iterable[str], codes: Iterable[str] = ()) -> List[dict]:
    lots = list(dict.fromkeys(lot_numbers))
    if not lots:
        return []
    codes = list(codes)
    lot_marks = ", ".join("?" for _ in lots)
    sql = f"SELECT {', '.join(DEFECT_COLUMNS)} FROM inspection_defects WHERE lot_number IN ({lot_marks})"
    params: list = list(lots)
    if codes:
        code_marks = ", ".join("?" for _ in codes)
        sql += f" AND defect_code IN ({code_marks})"
        params.extend(codes)
    sql += " ORDER BY detected_at"
    with _connect() as conn:
        return [dict(row) for row in conn.execute(sql, params)]


def summarise_by_station(defects: List[dict]) -> Dict[str, Dict[str, int]]:
    summary: Dict[str, Dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for defect in defects:
        summary[defect["station"]][defect["defect_code"]] += 1
    return {station: dict(counts) for station, counts in summary.items()}
