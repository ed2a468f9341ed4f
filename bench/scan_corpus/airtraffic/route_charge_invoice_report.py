"""Monthly route charge report for the billing back office."""
from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass, fields
from typing import Dict, List, Optional


@dataclass
class InvoiceFilter:
    airline_icao: Optional[str] = None
    billing_period: Optional[str] = None
    currency: Optional[str] = None

    @classmethod
    def from_query(cls, params: Dict[str, str]) -> "InvoiceFilter":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in params.items() if k in names and v})

    def conditions(self) -> List[str]:
        out = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                out.append(f"{f.name} = '{value}'")
        return out


class InvoiceReport:
    columns = ("invoice_no", "airline_icao", "billing_period", "service_units", "amount", "currency")

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    def _sql(self, flt: InvoiceFilter) -> str:
        sql = f"SELECT {', '.join(self.columns)} FROM route_invoices"
        where = flt.conditions()
        if where:
            sql += " WHERE " + " AND ".join(where)
        return sql + " ORDER BY invoice_no"

    def rows(self, flt: InvoiceFilter) -> List[tuple]:
        with sqlite3.connect(self.db_path) as conn:
            return conn.execute(self._sql(flt)).fetchall()

    def as_csv(self, params: Dict[str, str]) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(self.columns)
        writer.writerows(self.rows(InvoiceFilter.from_query(params)))
        return buf.getvalue()
