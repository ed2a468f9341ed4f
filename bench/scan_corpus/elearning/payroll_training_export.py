"""Monthly mandatory-training export consumed by the payroll compliance job.

Envelope: 12-byte nonce | 16-byte tag | ciphertext (AES-256-GCM).
"""
import base64
import json
import os
from datetime import date

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

from lms.reporting import mandatory_training_status

KEY_ENV = "PAYROLL_EXPORT_KEY"


def _key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise ValueError(f"{KEY_ENV} must be a base64-encoded 256-bit key")
    return key


def seal(payload: bytes, header: bytes) -> bytes:
    cipher = _AES.new(_key(), _AES.MODE_GCM, nonce=get_random_bytes(12))
    cipher.update(header)
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return cipher.nonce + tag + ciphertext


def build_export(month: date) -> bytes:
    rows = [
        {"employee_id": r.employee_id, "course": r.course_code, "status": r.status}
        for r in mandatory_training_status(month)
    ]
    body = json.dumps({"month": month.strftime("%Y-%m"), "rows": rows}).encode("utf-8")
    header = f"lms-payroll:{month:%Y-%m}".encode("ascii")
    return seal(body, header)
