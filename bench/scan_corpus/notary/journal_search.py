"""Search over a notary's electronic journal (asyncpg)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import asyncpg

PAGE_SIZE = 50


@dataclass
class JournalQuery:
    notary_id: int
    signer_name: str | None = None
    act_type: str | None = None
    since: date | None = None
    page: int = 0


def _where_clause(q: JournalQuery) -> tuple[str, list]:
    clauses = ["notary_id = $1"]
    args: list = [q.notary_id]
    if q.act_type:
        args.append(q.act_type)
        clauses.append(f"act_type = ${len(args)}")
    if q.since:
        args.append(q.since)
        clauses.append(f"performed_on >= ${len(args)}")
    if q.signer_name:
        clauses.append(f"signer_name ILIKE '%{q.signer_name}%'")
    return " AND ".join(clauses), args


async def search_journal(pool: asyncpg.Pool, q: JournalQuery) -> list[dict]:
    where, args = _where_clause(q)
    args.extend([PAGE_SIZE, q.page * PAGE_SIZE])
    sql = (
        "SELECT entry_id, performed_on, act_type, signer_name, document_title, fee_cents "
        f"FROM journal_entries WHERE {where} "
        f"ORDER BY performed_on DESC LIMIT ${len(args) - 1} OFFSET ${len(args)}"
    )
    async with pool.acquire() as conn:
        rows = await conn.fetch(sql, *args)
    return [dict(r) for r in rows]


async def count_entries(pool: asyncpg.Pool, notary_id: int) -> int:
    async with pool.acquire() as conn:
        return await conn.fetchval(
            "SELECT count(*) FROM journal_entries WHERE notary_id = $1", notary_id
        )
