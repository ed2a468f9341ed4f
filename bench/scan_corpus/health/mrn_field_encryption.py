"""Field-level protection for MRNs in the analytics warehouse.

Joinability comes from a keyed blind index (HMAC-SHA256); the value itself is
encrypted with AES-GCM under a separate key and a fresh nonce per value.
"""
import base64
import hashlib
import hmac
import os

from Crypto.Cipher import AES


class MrnProtector:
    def __init__(self, enc_key: bytes, index_key: bytes):
        if len(enc_key) != 32 or len(index_key) < 32:
            raise ValueError("expected a 256-bit encryption key and >=256-bit index key")
        self._enc_key = enc_key
        self._index_key = index_key

    @classmethod
    def from_env(cls) -> "MrnProtector":
        return cls(
            base64.b64decode(os.environ["MRN_ENC_KEY"]),
            base64.b64decode(os.environ["MRN_INDEX_KEY"]),
        )

    def blind_index(self, mrn: str) -> str:
        normalized = mrn.strip().upper().encode("utf-8")
        return hmac.new(self._index_key, normalized, hashlib.sha256).hexdigest()

    def encrypt(self, mrn: str) -> str:
        cipher = AES.new(self._enc_key, AES.MODE_GCM)
        ciphertext, tag = cipher.encrypt_and_digest(mrn.encode("utf-8"))
        return base64.b64encode(cipher.nonce + tag + ciphertext).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, tag, ciphertext = raw[:16], raw[16:32], raw[32:]
        cipher = AES.new(self._enc_key, AES.MODE_GCM, nonce=nonce)
        return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")


def protect_frame(df, column: str = "mrn", protector: MrnProtector | None = None):
    protector = protector or MrnProtector.from_env()
    df[f"{column}_idx"] = df[column].astype(str).map(protector.blind_index)
    df[f"{column}_enc"] = df[column].astype(str).map(protector.encrypt)
    return df.drop(columns=[column])
