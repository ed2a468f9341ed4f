"""Unpack chain-of-custody bundles sent by the regional crematory partner.

The partner zips up the cremation certificate and custody scans per case and
drops them on the SFTP inbox, from where this job picks them up.
"""
import zipfile
from pathlib import Path

MAX_MEMBERS = 50
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class BundleRejected(Exception):
    pass


def _safe_target(dest: Path, member: zipfile.ZipInfo) -> Path:
    target = (dest / member.filename).resolve()
    if not target.is_relative_to(dest):
        raise BundleRejected(f"member escapes destination: {member.filename!r}")
    return target


def unpack_bundle(zip_path: Path, dest: Path) -> list[Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(zip_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise BundleRejected("too many files in bundle")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise BundleRejected("bundle too large")
        for member in members:
            target = _safe_target(dest, member)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, target.open("wb") as out:
                while chunk := src.read(1 << 16):
                    out.write(chunk)
            written.append(target)
    return written
