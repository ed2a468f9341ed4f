"""Pipeline step: unpack benchmark dataset archives attached to a run."""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 20_000
MAX_TOTAL_BYTES = 2 * 1024**3


def unpack(archive: Path, workdir: Path) -> Path:
    dest = workdir / "dataset"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError("archive has too many entries")
        if sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError("archive expands beyond size limit")
        tar.extractall(dest, members=members, filter="data")
    log.info("unpacked %d entries from %s", len(members), archive.name)
    return dest


def run(step_input: dict) -> dict:
    dest = unpack(Path(step_input["bundle_path"]), Path(step_input["workdir"]))
    files = [str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file()]
    return {"dataset_dir": str(dest), "files": sorted(files)}
