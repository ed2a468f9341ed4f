"""Unpacks zipped report batches returned by the external reference lab.

The reference lab returns a zip of PDF certificates and a CSV summary
for each batch of antibiotic residue samples the cooperative sends.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024
ALLOWED = {".pdf", ".csv"}


@dataclass
class UnpackResult:
    batch_id: str
    files: list[Path]


def member_target(dest: Path, info: zipfile.ZipInfo) -> Path | None:
    name = PurePosixPath(info.filename)
    if info.is_dir() or name.suffix.lower() not in ALLOWED:
        return None
    if name.is_absolute() or ".." in name.parts:
        raise ValueError(f"refusing member path {info.filename!r}")
    target = (dest / Path(*name.parts)).resolve()
    if not target.is_relative_to(dest):
        raise ValueError(f"member escapes destination: {info.filename!r}")
    return target


def unpack_batch(archive: Path, dest_root: Path, batch_id: str) -> UnpackResult:
    dest = (dest_root / batch_id).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise ValueError("too many members in lab archive")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError("lab archive too large when expanded")
        for info in members:
            target = member_target(dest, info)
            if target is None:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as out:
                out.write(src.read())
            written.append(target)
    return UnpackResult(batch_id, written)


if __name__ == "__main__":
    import sys

    result = unpack_batch(Path(sys.argv[1]), Path("/srv/lab-returns"), sys.argv[2])
    print(f"{result.batch_id}: {len(result.files)} files")
