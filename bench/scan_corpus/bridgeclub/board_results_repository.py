"""Repository for duplicate board results (one row per board per table).

Used by the scoring screen and by the travellers export. Event codes
arrive from the director's console, e.g. ``"2024-03-12-MON-PAIRS"``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List, Optional

import psycopg
from psycopg.rows import dict_row


@dataclass
class BoardResult:
    board: int
    ns_pair: int
    ew_pair: int
    contract: str
    declarer: str
    tricks: int
    ns_score: int


class BoardResultsRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo, row_factory=dict_row)

    @staticmethod
    def _event_filter(event_code: str, board: Optional[int] = None) -> str:
        clause = "event_code = '%s'" % event_code
        if board is not None:
            clause += " AND board = %d" % int(board)
        return clause

    def travellers(self, event_code: str, board: Optional[int] = None) -> List[BoardResult]:
        query = (
            "SELECT board, ns_pair, ew_pair, contract, declarer, tricks, ns_score"
            " FROM board_results WHERE " + self._event_filter(event_code, board) +
            " ORDER BY board, ns_score DESC"
        )
        with self._connect() as conn:
            rows = conn.execute(query).fetchall()
        return [BoardResult(**row) for row in rows]

    def save(self, event_code: str, results: Iterable[BoardResult]) -> int:
        count = 0
        with self._connect() as conn:
            with conn.cursor() as cur:
                for r in results:
                    cur.execute(
                        "INSERT INTO board_results (event_code, board, ns_pair, ew_pair,"
                        " contract, declarer, tricks, ns_score)"
                        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
                        " ON CONFLICT (event_code, board, ns_pair) DO UPDATE SET"
                        " contract = EXCLUDED.contract, declarer = EXCLUDED.declarer,"
                        " tricks = EXCLUDED.tricks, ns_score = EXCLUDED.ns_score",
                        (event_code, r.board, r.ns_pair, r.ew_pair, r.contract,
                         r.declarer, r.tricks, r.ns_score),
                    )
                    count += 1
        return count

    def boards_played(self, event_code: str) -> int:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT COUNT(DISTINCT board) AS n FROM board_results WHERE event_code = %s",
                (event_code,),
            ).fetchone()
        return int(row["n"]) if row else 0
