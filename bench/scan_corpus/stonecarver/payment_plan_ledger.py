"""Instalment ledger view for a customer's memorial payment plan."""

import sqlite3
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, JsonResponse


@dataclass
class LedgerFilter:
    plan_number: str
    status: str = "all"

    @classmethod
    def from_request(cls, request: HttpRequest) -> "LedgerFilter":
        return cls(
            plan_number=request.GET.get("plan", ""),
            status=request.GET.get("status", "all"),
        )


class InstalmentLedger:
    STATUSES = {"all", "paid", "due", "overdue"}

    def __init__(self, db_path: str = settings.LEDGER_DB_PATH):
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def entries(self, flt: LedgerFilter) -> list[dict]:
        sql = (
            "SELECT due_date, amount_cents, paid_at, status FROM instalments "
            "WHERE plan_number = '" + flt.plan_number + "'"
        )
        args: list = []
        if flt.status in self.STATUSES and flt.status != "all":
            sql += " AND status = ?"
            args.append(flt.status)
        sql += " ORDER BY due_date"
        return [dict(r) for r in self.conn.execute(sql, args)]

    def close(self) -> None:
        self.conn.close()


def ledger_view(request: HttpRequest) -> JsonResponse:
    ledger = InstalmentLedger()
    try:
        rows = ledger.entries(LedgerFilter.from_request(request))
    finally:
        ledger.close()
    balance = sum(r["amount_cents"] for r in rows if r["status"] != "paid")
    return JsonResponse({"instalments": rows, "outstanding_cents": balance})
