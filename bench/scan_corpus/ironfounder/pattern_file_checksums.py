"""Change detection for pattern shop CAD files.

The pattern shop keeps STEP and Parasolid models for every wood and resin
pattern. A nightly job fingerprints each file so the CNC router queue can
tell when a model has been revised since the last toolpath was generated.
"""
import hashlib
import json
from pathlib import Path

from patternshop.config import settings

CHUNK_SIZE = 1024 * 1024
TRACKED_SUFFIXES = {".step", ".stp", ".x_t", ".igs"}


def file_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def load_manifest(manifest_path: Path) -> dict[str, str]:
    if not manifest_path.exists():
        return {}
    return json.loads(manifest_path.read_text())


def scan_models(root: Path) -> dict[str, str]:
    fingerprints = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in TRACKED_SUFFIXES:
            fingerprints[str(path.relative_to(root))] = file_fingerprint(path)
    return fingerprints


def changed_models(previous: dict[str, str], current: dict[str, str]) -> list[str]:
    return [name for name, fp in current.items() if previous.get(name) != fp]


def run_nightly_scan() -> list[str]:
    root = Path(settings.PATTERN_MODEL_ROOT)
    manifest_path = root / ".fingerprints.json"
    previous = load_manifest(manifest_path)
    current = scan_models(root)
    changed = changed_models(previous, current)
    manifest_path.write_text(json.dumps(current, indent=2, sort_keys=True))
    return changed
