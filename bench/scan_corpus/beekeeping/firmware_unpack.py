"""Unpack vendor firmware tarballs for the OTA release pipeline."""

import hashlib
import json
import tarfile
import tempfile
from pathlib import Path

MANIFEST = "manifest.json"
MAX_BUNDLE_BYTES = 64 * 1024 * 1024


class BundleRejected(ValueError):
    pass


def unpack(bundle: Path) -> Path:
    if bundle.stat().st_size > MAX_BUNDLE_BYTES:
        raise BundleRejected("bundle too large")
    dest = Path(tempfile.mkdtemp(prefix="fw-bundle-"))
    with tarfile.open(bundle, mode="r:gz") as tar:
        tar.extractall(dest, filter="data")
    return dest


def load_manifest(root: Path) -> dict:
    path = root / MANIFEST
    if not path.is_file():
        raise BundleRejected("missing manifest")
    manifest = json.loads(path.read_text())
    known = {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}
    for entry in manifest.get("files", []):
        file_path = known.get(entry["name"])
        if file_path is None:
            raise BundleRejected(f"manifest lists missing file {entry['name']}")
        if hashlib.sha256(file_path.read_bytes()).hexdigest() != entry["sha256"]:
            raise BundleRejected(f"checksum mismatch for {entry['name']}")
    return manifest


def prepare_release(bundle: Path) -> tuple[Path, dict]:
    root = unpack(bundle)
    return root, load_manifest(root)
