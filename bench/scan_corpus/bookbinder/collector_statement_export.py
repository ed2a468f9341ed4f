"""Quarterly statements for collector accounts.

At the end of each quarter the office ticks a set of collector accounts on
the accounts screen and downloads a statement of open jobs and balances
for each of them.
"""
import os

import psycopg
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

BALANCE_SQL_HEAD = (
    "SELECT a.account_no, a.holder_name, COUNT(j.id) AS open_jobs, "
    "COALESCE(SUM(i.amount_pence - i.paid_pence), 0) AS balance_pence "
    "FROM collector_accounts a "
    "LEFT JOIN jobs j ON j.account_no = a.account_no AND j.status <> 'returned' "
    "LEFT JOIN invoices i ON i.job_id = j.id "
)
BALANCE_SQL_TAIL = "GROUP BY a.account_no, a.holder_name ORDER BY a.holder_name"


class StatementRequest(BaseModel):
    account_nos: list[str]
    quarter: str


class CollectorAccountsRepo:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def balances(self, account_nos: list[str]) -> list[tuple]:
        id_list = ", ".join(f"'{no}'" for no in account_nos)
        sql = BALANCE_SQL_HEAD + "WHERE a.account_no IN (" + id_list + ") " + BALANCE_SQL_TAIL
        with psycopg.connect(self.dsn) as conn:
            return conn.execute(sql).fetchall()


repo = CollectorAccountsRepo(os.environ["ACCOUNTS_DSN"])


@app.post("/accounts/statements")
def statements(req: StatementRequest):
    if not req.account_nos:
        return {"quarter": req.quarter, "statements": []}
    rows = repo.balances(req.account_nos)
    return {
        "quarter": req.quarter,
        "statements": [
            {"account_no": r[0], "holder": r[1], "open_jobs": r[2], "balance_pence": r[3]}
            for r in rows
        ],
    }
