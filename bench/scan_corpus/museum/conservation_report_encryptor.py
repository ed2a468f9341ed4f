"""Packages conservation condition reports for courier hand-off.

Condition reports travel with the object on loan; a sealed copy is uploaded to
the courier portal and the key is shared with the borrower out of band.
"""
import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from Crypto.Cipher import ChaCha20_Poly1305
from Crypto.Random import get_random_bytes

log = logging.getLogger(__name__)

NONCE_LEN = 12
TAG_LEN = 16


@dataclass
class ConditionReport:
    object_number: str
    examiner: str
    summary: str
    findings: list[str]
    examined_at: str = ""

    def __post_init__(self):
        if not self.examined_at:
            self.examined_at = datetime.now(timezone.utc).isoformat()


def encrypt_report(report: ConditionReport, key: bytes) -> bytes:
    nonce = get_random_bytes(NONCE_LEN)
    cipher = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    cipher.update(report.object_number.encode("utf-8"))
    ciphertext, tag = cipher.encrypt_and_digest(json.dumps(asdict(report)).encode("utf-8"))
    return nonce + tag + ciphertext


def decrypt_report(blob: bytes, key: bytes, object_number: str) -> ConditionReport:
    nonce, tag, ciphertext = blob[:NONCE_LEN], blob[NONCE_LEN:NONCE_LEN + TAG_LEN], blob[NONCE_LEN + TAG_LEN:]
    cipher = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    cipher.update(object_number.encode("utf-8"))
    data = json.loads(cipher.decrypt_and_verify(ciphertext, tag))
    return ConditionReport(**data)


def package_for_courier(report: ConditionReport, out_dir: Path) -> Path:
    key = bytes.fromhex(os.environ["COURIER_REPORT_KEY"])
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{report.object_number.replace('/', '_')}.report"
    path.write_bytes(encrypt_report(report, key))
    log.info("Packaged condition report for %s", report.object_number)
    return path
