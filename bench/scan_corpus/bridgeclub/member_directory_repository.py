"""Member directory queries against the club's PostgreSQL database."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

import psycopg
from psycopg.rows import class_row


@dataclass
class DirectoryEntry:
    federation_number: str
    first_name: str
    last_name: str
    rank_title: Optional[str]
    club_code: str


class MemberDirectoryRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo)

    def search(self, club_code: str, name_prefix: str = "", page: int = 1,
               page_size: int = 25) -> List[DirectoryEntry]:
        offset = max(page - 1, 0) * page_size
        with self._connect() as conn:
            with conn.cursor(row_factory=class_row(DirectoryEntry)) as cur:
                cur.execute(
                    "SELECT m.federation_number, m.first_name, m.last_name, m.rank_title,"
                    " c.code AS club_code"
                    " FROM members m JOIN clubs c ON c.id = m.home_club_id"
                    " WHERE c.code = %s AND m.directory_opt_in"
                    " AND m.last_name ILIKE %s"
                    " ORDER BY m.last_name, m.first_name LIMIT %s OFFSET %s",
                    (club_code, name_prefix.replace("%", r"\%") + "%", page_size, offset),
                )
                return cur.fetchall()

    def by_number(self, federation_number: str) -> Optional[DirectoryEntry]:
        with self._connect() as conn:
            with conn.cursor(row_factory=class_row(DirectoryEntry)) as cur:
                cur.execute(
                    "SELECT m.federation_number, m.first_name, m.last_name, m.rank_title,"
                    " c.code AS club_code"
                    " FROM members m JOIN clubs c ON c.id = m.home_club_id"
                    " WHERE m.federation_number = %s",
                    (federation_number,),
                )
                return cur.fetchone()

    def set_opt_in(self, federation_number: str, opt_in: bool) -> bool:
        with self._connect() as conn:
            cur = conn.execute(
                "UPDATE members SET directory_opt_in = %s WHERE federation_number = %s",
                (opt_in, federation_number),
            )
            return cur.rowcount == 1
