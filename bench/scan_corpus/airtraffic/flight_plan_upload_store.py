"""Stores supporting documents (permits, diplomatic clearances) attached to flight plans."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from werkzeug.utils import secure_filename

ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg", ".txt"}


@dataclass
class StoredDocument:
    gufi: str
    original_name: str
    stored_path: Path
    size: int


class SupportingDocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    @staticmethod
    def _suffix(filename: str) -> str:
        suffix = Path(secure_filename(filename)).suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise ValueError(f"unsupported attachment type {suffix or '(none)'}")
        return suffix

    def _destination(self, gufi: str, filename: str) -> Path:
        folder = self.root / uuid.UUID(gufi).hex
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{uuid.uuid4().hex}{self._suffix(filename)}"

    def save(self, gufi: str, filename: str, stream: BinaryIO, limit: int = 10 * 1024 * 1024) -> StoredDocument:
        destination = self._destination(gufi, filename)
        size = 0
        with destination.open("xb") as out:
            while chunk := stream.read(64 * 1024):
                size += len(chunk)
                if size > limit:
                    out.close()
                    destination.unlink()
                    raise ValueError("attachment too large")
                out.write(chunk)
        return StoredDocument(gufi, filename, destination, size)
