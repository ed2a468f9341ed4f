"""Nightly export of finalised lab results for the reference-lab LIS interface.

The vendor's receiving gateway only understands the envelope format from their
2009 interface spec (section 4.2), so the payload cipher is fixed by them.
"""
import csv
import io
import logging
import os
from datetime import date
from pathlib import Path

from Crypto.Cipher import DES3 as _LegacyCipher
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger("lis_export")

OUTBOX = Path(os.environ.get("LIS_OUTBOX", "/var/spool/lis/outbox"))
FIELDS = ["accession", "mrn", "loinc", "value", "unit", "flag", "resulted_at"]


def _results_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _seal(payload: bytes) -> bytes:
    key = _LegacyCipher.adjust_key_parity(bytes.fromhex(os.environ["LIS_EXPORT_KEY"]))
    iv = get_random_bytes(8)
    cipher = _LegacyCipher.new(key, _LegacyCipher.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(payload, _LegacyCipher.block_size))


def fetch_final_results(conn, day: date):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT accession, mrn, loinc, value, unit, flag, resulted_at "
            "FROM lab_results WHERE status = 'F' AND resulted_at::date = %s",
            (day,),
        )
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


def run(conn, day: date) -> Path:
    rows = fetch_final_results(conn, day)
    out = OUTBOX / f"results_{day:%Y%m%d}.enc"
    out.write_bytes(_seal(_results_csv(rows)))
    log.info("wrote %d results to %s", len(rows), out)
    return out
