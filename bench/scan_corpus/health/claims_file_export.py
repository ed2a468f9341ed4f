"""Monthly claims extract sent to the payer's analytics team.

Envelope: AES-256-CBC with a random IV, then HMAC-SHA256 over IV||ciphertext
(encrypt-then-MAC), as agreed in the data-sharing agreement appendix B.
"""
import csv
import hashlib
import hmac
import io
import logging
import os
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger("claims_export")

OUTBOX = Path(os.environ.get("CLAIMS_OUTBOX", "/var/spool/claims/outbox"))
FIELDS = ["claim_id", "member_id", "service_date", "cpt", "icd10", "billed", "allowed"]


def _to_csv(rows) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _seal(payload: bytes) -> bytes:
    enc_key = bytes.fromhex(os.environ["CLAIMS_ENC_KEY"])
    mac_key = bytes.fromhex(os.environ["CLAIMS_MAC_KEY"])
    iv = get_random_bytes(AES.block_size)
    cipher = AES.new(enc_key, AES.MODE_CBC, iv=iv)
    body = iv + cipher.encrypt(pad(payload, AES.block_size))
    return body + hmac.new(mac_key, body, hashlib.sha256).digest()


def run(conn, year: int, month: int) -> Path:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT claim_id, member_id, service_date, cpt, icd10, billed, allowed "
            "FROM claims WHERE date_part('year', service_date) = %s "
            "AND date_part('month', service_date) = %s",
            (year, month),
        )
        cols = [c.name for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    out = OUTBOX / f"claims_{year}{month:02d}.enc"
    out.write_bytes(_seal(_to_csv(rows)))
    log.info("wrote %d claims to %s", len(rows), out)
    return out
