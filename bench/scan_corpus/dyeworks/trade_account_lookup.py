"""Look up trade accounts and their open orders for the sales desk."""
from dataclasses import dataclass
from decimal import Decimal
from typing import List, Optional, Sequence

import psycopg
from psycopg.rows import class_row


@dataclass
class TradeAccount:
    account_no: str
    company: str
    credit_limit: Decimal
    balance: Decimal
    on_hold: bool


@dataclass
class OpenOrder:
    order_no: str
    account_no: str
    shade_ref: str
    metres: Decimal
    status: str


class TradeAccountLookup:
    def __init__(self, conninfo: str):
        self.conninfo = conninfo

    def search(self, company_fragment: str, include_on_hold: bool = False) -> List[TradeAccount]:
        sql = (
            "SELECT account_no, company, credit_limit, balance, on_hold FROM trade_accounts "
            "WHERE company ILIKE %(pattern)s"
        )
        if not include_on_hold:
            sql += " AND NOT on_hold"
        sql += " ORDER BY company LIMIT 100"
        escaped = company_fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with psycopg.connect(self.conninfo) as conn:
            cur = conn.cursor(row_factory=class_row(TradeAccount))
            return cur.execute(sql, {"pattern": f"%{escaped}%"}).fetchall()

    def get(self, account_no: str) -> Optional[TradeAccount]:
        with psycopg.connect(self.conninfo) as conn:
            cur = conn.cursor(row_factory=class_row(TradeAccount))
            return cur.execute(
                "SELECT account_no, company, credit_limit, balance, on_hold "
                "FROM trade_accounts WHERE account_no = %s",
                (account_no,),
            ).fetchone()

    def open_orders(self, account_nos: Sequence[str], statuses: Sequence[str]) -> List[OpenOrder]:
        with psycopg.connect(self.conninfo) as conn:
            cur = conn.cursor(row_factory=class_row(OpenOrder))
            return cur.execute(
                "SELECT order_no, account_no, shade_ref, metres, status FROM orders "
                "WHERE account_no = ANY(%s) AND status = ANY(%s) ORDER BY order_no",
                (list(account_nos), list(statuses)),
            ).fetchall()
