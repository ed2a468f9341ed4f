"""Repository for issued test-sieve certificates (PostgreSQL).

Used by the certificate listing page in the back office, which lets QA
staff sort by any column of the table.
"""
from dataclasses import dataclass
from datetime import date
from typing import List, Optional

import psycopg2
from psycopg2.extras import RealDictCursor


@dataclass
class CertificateSummary:
    certificate_no: str
    sieve_serial: str
    standard: str
    grade: str
    issued_on: date
    inspector: str


class CertificateRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _cursor(self, conn):
        return conn.cursor(cursor_factory=RealDictCursor)

    def list_certificates(
        self,
        standard: Optional[str] = None,
        sort: str = "issued_on",
        direction: str = "desc",
        page: int = 1,
        per_page: int = 50,
    ) -> List[CertificateSummary]:
        direction = "ASC" if direction.lower() == "asc" else "DESC"
        where, params = "", []
        if standard:
            where = "WHERE standard = %s"
            params.append(standard)
        query = (
            "SELECT certificate_no, sieve_serial, standard, grade, issued_on, inspector "
            f"FROM certificates {where} ORDER BY {sort} {direction} LIMIT %s OFFSET %s"
        )
        params += [per_page, (page - 1) * per_page]
        with psycopg2.connect(self._dsn) as conn, self._cursor(conn) as cur:
            cur.execute(query, params)
            return [CertificateSummary(**row) for row in cur.fetchall()]


def certificates_page(request, repo: CertificateRepository):
    args = request.GET
    return repo.list_certificates(
        standard=args.get("standard") or None,
        sort=args.get("sort", "issued_on"),
        direction=args.get("dir", "desc"),
        page=max(1, int(args.get("page", 1))),
    )
