"""At-rest encryption for direct-message attachments."""

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from storage import ObjectStore

IV_BYTES = 12
TAG_BYTES = 16


@dataclass
class SealedAttachment:
    object_key: str
    size: int


class AttachmentCipher:
    def __init__(self, key: bytes):
        if len(key) not in (16, 32):
            raise ValueError("attachment key must be 128 or 256 bits")
        self._key = key

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        iv = os.urandom(IV_BYTES)
        enc = Cipher(algorithms.AES(self._key), modes.GCM(iv)).encryptor()
        enc.authenticate_additional_data(aad)
        ct = enc.update(plaintext) + enc.finalize()
        return iv + ct + enc.tag

    def open(self, blob: bytes, aad: bytes) -> bytes:
        iv, ct, tag = blob[:IV_BYTES], blob[IV_BYTES:-TAG_BYTES], blob[-TAG_BYTES:]
        dec = Cipher(algorithms.AES(self._key), modes.GCM(iv, tag)).decryptor()
        dec.authenticate_additional_data(aad)
        return dec.update(ct) + dec.finalize()


def store_attachment(
    cipher: AttachmentCipher, store: ObjectStore, conversation_id: int, attachment_id: str, data: bytes
) -> SealedAttachment:
    key = f"dm/{conversation_id}/{attachment_id}"
    blob = cipher.seal(data, aad=key.encode())
    store.put(key, blob)
    return SealedAttachment(key, len(data))


def load_attachment(cipher: AttachmentCipher, store: ObjectStore, object_key: str) -> bytes:
    return cipher.open(store.get(object_key), aad=object_key.encode())
