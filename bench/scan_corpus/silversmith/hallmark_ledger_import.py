"""Imports the assay office's published sponsor-mark ledger into the workshop database."""

import csv
import hashlib
import io
import logging

import requests

from workshop.config import settings
from workshop.db import get_connection

logger = logging.getLogger(__name__)


class LedgerIntegrityError(RuntimeError):
    pass


def fetch_ledger(session: requests.Session) -> tuple[bytes, str]:
    base = settings.ASSAY_LEDGER_BASE_URL
    data = session.get(f"{base}/sponsor-marks.csv", timeout=30)
    data.raise_for_status()
    checksum = session.get(f"{base}/sponsor-marks.csv.sha256", timeout=30)
    checksum.raise_for_status()
    return data.content, checksum.text.split()[0].strip().lower()


def verify_download(content: bytes, published: str) -> None:
    actual = hashlib.sha256(content).hexdigest()
    if actual != published:
        raise LedgerIntegrityError(f"ledger checksum mismatch: got {actual}, published {published}")


def import_ledger() -> int:
    with requests.Session() as session:
        content, published = fetch_ledger(session)
    verify_download(content, published)
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8"))))
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute("TRUNCATE sponsor_marks")
        cur.executemany(
            "INSERT INTO sponsor_marks (mark_code, sponsor_name, office, registered_on) "
            "VALUES (%(mark_code)s, %(sponsor_name)s, %(office)s, %(registered_on)s)",
            rows,
        )
    logger.info("Imported %d sponsor marks", len(rows))
    return len(rows)
