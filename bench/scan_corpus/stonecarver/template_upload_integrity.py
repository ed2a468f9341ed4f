"""Validates CAD template uploads from the drafting team against the release manifest."""

import hashlib
import json
from pathlib import Path

from stonecarver.config import settings
from stonecarver.templates.errors import ManifestMismatch


def load_manifest(path: Path) -> dict[str, str]:
    with path.open() as fh:
        data = json.load(fh)
    return {item["file"]: item["sha256"].lower() for item in data["templates"]}


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify_release(bundle_dir: Path, manifest_name: str = "manifest.json") -> list[str]:
    """Return the list of files whose content does not match the published manifest."""
    manifest = load_manifest(bundle_dir / manifest_name)
    mismatched = []
    for file_name, published in manifest.items():
        candidate = bundle_dir / Path(file_name).name
        if not candidate.exists():
            mismatched.append(file_name)
            continue
        if sha256_of(candidate.read_bytes()) == published:
            continue
        mismatched.append(file_name)
    return mismatched


def accept_release(bundle_dir: Path) -> None:
    problems = verify_release(bundle_dir)
    if problems:
        raise ManifestMismatch(problems)
    target = Path(settings.TEMPLATE_LIBRARY_ROOT) / bundle_dir.name
    target.mkdir(parents=True, exist_ok=True)
    for src in bundle_dir.iterdir():
        (target / src.name).write_bytes(src.read_bytes())
