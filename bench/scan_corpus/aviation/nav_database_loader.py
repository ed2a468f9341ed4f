"""Stage AIRAC navigation database deliveries for FMS loading.

The nav data supplier delivers one zip per AIRAC cycle and fleet. Before
the avionics shop loads it, the archive is unpacked into a cycle folder
and the supplier's CRC list is checked file by file.
"""
import zipfile
import zlib
from pathlib import Path


class DeliveryError(Exception):
    pass


def _safe_members(zf: zipfile.ZipFile, dest: Path):
    root = dest.resolve()
    for info in zf.infolist():
        target = (root / info.filename).resolve()
        if not target.is_relative_to(root):
            raise DeliveryError(f"archive member escapes the cycle folder: {info.filename}")
        yield info


def unpack_delivery(archive: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive) as zf:
        for info in _safe_members(zf, dest):
            written.append(Path(zf.extract(info, dest)))
    return written


def verify_crcs(dest: Path, crc_list: Path) -> None:
    for line in crc_list.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, expected = line.split()
        path = (dest / name).resolve()
        if not path.is_relative_to(dest.resolve()) or not path.is_file():
            raise DeliveryError(f"listed file missing: {name}")
        actual = zlib.crc32(path.read_bytes()) & 0xFFFFFFFF
        if actual != int(expected, 16):
            raise DeliveryError(f"CRC mismatch for {name}")


def stage_cycle(archive: Path, staging_root: Path, airac: str) -> Path:
    if not (airac.isdigit() and len(airac) == 4):
        raise DeliveryError("AIRAC cycle must look like 2407")
    dest = staging_root / airac
    unpack_delivery(archive, dest)
    verify_crcs(dest, dest / "CRC.TXT")
    return dest
