"""Return merchandise authorisations (RMA) for web-shop and box orders.

The customer gets an RMA link by email; the link token is the only thing
needed to print the prepaid label and see the return's status.
"""
import os
import time
from dataclasses import dataclass, field
from datetime import date

import psycopg2.extras

REASONS = ("too_small", "too_large", "defect", "wrong_colour", "changed_mind")


@dataclass
class ReturnRequest:
    order_no: str
    lines: list[dict]
    reason: str
    created: date = field(default_factory=date.today)


def _access_token(order_no: str) -> str:
    stamp = int(time.time() * 1000)
    return f"{order_no}-{stamp:x}{os.getpid():04x}"


class RmaRepository:
    def __init__(self, conn):
        self.conn = conn

    def open_return(self, req: ReturnRequest) -> dict:
        if req.reason not in REASONS:
            raise ValueError(f"unsupported return reason {req.reason}")
        token = _access_token(req.order_no)
        with self.conn, self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                "INSERT INTO rma (order_no, reason, access_token, created) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (req.order_no, req.reason, token, req.created),
            )
            rma_id = cur.fetchone()["id"]
            cur.executemany(
                "INSERT INTO rma_line (rma_id, sku, qty) VALUES (%s, %s, %s)",
                [(rma_id, ln["sku"], ln["qty"]) for ln in req.lines],
            )
        return {"rma_id": rma_id, "access_token": token}

    def by_token(self, token: str):
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                "SELECT id, order_no, reason, status, label_url FROM rma WHERE access_token = %s",
                (token,),
            )
            return cur.fetchone()
