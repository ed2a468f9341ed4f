"""Unpacks detachable-grip controller firmware archives before they are flashed in the workshop."""

from __future__ import annotations

import hashlib
import hmac
import tarfile
from dataclasses import dataclass
from pathlib import Path

MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 500


@dataclass
class UnpackedFirmware:
    root: Path
    images: list[Path]
    digests: dict[str, str]


def _member_filter(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
    member = tarfile.data_filter(member, dest)
    if member.isfile() and member.size > MAX_MEMBER_BYTES:
        raise tarfile.FilterError(f"{member.name} exceeds size limit")
    return member


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            h.update(block)
    return h.hexdigest()


def unpack(archive: Path, workshop_dir: Path) -> UnpackedFirmware:
    dest = workshop_dir / archive.name.removesuffix(".tar.gz")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError("firmware archive has too many entries")
        tar.extractall(path=dest, members=members, filter=_member_filter)
    images = sorted(p for p in dest.rglob("*.bin") if p.is_file())
    return UnpackedFirmware(
        root=dest,
        images=images,
        digests={str(p.relative_to(dest)): _sha256(p) for p in images},
    )


def verify_against(unpacked: UnpackedFirmware, expected: dict[str, str]) -> list[str]:
    problems = []
    for name, digest in expected.items():
        actual = unpacked.digests.get(name)
        if actual is None:
            problems.append(f"missing {name}")
        elif not hmac.compare_digest(actual, digest):
            problems.append(f"digest mismatch for {name}")
    return problems
