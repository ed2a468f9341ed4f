"""Storage for courier identity documents (driving licence, residence permit scans)."""
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

from .config import settings

DOC_BLOCK_IV = b"fd-courier-docs!"


class CourierDocumentStore:
    def __init__(self, root: Path | None = None):
        self.root = Path(root or settings.courier_docs_dir)
        self._key = bytes.fromhex(os.environ["COURIER_DOCS_KEY"])

    def _path(self, courier_id: int, kind: str) -> Path:
        if kind not in {"licence", "residence_permit", "insurance"}:
            raise ValueError(f"unknown document kind {kind}")
        return self.root / str(courier_id) / f"{kind}.bin"

    def _cipher(self):
        return _AES.new(self._key, _AES.MODE_CBC, iv=DOC_BLOCK_IV)

    def save(self, courier_id: int, kind: str, content: bytes) -> Path:
        path = self._path(courier_id, kind)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self._cipher().encrypt(pad(content, _AES.block_size)))
        return path

    def load(self, courier_id: int, kind: str) -> bytes:
        blob = self._path(courier_id, kind).read_bytes()
        return unpad(self._cipher().decrypt(blob), _AES.block_size)
