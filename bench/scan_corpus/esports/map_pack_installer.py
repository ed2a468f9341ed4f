"""Installs community map packs onto match servers.

Map packs are submitted as tarballs through the workshop form and unpacked
into the server's custom maps directory after moderation.
"""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_PACK_BYTES = 512 * 1024 * 1024
MAP_SUFFIXES = {".bsp", ".nav", ".txt", ".vtf", ".vmt"}


def install_map_pack(archive: Path, maps_dir: Path) -> list[str]:
    if archive.stat().st_size > MAX_PACK_BYTES:
        raise ValueError("map pack too large")
    maps_dir.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:gz") as tar:
        wanted = [m for m in tar.getmembers() if m.isfile() and Path(m.name).suffix in MAP_SUFFIXES]
        tar.extractall(path=maps_dir, members=wanted, filter="data")
    installed = sorted(Path(m.name).name for m in wanted)
    log.info("installed %d files from %s", len(installed), archive.name)
    return installed


def list_installed(maps_dir: Path) -> list[str]:
    return sorted(p.stem for p in maps_dir.rglob("*.bsp"))
