"""Unpack drawing packages (ZIP) that customers attach to an RFQ."""
import zipfile
from pathlib import Path

ALLOWED = {".pdf", ".dxf", ".dwg", ".step", ".stp", ".igs"}
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_FILES = 200


class PackageRejected(Exception):
    pass


def _target(dest: Path, member_name: str) -> Path:
    target = (dest / member_name).resolve()
    if not target.is_relative_to(dest):
        raise PackageRejected(f"entry escapes package folder: {member_name!r}")
    return target


def unpack_package(archive: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_FILES:
            raise PackageRejected("too many files in package")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise PackageRejected("package too large when unpacked")
        for info in infos:
            if Path(info.filename).suffix.lower() not in ALLOWED:
                continue
            target = _target(dest, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as out:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
            written.append(target)
    return written
