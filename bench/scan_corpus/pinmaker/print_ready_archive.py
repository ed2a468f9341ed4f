"""Import print-ready archives returned by our freelance illustrators.

Illustrators send back a .tar.gz of final artwork and die lines per order. We
unpack it into the order's artwork folder, keeping their sub-folders.
"""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger("pinmaker.print_ready")

ALLOWED = {".ai", ".pdf", ".svg", ".eps", ".dxf"}


class ArchiveRejected(ValueError):
    pass


def _destination(base: Path, member: tarfile.TarInfo) -> Path:
    target = (base / member.name).resolve()
    if not target.is_relative_to(base):
        raise ArchiveRejected(f"member {member.name!r} points outside the order folder")
    return target


def extract_print_ready(archive: Path, order_dir: Path) -> list[Path]:
    base = order_dir.resolve()
    base.mkdir(parents=True, exist_ok=True)
    extracted: list[Path] = []
    with tarfile.open(archive, "r:*") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            if Path(member.name).suffix.lower() not in ALLOWED:
                continue
            target = _destination(base, member)
            target.parent.mkdir(parents=True, exist_ok=True)
            src = tar.extractfile(member)
            if src is None:
                continue
            with src, open(target, "wb") as out:
                out.write(src.read())
            extracted.append(target)
    log.info("%s: %d print-ready files unpacked", archive.name, len(extracted))
    return extracted


def summarise(files: list[Path], order_dir: Path) -> dict[str, list[str]]:
    by_kind: dict[str, list[str]] = {}
    for f in files:
        by_kind.setdefault(f.suffix.lower().lstrip("."), []).append(
            str(f.relative_to(order_dir.resolve())))
    return by_kind
