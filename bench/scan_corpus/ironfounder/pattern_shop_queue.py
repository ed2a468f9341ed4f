"""Work queue view for the pattern shop floor.

Shows open pattern jobs for a work centre (CNC router, bench, resin
casting) with a choice of sort order on the shop-floor screen.
"""
import sqlite3
from contextlib import closing

from patternshop.config import settings

SORT_ORDERS = {
    "due": "due_date ASC, priority DESC",
    "priority": "priority DESC, due_date ASC",
    "customer": "customer_code ASC, due_date ASC",
    "age": "created_at ASC",
}
DEFAULT_SORT = "due"


class PatternQueue:
    def __init__(self, db_path: str = settings.PATTERN_DB):
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def open_jobs(self, work_centre: str, sort: str = DEFAULT_SORT, limit: int = 40) -> list[dict]:
        order_by = SORT_ORDERS.get(sort, SORT_ORDERS[DEFAULT_SORT])
        sql = (
            "SELECT job_no, pattern_no, customer_code, operation, due_date, priority "
            "FROM pattern_jobs WHERE work_centre = ? AND status = 'open' "
            f"ORDER BY {order_by} LIMIT ?"
        )
        with closing(self._connect()) as conn:
            rows = conn.execute(sql, (work_centre, limit)).fetchall()
        return [dict(r) for r in rows]

    def start_job(self, job_no: str, maker_id: int) -> bool:
        with closing(self._connect()) as conn, conn:
            cur = conn.execute(
                "UPDATE pattern_jobs SET status = 'in_progress', maker_id = ? "
                "WHERE job_no = ? AND status = 'open'",
                (maker_id, job_no),
            )
        return cur.rowcount == 1

    def complete_job(self, job_no: str, hours: float) -> None:
        with closing(self._connect()) as conn, conn:
            conn.execute(
                "UPDATE pattern_jobs SET status = 'done', hours_booked = ? WHERE job_no = ?",
                (hours, job_no),
            )
