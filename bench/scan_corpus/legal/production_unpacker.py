"""Unpack incoming production volumes (zip) into review staging."""
import shutil
import zipfile
from pathlib import Path


class ArchiveLayoutError(ValueError):
    pass


MAX_TOTAL_BYTES = 50 * 1024 ** 3


def _target_for(member: zipfile.ZipInfo, dest: Path) -> Path:
    target = (dest / member.filename).resolve()
    if not target.is_relative_to(dest):
        raise ArchiveLayoutError(f"entry escapes staging folder: {member.filename!r}")
    return target


def unpack_volume(archive_path: Path, staging_root: Path, volume_name: str) -> list[Path]:
    dest = (staging_root / volume_name).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive_path) as volume:
        members = volume.infolist()
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ArchiveLayoutError("volume exceeds the size limit")
        for member in members:
            target = _target_for(member, dest)
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with volume.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    return written


def load_files(written: list[Path]) -> list[Path]:
    return sorted(p for p in written if p.suffix.lower() in {".dat", ".opt", ".lfp"})
