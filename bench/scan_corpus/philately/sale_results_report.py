"""Back-office report of realised prices per sale, by lot or by consignor."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import text
from sqlalchemy.engine import Connection

GROUPINGS = {
    "lot": ("realised_by_lot", "lot_number"),
    "consignor": ("realised_by_consignor", "consignor_id"),
    "country": ("realised_by_country", "country"),
}


@dataclass
class ReportRequest:
    sale_code: str
    group_by: Literal["lot", "consignor", "country"] = "lot"
    min_hammer_gbp: int = 0
    limit: int = 200


def report_source(group_by: str) -> tuple[str, str]:
    try:
        return GROUPINGS[group_by]
    except KeyError:
        raise ValueError(f"unsupported grouping: {group_by}") from None


def build_statement(req: ReportRequest):
    view, key_column = report_source(req.group_by)
    return text(
        f"SELECT {key_column} AS key, SUM(hammer_gbp) AS hammer, COUNT(*) AS lots "
        f"FROM {view} WHERE sale_code = :sale AND hammer_gbp >= :min_hammer "
        f"GROUP BY {key_column} ORDER BY hammer DESC LIMIT :limit"
    )


class SaleResultsReport:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def run(self, req: ReportRequest) -> list[dict]:
        stmt = build_statement(req)
        params = {"sale": req.sale_code, "min_hammer": req.min_hammer_gbp, "limit": min(req.limit, 1000)}
        return [dict(row._mapping) for row in self.conn.execute(stmt, params)]

    def totals(self, sale_code: str) -> dict:
        row = self.conn.execute(
            text("SELECT COUNT(*) AS lots, SUM(hammer_gbp) AS hammer FROM realised_by_lot WHERE sale_code = :sale"),
            {"sale": sale_code},
        ).one()
        return dict(row._mapping)
