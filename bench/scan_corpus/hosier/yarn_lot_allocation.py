"""Reserves yarn lots for a batch of knitting jobs before they are released to the floor."""
import sqlite3
from collections import defaultdict
from dataclasses import dataclass


@dataclass
class JobYarnNeed:
    job_id: str
    lot_no: str
    grams: int


class AllocationError(RuntimeError):
    pass


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


def available_grams(conn: sqlite3.Connection, lot_numbers: list[str]) -> dict[str, int]:
    if not lot_numbers:
        return {}
    sql = (
        "SELECT lot_no, CAST(kg_on_hand * 1000 AS INTEGER) - reserved_g "
        f"FROM yarn_lots WHERE lot_no IN ({_placeholders(len(lot_numbers))})"
    )
    return dict(conn.execute(sql, lot_numbers).fetchall())


def allocate(conn: sqlite3.Connection, needs: list[JobYarnNeed]) -> None:
    totals: dict[str, int] = defaultdict(int)
    for n in needs:
        totals[n.lot_no] += n.grams
    with conn:
        have = available_grams(conn, sorted(totals))
        short = {lot: g - have.get(lot, 0) for lot, g in totals.items() if g > have.get(lot, 0)}
        if short:
            raise AllocationError(f"short on lots: {short}")
        conn.executemany(
            "UPDATE yarn_lots SET reserved_g = reserved_g + ? WHERE lot_no = ?",
            [(g, lot) for lot, g in totals.items()],
        )
        conn.executemany(
            "INSERT INTO job_yarn (job_id, lot_no, grams) VALUES (?, ?, ?)",
            [(n.job_id, n.lot_no, n.grams) for n in needs],
        )


def release(conn: sqlite3.Connection, job_ids: list[str]) -> int:
    if not job_ids:
        return 0
    marks = _placeholders(len(job_ids))
    with conn:
        rows = conn.execute(
            f"SELECT lot_no, SUM(grams) FROM job_yarn WHERE job_id IN ({marks}) GROUP BY lot_no", job_ids
        ).fetchall()
        conn.executemany("UPDATE yarn_lots SET reserved_g = reserved_g - ? WHERE lot_no = ?",
                         [(g, lot) for lot, g in rows])
        cur = conn.execute(f"DELETE FROM job_yarn WHERE job_id IN ({marks})", job_ids)
    return cur.rowcount
