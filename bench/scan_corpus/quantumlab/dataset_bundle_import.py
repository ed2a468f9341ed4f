"""Pipeline step: unpack user-uploaded benchmark dataset bundles.

Users attach ``.tar.gz`` bundles of circuits and reference distributions
to benchmark runs. This step unpacks them into the run's working area and
indexes the contents for the scoring step.
"""
import hashlib
import json
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".qasm", ".json", ".npz", ".csv"}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack_bundle(bundle: Path, workdir: Path) -> Path:
    dest = workdir / "dataset"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, mode="r:gz") as tar:
        tar.extractall(dest)
    return dest


def index_dataset(dest: Path) -> dict:
    index = {}
    for p in sorted(dest.rglob("*")):
        if p.is_file() and p.suffix in ALLOWED_SUFFIXES:
            index[str(p.relative_to(dest))] = {"sha256": _sha256(p), "bytes": p.stat().st_size}
    return index


def run(step_input: dict) -> dict:
    workdir = Path(step_input["workdir"])
    dest = unpack_bundle(Path(step_input["bundle_path"]), workdir)
    index = index_dataset(dest)
    (workdir / "dataset_index.json").write_text(json.dumps(index, indent=2))
    log.info("indexed %d dataset files for run %s", len(index), step_input["run_id"])
    return {"dataset_dir": str(dest), "files": len(index)}
