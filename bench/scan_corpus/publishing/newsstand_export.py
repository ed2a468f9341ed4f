"""Weekly single-copy sales export for the newsstand distributor.

The distributor decrypts with the shared 256-bit key they were given
during onboarding (rotated quarterly, stored in the secrets manager).
"""
import csv
import io
import logging
import os
from datetime import date, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from circulation.db import get_connection
from circulation.secrets import get_secret

log = logging.getLogger(__name__)

OUTBOX = Path(os.environ.get("NEWSSTAND_OUTBOX", "/srv/exports/newsstand"))
FIELDS = ["outlet_id", "issue_date", "delivered", "returned", "sold"]
FORMAT_TAG = b"NSX2"


def fetch_week(conn, week_start: date) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT outlet_id, issue_date, delivered, returned, delivered - returned "
            "FROM newsstand_sales WHERE issue_date >= %s AND issue_date < %s ORDER BY outlet_id",
            (week_start, week_start + timedelta(days=7)),
        )
        return cur.fetchall()


def build_csv(rows: list[tuple]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(FIELDS)
    writer.writerows(rows)
    log.info("export contains %d outlet rows", len(rows))
    return buf.getvalue().encode("utf-8")


def encrypt_for_partner(payload: bytes, key: bytes) -> bytes:
    nonce = os.urandom(12)
    return FORMAT_TAG + nonce + ChaCha20Poly1305(key).encrypt(nonce, payload, FORMAT_TAG)


def run(week_start: date) -> Path:
    key = bytes.fromhex(get_secret("newsstand/export-key"))
    with get_connection() as conn:
        payload = build_csv(fetch_week(conn, week_start))
    out = OUTBOX / f"newsstand-{week_start:%Y%m%d}.csv.enc"
    out.write_bytes(encrypt_for_partner(payload, key))
    log.info("wrote %s (%d bytes)", out, out.stat().st_size)
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    last_monday = date.today() - timedelta(days=date.today().weekday() + 7)
    run(last_monday)
