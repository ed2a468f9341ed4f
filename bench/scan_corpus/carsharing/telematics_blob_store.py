"""Encrypted storage of raw CAN snapshots uploaded by the TCUs.

Snapshots are captured on fault codes and kept for the warranty team. Each
blob is encrypted with the fleet data key using AES-256-GCM; the layout is
``nonce (12) || ciphertext || tag (16)`` and the object key is bound as AAD.
"""
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

NONCE_LEN = 12
TAG_LEN = 16


class SnapshotStore:
    def __init__(self, bucket, keyring, fleet_id: str):
        self._bucket = bucket
        self._key = keyring.data_key(fleet_id)

    def _encrypt(self, data: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        enc = Cipher(algorithms.AES(self._key), modes.GCM(nonce)).encryptor()
        enc.authenticate_additional_data(aad)
        ct = enc.update(data) + enc.finalize()
        return nonce + ct + enc.tag

    def _decrypt(self, blob: bytes, aad: bytes) -> bytes:
        nonce, ct, tag = blob[:NONCE_LEN], blob[NONCE_LEN:-TAG_LEN], blob[-TAG_LEN:]
        dec = Cipher(algorithms.AES(self._key), modes.GCM(nonce, tag)).decryptor()
        dec.authenticate_additional_data(aad)
        return dec.update(ct) + dec.finalize()

    def put(self, vin: str, captured_at: int, snapshot: bytes) -> str:
        key = f"can-snapshots/{vin}/{captured_at}.bin"
        self._bucket.put_object(key, self._encrypt(snapshot, key.encode()))
        return key

    def get(self, key: str) -> bytes:
        return self._decrypt(self._bucket.get_object(key), key.encode())
