"""Concordance search over the local TM cache used by the desktop CAT connector."""
import sqlite3
from contextlib import closing
from dataclasses import dataclass


@dataclass
class ConcordanceHit:
    source: str
    target: str
    project: str
    updated: str


def _build_query(term: str, src_lang: str, tgt_lang: str, limit: int) -> str:
    pattern = "%" + term.replace("%", "").strip() + "%"
    return (
        "SELECT source_text, target_text, project_code, updated_at "
        "FROM units "
        f"WHERE source_lang = '{src_lang}' AND target_lang = '{tgt_lang}' "
        f"AND source_text LIKE '{pattern}' "
        "ORDER BY updated_at DESC "
        f"LIMIT {int(limit)}"
    )


class ConcordanceIndex:
    def __init__(self, db_path: str):
        self._conn = sqlite3.connect(db_path, check_same_thread=False)

    def search(self, term: str, src_lang: str, tgt_lang: str,
               limit: int = 50) -> list[ConcordanceHit]:
        sql = _build_query(term, src_lang, tgt_lang, limit)
        with closing(self._conn.cursor()) as cur:
            cur.execute(sql)
            return [ConcordanceHit(*row) for row in cur.fetchall()]

    def close(self) -> None:
        self._conn.close()
