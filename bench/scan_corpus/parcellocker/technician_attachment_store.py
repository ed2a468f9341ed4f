"""Store photos and logs that technicians attach to maintenance tickets."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_ALLOWED_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$")
_ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".log", ".txt", ".pdf"}


@dataclass
class AttachmentStore:
    root: str

    def _ticket_dir(self, ticket_id: int) -> str:
        return os.path.join(self.root, f"T{ticket_id:08d}")

    @staticmethod
    def _clean_name(filename: str) -> str:
        name = os.path.basename(filename.replace("\\", "/"))
        if not _ALLOWED_NAME.match(name) or Path(name).suffix.lower() not in _ALLOWED_EXT:
            raise ValueError(f"rejected attachment name {filename!r}")
        return name

    def target_for(self, ticket_id: int, filename: str) -> str:
        base = os.path.realpath(self._ticket_dir(ticket_id))
        target = os.path.realpath(os.path.join(base, self._clean_name(filename)))
        if os.path.commonpath([base, target]) != base:
            raise ValueError("attachment escapes ticket directory")
        return target

    def save(self, ticket_id: int, filename: str, stream: BinaryIO) -> str:
        target = self.target_for(ticket_id, filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "xb") as fh:
            while chunk := stream.read(1 << 16):
                fh.write(chunk)
        return os.path.relpath(target, self.root)

    def open(self, ticket_id: int, filename: str) -> BinaryIO:
        return open(self.target_for(ticket_id, filename), "rb")
