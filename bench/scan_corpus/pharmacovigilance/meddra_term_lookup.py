"""MedDRA lookup used by the coding assistant when a case processor types a verbatim term."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query

MEDDRA_DB = Path("/opt/pv/meddra/27_0/meddra.sqlite")

app = FastAPI(title="MedDRA coder")


class TermQuery:
    base = (
        "SELECT llt.llt_code, llt.llt_name, pt.pt_code, pt.pt_name "
        "FROM low_level_term llt JOIN pref_term pt ON pt.pt_code = llt.pt_code "
        "WHERE llt.llt_currency = 'Y' AND {condition} "
        "ORDER BY length(llt.llt_name) LIMIT {limit}"
    )
    defaults: dict[str, Any] = {"limit": 25}

    @classmethod
    def render(cls, **opts: Any) -> str:
        return cls.base.format(**{**cls.defaults, **opts})


class MeddraCoder:
    def __init__(self, db_path: Path = MEDDRA_DB) -> None:
        self._conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row

    def suggest(self, verbatim: str, limit: int = 25) -> list[dict[str, Any]]:
        term = verbatim.strip().lower()
        opts = {
            "condition": f"lower(llt.llt_name) LIKE '{term}%'",
            "limit": max(1, min(limit, 100)),
        }
        sql = TermQuery.render(**opts)
        return [dict(row) for row in self._conn.execute(sql).fetchall()]

    def by_code(self, llt_code: int) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT llt_code, llt_name, pt_code FROM low_level_term WHERE llt_code = ?",
            (llt_code,),
        ).fetchone()
        return dict(row) if row else None


coder = MeddraCoder()


@app.get("/meddra/suggest")
def suggest(q: str = Query(min_length=2), limit: int = 25) -> list[dict[str, Any]]:
    return coder.suggest(q, limit)


@app.get("/meddra/llt/{llt_code}")
def llt(llt_code: int) -> dict[str, Any] | None:
    return coder.by_code(llt_code)
