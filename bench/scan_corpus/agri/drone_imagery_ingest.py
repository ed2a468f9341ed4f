"""Ingest step for multispectral drone flight bundles.

Contract pilots drop ``<flight-id>.tar.gz`` bundles into the upload bucket
after each survey. This step unpacks them next to the orthomosaic workers
and registers the band rasters for NDVI processing.
"""
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger("pipeline.drone_ingest")

BAND_SUFFIXES = {"_RED.tif", "_NIR.tif", "_RE.tif", "_GRE.tif", "_BLU.tif"}


def unpack_flight_bundle(bundle_path: Path, work_root: Path) -> Path:
    flight_id = bundle_path.name.split(".")[0]
    dest = work_root / flight_id
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tarfile.open(bundle_path, "r:*") as tar:
        tar.extractall(dest)
    return dest


def collect_bands(flight_dir: Path) -> dict[str, list[Path]]:
    bands: dict[str, list[Path]] = {}
    for tif in sorted(flight_dir.rglob("*.tif")):
        for suffix in BAND_SUFFIXES:
            if tif.name.endswith(suffix):
                bands.setdefault(suffix.strip("_.tif").lower(), []).append(tif)
    return bands


def run(bundle_path: str, work_root: str, registry) -> int:
    flight_dir = unpack_flight_bundle(Path(bundle_path), Path(work_root))
    bands = collect_bands(flight_dir)
    missing = {"red", "nir"} - bands.keys()
    if missing:
        log.error("flight %s missing bands: %s", flight_dir.name, ", ".join(sorted(missing)))
        return 0
    count = 0
    for band, files in bands.items():
        for f in files:
            registry.register_raster(flight=flight_dir.name, band=band, path=str(f))
            count += 1
    log.info("registered %d rasters for flight %s", count, flight_dir.name)
    return count
