"""Balance and transaction history lookups for gift vouchers and store credit."""

from decimal import Decimal

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from hotshop.config import settings

LEDGER_TABLES = {
    "voucher": ("gift_vouchers", "gift_voucher_transactions"),
    "credit": ("store_credits", "store_credit_transactions"),
}


def _connect() -> psycopg.Connection:
    return psycopg.connect(settings.DATABASE_URL, row_factory=dict_row)


def balance(kind: str, code: str) -> Decimal | None:
    account_table, _ = LEDGER_TABLES[kind]
    query = sql.SQL("SELECT balance FROM {} WHERE code = %s AND voided = false").format(
        sql.Identifier(account_table)
    )
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, (code.strip().upper(),))
        row = cur.fetchone()
    return row["balance"] if row else None


def history(kind: str, code: str, limit: int = 50) -> list[dict]:
    account_table, txn_table = LEDGER_TABLES[kind]
    query = sql.SQL(
        "SELECT t.created_at, t.amount, t.description "
        "FROM {txn} t JOIN {acct} a ON a.id = t.account_id "
        "WHERE a.code = %s ORDER BY t.created_at DESC LIMIT %s"
    ).format(txn=sql.Identifier(txn_table), acct=sql.Identifier(account_table))
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, (code.strip().upper(), limit))
        return cur.fetchall()


def lookup(kind: str, code: str) -> dict:
    if kind not in LEDGER_TABLES:
        raise ValueError(f"unknown ledger kind: {kind}")
    return {
        "code": code.strip().upper(),
        "balance": balance(kind, code),
        "transactions": history(kind, code),
    }
