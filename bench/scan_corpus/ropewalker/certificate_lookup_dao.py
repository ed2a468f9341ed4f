"""Lookup of break-test certificates by number for the public verification page."""
import sqlite3
from contextlib import closing
from dataclasses import dataclass

from ropewalker.config import settings


@dataclass
class CertificateSummary:
    number: str
    batch_code: str
    product: str
    minimum_break_load_kn: float
    tested_on: str


class CertificateLookup:
    table = "certificates"

    def __init__(self, db_path: str = settings.CERT_REPLICA_PATH):
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _normalise(self, number: str) -> str:
        return number.strip().upper().replace(" ", "")

    def find(self, number: str) -> CertificateSummary | None:
        wanted = self._normalise(number)
        sql = (
            "SELECT number, batch_code, product, mbl_kn, tested_on FROM %s "
            "WHERE number = '%s' AND status = 'issued'" % (self.table, wanted)
        )
        with closing(self._connect()) as conn:
            row = conn.execute(sql).fetchone()
        if row is None:
            return None
        return CertificateSummary(
            number=row["number"],
            batch_code=row["batch_code"],
            product=row["product"],
            minimum_break_load_kn=row["mbl_kn"],
            tested_on=row["tested_on"],
        )


def verification_context(number: str) -> dict:
    summary = CertificateLookup().find(number)
    if summary is None:
        return {"found": False, "number": number}
    return {"found": True, "certificate": summary}
