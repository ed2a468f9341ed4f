"""Traceability lookup for reed batches used on a job.

Heritage officers sometimes ask which batches of reed went onto a listed
roof (origin, grade, harvest year). The job sheet records batch codes; this
module fetches the details for any set of codes the office pastes in.
"""

import sqlite3
from typing import Iterable

DB_FILE = "/var/lib/thatcher/stock.sqlite3"


def _clean_codes(codes: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for code in codes:
        code = code.strip().upper()
        if code and code not in seen:
            seen.append(code)
    return seen


def batch_details(codes: Iterable[str], conn: sqlite3.Connection | None = None) -> list[dict]:
    wanted = _clean_codes(codes)
    if not wanted:
        return []
    conn = conn or sqlite3.connect(DB_FILE)
    conn.row_factory = sqlite3.Row
    placeholders = ", ".join("?" for _ in wanted)
    query = (
        "SELECT batch_code, material, origin, grade, harvest_year, supplier "
        f"FROM reed_batches WHERE batch_code IN ({placeholders}) ORDER BY batch_code"
    )
    return [dict(r) for r in conn.execute(query, wanted).fetchall()]


def batches_for_job(job_id: int, conn: sqlite3.Connection | None = None) -> list[dict]:
    conn = conn or sqlite3.connect(DB_FILE)
    codes = [
        row[0]
        for row in conn.execute(
            "SELECT batch_code FROM job_materials WHERE job_id = ?", (job_id,)
        ).fetchall()
    ]
    return batch_details(codes, conn)


if __name__ == "__main__":
    import sys

    for item in batch_details(sys.argv[1:]):
        print(f"{item['batch_code']}: {item['material']} from {item['origin']} ({item['harvest_year']})")
