"""Unpack firmware bundles uploaded through the vendor portal.

A bundle is a .tar.gz containing one or more board images, their detached
signatures and a ``manifest.json``. Only those file types are unpacked;
documentation and other extras in the archive are skipped.
"""
import json
import re
import tarfile
import tempfile
from pathlib import Path

STAGING_ROOT = Path("/var/lib/washpoint/firmware-staging")
WANTED_SUFFIXES = (".bin", ".sig", ".json")
RELEASE_RE = re.compile(r"\d+\.\d+\.\d+(-rc\d+)?")


class BundleError(Exception):
    pass


def unpack_bundle(upload_path: Path, release: str) -> Path:
    if not RELEASE_RE.fullmatch(release):
        raise BundleError(f"invalid release name {release!r}")
    dest = STAGING_ROOT / release
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(upload_path, mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile() or not member.name.endswith(WANTED_SUFFIXES):
                continue
            tar.extract(member, path=dest)
    if not (dest / "manifest.json").is_file():
        raise BundleError("bundle has no manifest.json at its root")
    return dest


def load_manifest(bundle_dir: Path) -> dict:
    manifest = json.loads((bundle_dir / "manifest.json").read_text())
    for image in manifest.get("images", []):
        if not (bundle_dir / image["file"]).is_file():
            raise BundleError(f"manifest lists missing file {image['file']}")
    return manifest


def handle_upload(fileobj, release: str) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        for chunk in iter(lambda: fileobj.read(1 << 20), b""):
            tmp.write(chunk)
        tmp.flush()
        bundle_dir = unpack_bundle(Path(tmp.name), release)
    return load_manifest(bundle_dir)
