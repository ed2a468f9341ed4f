"""Encrypted member ids with a keyed blind index for exact-match lookups."""
import base64
import hashlib
import hmac
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes


class MemberIdStore:
    def __init__(self) -> None:
        self._enc_key = base64.b64decode(os.environ["MEMBER_ID_ENC_KEY"])
        self._index_key = base64.b64decode(os.environ["MEMBER_ID_INDEX_KEY"])

    def blind_index(self, member_id: str) -> str:
        normalised = member_id.strip().upper().encode("ascii")
        return hmac.new(self._index_key, normalised, hashlib.sha256).hexdigest()

    def seal(self, member_id: str) -> str:
        nonce = get_random_bytes(12)
        cipher = AES.new(self._enc_key, AES.MODE_GCM, nonce=nonce)
        ct, tag = cipher.encrypt_and_digest(member_id.strip().upper().encode("ascii"))
        return base64.b64encode(nonce + tag + ct).decode()

    def open(self, sealed: str) -> str:
        raw = base64.b64decode(sealed)
        nonce, tag, ct = raw[:12], raw[12:28], raw[28:]
        cipher = AES.new(self._enc_key, AES.MODE_GCM, nonce=nonce)
        return cipher.decrypt_and_verify(ct, tag).decode("ascii")


def find_patient_by_member_id(db, store: MemberIdStore, member_id: str):
    return db.execute(
        "SELECT id, first_name, last_name FROM patients WHERE member_id_idx = %s",
        (store.blind_index(member_id),),
    ).fetchone()
