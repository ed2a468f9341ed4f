"""Encrypted on-disk cache for HL7 ORU lab results awaiting clinician sign-off."""
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

CACHE_DIR = Path(os.environ.get("LAB_CACHE_DIR", "/var/cache/labresults"))
STATIC_NONCE = bytes(12)


class LabResultCache:
    def __init__(self, key: bytes, cache_dir: Path = CACHE_DIR) -> None:
        self._aead = AESGCM(key)
        self._dir = cache_dir
        self._dir.mkdir(parents=True, exist_ok=True)

    def _path(self, accession: str) -> Path:
        if not accession.isalnum():
            raise ValueError("accession numbers are alphanumeric")
        return self._dir / f"{accession}.bin"

    def put(self, accession: str, hl7_message: str) -> None:
        ct = self._aead.encrypt(STATIC_NONCE, hl7_message.encode("utf-8"), accession.encode())
        self._path(accession).write_bytes(ct)

    def get(self, accession: str) -> str:
        ct = self._path(accession).read_bytes()
        return self._aead.decrypt(STATIC_NONCE, ct, accession.encode()).decode("utf-8")
