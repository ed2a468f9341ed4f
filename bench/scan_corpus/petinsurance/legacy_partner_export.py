"""Nightly settled-claims export for Heartland Vet Group.

Heartland's intake system still expects the batch file encrypted with the
key they issued at onboarding; the key is provisioned through Vault into
the HEARTLAND_EXPORT_KEY environment variable.
"""
import base64
import csv
import io
import logging
import os
from datetime import date

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

from claims.repository import ClaimsRepository

log = logging.getLogger(__name__)

FIELDS = ["claim_id", "policy_number", "pet_name", "clinic_code", "amount_cents", "status"]


def build_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue().encode("utf-8")


def encrypt_batch(payload: bytes) -> bytes:
    key = base64.b64decode(os.environ["HEARTLAND_EXPORT_KEY"])
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, DES3.block_size))


def run_export(repo: ClaimsRepository, out_dir: str, day: date | None = None) -> str:
    day = day or date.today()
    rows = repo.claims_settled_on(day, partner="heartland")
    blob = encrypt_batch(build_csv(rows))
    path = os.path.join(out_dir, f"heartland_claims_{day:%Y%m%d}.enc")
    with open(path, "wb") as fh:
        fh.write(blob)
    log.info("wrote %d claims to %s", len(rows), path)
    return path
