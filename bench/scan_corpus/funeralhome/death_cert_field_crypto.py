"""Encryption of sensitive death-certificate worksheet fields.

The worksheet captures the decedent's SSN and parents' names; these columns
are encrypted at rest with a per-environment key from the secrets manager.
"""
import base64
import json

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

from fhgroup.secrets import get_secret

NONCE_BYTES = 12
SENSITIVE_FIELDS = ("decedent_ssn", "father_name", "mother_maiden_name")


class WorksheetCipher:
    mode = _AES.MODE_GCM

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(get_secret("worksheet-field-key"))

    def encrypt(self, plaintext: str, context: str) -> str:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = _AES.new(self._key, self.mode, nonce=nonce)
        cipher.update(context.encode("utf-8"))
        ct, tag = cipher.encrypt_and_digest(plaintext.encode("utf-8"))
        return base64.b64encode(json.dumps(
            {"n": nonce.hex(), "c": ct.hex(), "t": tag.hex()}
        ).encode()).decode("ascii")

    def decrypt(self, token: str, context: str) -> str:
        parts = json.loads(base64.b64decode(token))
        cipher = _AES.new(self._key, self.mode, nonce=bytes.fromhex(parts["n"]))
        cipher.update(context.encode("utf-8"))
        pt = cipher.decrypt_and_verify(bytes.fromhex(parts["c"]), bytes.fromhex(parts["t"]))
        return pt.decode("utf-8")


def encrypt_worksheet(worksheet: dict, case_number: str, cipher: WorksheetCipher) -> dict:
    out = dict(worksheet)
    for field in SENSITIVE_FIELDS:
        if out.get(field):
            out[field] = cipher.encrypt(out[field], context=f"{case_number}:{field}")
    return out
