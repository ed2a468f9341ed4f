"""Public verification codes printed on test-sieve certificates.

Customers and their auditors can type the code from a paper certificate
into the website to retrieve the original measurement data. The code is
what authorises access to the record, so it has to be unguessable.
"""
import secrets
from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg2
import psycopg2.extras

CODE_BYTES = 12


@dataclass
class CertificateRecord:
    certificate_no: str
    sieve_serial: str
    standard: str
    issued_on: date
    verification_code: str


def new_verification_code() -> str:
    raw = secrets.token_urlsafe(CODE_BYTES)
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


class CertificateCodes:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def _conn(self):
        return psycopg2.connect(self.dsn, cursor_factory=psycopg2.extras.DictCursor)

    def assign(self, certificate_no: str) -> str:
        code = new_verification_code()
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE certificates SET verification_code = %s WHERE certificate_no = %s",
                (code, certificate_no),
            )
            if cur.rowcount != 1:
                raise LookupError(certificate_no)
        return code

    def lookup(self, code: str) -> Optional[CertificateRecord]:
        with self._conn() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT certificate_no, sieve_serial, standard, issued_on, verification_code "
                "FROM certificates WHERE verification_code = %s",
                (code.strip(),),
            )
            row = cur.fetchone()
        return CertificateRecord(*row) if row else None
