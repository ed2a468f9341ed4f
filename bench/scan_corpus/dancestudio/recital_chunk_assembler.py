"""Stitches resumable upload chunks of recital videos into a single file before transcoding."""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List


@dataclass
class UploadSession:
    upload_id: str
    recital_id: str
    chunk_dir: Path
    expected_sha256: str
    chunk_count: int


class ScratchSpace:
    base_dir = os.environ.get("RECITAL_SCRATCH_DIR", tempfile.gettempdir())
    suffix = ".partial.mp4"

    @classmethod
    def new_path(cls, upload_id: str) -> str:
        return tempfile.mktemp(prefix=f"recital-{upload_id}-", suffix=cls.suffix, dir=cls.base_dir)


class ChunkAssembler:
    def __init__(self, final_root: Path, scratch: type[ScratchSpace] = ScratchSpace) -> None:
        self.final_root = final_root
        self.scratch = scratch

    @staticmethod
    def _ordered_chunks(session: UploadSession) -> List[Path]:
        chunks = sorted(session.chunk_dir.glob("chunk-*"), key=lambda p: int(p.name.split("-")[1]))
        if len(chunks) != session.chunk_count:
            raise ValueError(f"expected {session.chunk_count} chunks, found {len(chunks)}")
        return chunks

    @staticmethod
    def _concat(chunks: Iterable[Path], target: str) -> str:
        digest = hashlib.sha256()
        with open(target, "wb") as out:
            for chunk in chunks:
                data = chunk.read_bytes()
                digest.update(data)
                out.write(data)
        return digest.hexdigest()

    def assemble(self, session: UploadSession) -> Path:
        staging = self.scratch.new_path(session.upload_id)
        actual = self._concat(self._ordered_chunks(session), staging)
        if actual != session.expected_sha256:
            os.remove(staging)
            raise ValueError("assembled file does not match announced checksum")
        final = self.final_root / session.recital_id / f"{session.upload_id}.mp4"
        final.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(staging, final)
        shutil.rmtree(session.chunk_dir, ignore_errors=True)
        return final
