"""Production reports over the batch record book (pours, wax lots, wick types)."""
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, render_template, request

from tallow.config import settings

bp = Blueprint("batch_reports", __name__, url_prefix="/production/batches")


@dataclass
class ReportRequest:
    wax_lot: str | None
    sort: str
    direction: str

    @classmethod
    def from_args(cls, args) -> "ReportRequest":
        return cls(
            wax_lot=args.get("wax_lot") or None,
            sort=args.get("sort", "pour_date"),
            direction="ASC" if args.get("dir") == "asc" else "DESC",
        )


class BatchRecordBook:
    template = (
        "SELECT batch_code, pour_date, wax_lot, wick_type, units_poured, units_rejected "
        "FROM batch_records {where} ORDER BY {order} {direction}"
    )

    def __init__(self, path: str = settings.BATCH_DB_PATH):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def report(self, req: ReportRequest) -> list[sqlite3.Row]:
        where, params = "", []
        if req.wax_lot:
            where, params = "WHERE wax_lot = ?", [req.wax_lot]
        sql = self.template.format(where=where, order=req.sort, direction=req.direction)
        return self.conn.execute(sql, params).fetchall()

    def reject_rate(self, rows: list[sqlite3.Row]) -> float:
        poured = sum(r["units_poured"] for r in rows)
        return sum(r["units_rejected"] for r in rows) / poured if poured else 0.0


@bp.get("/report")
def batch_report():
    book = BatchRecordBook()
    rows = book.report(ReportRequest.from_args(request.args))
    return render_template("production/batch_report.html", rows=rows, reject_rate=book.reject_rate(rows))
