"""Unpack satellite scene deliveries from the imagery vendor's SFTP drop.

Each delivery is a .tar.gz with one directory per scene containing the band
GeoTIFFs and a metadata XML. Archives are unpacked into a fresh directory
under the ingest root and then moved to the scene store by the next step.
"""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

BAND_SUFFIXES = {".tif", ".tiff", ".jp2"}
MAX_MEMBERS = 2000


class DeliveryError(RuntimeError):
    pass


def unpack_delivery(archive: Path, ingest_root: Path) -> list[Path]:
    target = ingest_root / archive.name.removesuffix(".tar.gz")
    target.mkdir(parents=True, exist_ok=False)

    with tarfile.open(archive, mode="r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise DeliveryError(f"{archive.name}: {len(members)} members, refusing")
        tar.extractall(path=target, filter="data")

    bands = sorted(p for p in target.rglob("*") if p.suffix.lower() in BAND_SUFFIXES)
    if not bands:
        raise DeliveryError(f"{archive.name}: no band files found")
    log.info("unpacked %s: %d band files", archive.name, len(bands))
    return bands


def unpack_all(drop_dir: Path, ingest_root: Path) -> dict[str, int]:
    counts = {}
    for archive in sorted(drop_dir.glob("*.tar.gz")):
        try:
            counts[archive.name] = len(unpack_delivery(archive, ingest_root))
        except (DeliveryError, tarfile.TarError) as exc:
            log.error("skipping %s: %s", archive.name, exc)
    return counts
