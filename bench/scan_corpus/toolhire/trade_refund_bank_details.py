"""Encrypts bank details captured when a trade customer asks for a BACS deposit refund.

Sort code and account number are held only until the refund run completes.
"""
from __future__ import annotations

import base64
import json
import os
from typing import Any, Dict

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

REFUND_CIPHER: Dict[str, Any] = {
    "algorithm": algorithms.AES,
    "mode": modes.GCM,
    "iv_bytes": 12,
    "tag_bytes": 16,
}


def _key() -> bytes:
    key = base64.b64decode(os.environ["TH_REFUND_DATA_KEY"])
    if len(key) != 32:
        raise RuntimeError("refund data key must be 256 bits")
    return key


def seal_bank_details(refund_id: int, sort_code: str, account_no: str) -> str:
    iv = os.urandom(REFUND_CIPHER["iv_bytes"])
    cipher = Cipher(REFUND_CIPHER["algorithm"](_key()), REFUND_CIPHER["mode"](iv))
    encryptor = cipher.encryptor()
    encryptor.authenticate_additional_data(str(refund_id).encode("ascii"))
    plaintext = json.dumps({"sort_code": sort_code, "account_no": account_no}).encode()
    body = encryptor.update(plaintext) + encryptor.finalize()
    return base64.b64encode(iv + body + encryptor.tag).decode("ascii")


def open_bank_details(refund_id: int, sealed: str) -> Dict[str, str]:
    raw = base64.b64decode(sealed)
    iv_len, tag_len = REFUND_CIPHER["iv_bytes"], REFUND_CIPHER["tag_bytes"]
    iv, body, tag = raw[:iv_len], raw[iv_len:-tag_len], raw[-tag_len:]
    cipher = Cipher(REFUND_CIPHER["algorithm"](_key()), REFUND_CIPHER["mode"](iv, tag))
    decryptor = cipher.decryptor()
    decryptor.authenticate_additional_data(str(refund_id).encode("ascii"))
    plaintext = decryptor.update(body) + decryptor.finalize()
    return json.loads(plaintext)


def record_refund_request(db, refund_id: int, sort_code: str, account_no: str) -> None:
    digits = sort_code.replace("-", "")
    if not (digits.isdigit() and len(digits) == 6 and account_no.isdigit() and len(account_no) == 8):
        raise ValueError("invalid UK bank details")
    db.execute(
        "UPDATE deposit_refunds SET bank_details_enc = %s, status = 'pending' WHERE id = %s",
        (seal_bank_details(refund_id, digits, account_no), refund_id),
    )


def purge_after_run(db, refund_ids: list[int]) -> None:
    db.execute(
        "UPDATE deposit_refunds SET bank_details_enc = NULL WHERE id = ANY(%s)",
        (refund_ids,),
    )
