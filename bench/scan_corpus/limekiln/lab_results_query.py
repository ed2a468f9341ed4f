"""Lab results API: compressive strength and free-lime tests per product and batch."""
from __future__ import annotations

import os
from datetime import date
from typing import Optional

from fastapi import Depends, FastAPI, Query
from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Connection

engine = create_engine(os.environ["LAB_DB_URL"], pool_pre_ping=True)
app = FastAPI()


def get_conn():
    with engine.connect() as conn:
        yield conn


class ResultFilter:
    def __init__(
        self,
        product: str = Query(..., max_length=20),
        tested_from: date = Query(...),
        batches: Optional[list[str]] = Query(None),
        lab: Optional[str] = Query(None),
    ) -> None:
        self.product = product
        self.tested_from = tested_from
        self.batches = batches or []
        self.lab = lab

    def statement(self):
        sql = (
            "SELECT r.batch_no, r.test_kind, r.value, r.unit, r.tested_on, r.lab "
            "FROM lab_results r WHERE r.product = :product AND r.tested_on >= :tested_from"
        )
        params = {"product": self.product, "tested_from": self.tested_from}
        stmt_binds = []
        if self.lab:
            sql += " AND r.lab = :lab"
            params["lab"] = self.lab
        if self.batches:
            sql += " AND r.batch_no IN :batches"
            params["batches"] = self.batches
            stmt_binds.append(bindparam("batches", expanding=True))
        stmt = text(sql + " ORDER BY r.tested_on DESC")
        if stmt_binds:
            stmt = stmt.bindparams(*stmt_binds)
        return stmt, params


@app.get("/lab/results")
def results(f: ResultFilter = Depends(), conn: Connection = Depends(get_conn)):
    stmt, params = f.statement()
    rows = conn.execute(stmt, params).mappings().all()
    return {"product": f.product, "results": [dict(r) for r in rows]}
