"""Nightly settled-claims export for Riverside Animal Hospitals.

Batches are encrypted with ChaCha20-Poly1305 under a key provisioned through
Vault into RIVERSIDE_BATCH_KEY; the batch file name is bound as associated
data so files cannot be swapped between days.
"""
import base64
import csv
import io
import logging
import os
from datetime import date

from Crypto.Cipher import ChaCha20_Poly1305
from Crypto.Random import get_random_bytes

from claims.repository import ClaimsRepository

log = logging.getLogger(__name__)

FIELDS = ["claim_id", "policy_number", "pet_name", "clinic_code", "amount_cents", "status"]


def build_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def encrypt_batch(payload: bytes, batch_name: str) -> bytes:
    key = base64.b64decode(os.environ["RIVERSIDE_BATCH_KEY"])
    nonce = get_random_bytes(12)
    cipher = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    cipher.update(batch_name.encode("utf-8"))
    ct, tag = cipher.encrypt_and_digest(payload)
    return nonce + tag + ct


def run_export(repo: ClaimsRepository, out_dir: str, day: date | None = None) -> str:
    day = day or date.today()
    rows = repo.claims_settled_on(day, partner="riverside")
    name = f"riverside_claims_{day:%Y%m%d}.enc"
    blob = encrypt_batch(build_csv(rows), name)
    path = os.path.join(out_dir, name)
    with open(path, "wb") as fh:
        fh.write(blob)
    log.info("wrote %d claims to %s", len(rows), path)
    return path
