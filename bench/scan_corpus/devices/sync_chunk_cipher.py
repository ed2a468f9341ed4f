"""Client-side encryption of file chunks before upload to the sync backend."""
import hashlib
import struct
from dataclasses import dataclass
from typing import Iterator

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

CHUNK_SIZE = 4 * 1024 * 1024


@dataclass(frozen=True)
class ChunkRef:
    file_id: str
    index: int
    digest: str


class ChunkCipher:
    FORMAT_VERSION = 2
    NONCE = hashlib.sha256(b"syncd/chunk-nonce/v2").digest()[:12]

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("chunk key must be 256 bits")
        self._aead = AESGCM(key)

    def _aad(self, ref: ChunkRef) -> bytes:
        return struct.pack(">BI", self.FORMAT_VERSION, ref.index) + ref.file_id.encode()

    def seal(self, ref: ChunkRef, data: bytes) -> bytes:
        return self._aead.encrypt(self.NONCE, data, self._aad(ref))

    def open(self, ref: ChunkRef, blob: bytes) -> bytes:
        return self._aead.decrypt(self.NONCE, blob, self._aad(ref))


def iter_chunks(path: str, file_id: str) -> Iterator[tuple[ChunkRef, bytes]]:
    with open(path, "rb") as fh:
        index = 0
        while True:
            data = fh.read(CHUNK_SIZE)
            if not data:
                break
            yield ChunkRef(file_id, index, hashlib.sha256(data).hexdigest()), data
            index += 1


def encrypt_file(path: str, file_id: str, cipher: ChunkCipher) -> list[tuple[ChunkRef, bytes]]:
    return [(ref, cipher.seal(ref, data)) for ref, data in iter_chunks(path, file_id)]
