"""Unpacks chemical supplier spec sheet bundles (SDS, COA templates) delivered as tarballs."""
from __future__ import annotations

import tarfile
from pathlib import Path
from typing import Iterator


class SpecBundleUnpacker:
    ALLOWED = (".pdf", ".xlsx", ".csv")
    MAX_MEMBER_BYTES = 50 * 1024 * 1024

    def __init__(self, dest_root: Path) -> None:
        self.dest_root = dest_root.resolve()

    def _dest(self, supplier_code: str) -> Path:
        if not supplier_code.isalnum():
            raise ValueError(f"unrecognised supplier code {supplier_code!r}")
        dest = self.dest_root / supplier_code
        dest.mkdir(parents=True, exist_ok=True)
        return dest.resolve()

    def _accepted(self, tar: tarfile.TarFile, dest: Path) -> Iterator[tarfile.TarInfo]:
        for member in tar.getmembers():
            if not member.isfile() or member.size > self.MAX_MEMBER_BYTES:
                continue
            if not member.name.lower().endswith(self.ALLOWED):
                continue
            target = (dest / member.name).resolve()
            if not target.is_relative_to(dest):
                continue
            yield member

    def unpack(self, bundle: Path, supplier_code: str) -> list[Path]:
        dest = self._dest(supplier_code)
        with tarfile.open(bundle, mode="r:*") as tar:
            members = list(self._accepted(tar, dest))
            tar.extractall(path=dest, members=members, filter="data")
        return [dest / m.name for m in members]
