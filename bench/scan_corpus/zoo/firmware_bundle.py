"""Unpack firmware bundles for the enclosure sensor nodes before OTA rollout.

Bundles are downloaded from the vendor portal by the ops team and dropped
into the inbox folder; this job unpacks and checks them.
"""

import hashlib
import json
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

INBOX = Path("/srv/sensor-ota/inbox")
RELEASES = Path("/srv/sensor-ota/releases")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack(bundle: Path) -> Path:
    dest = RELEASES / bundle.name.removesuffix(".tar.gz")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, "r:gz") as tar:
        tar.extractall(dest, filter="data")
    return dest


def check_manifest(release_dir: Path) -> bool:
    manifest = json.loads((release_dir / "manifest.json").read_text())
    for entry in manifest["files"]:
        image = release_dir / entry["name"]
        if not image.is_file() or sha256_file(image) != entry["sha256"]:
            log.error("checksum mismatch for %s in %s", entry["name"], release_dir.name)
            return False
    return True


def process_inbox() -> list[Path]:
    ready = []
    for bundle in sorted(INBOX.glob("*.tar.gz")):
        release = unpack(bundle)
        if check_manifest(release):
            ready.append(release)
            bundle.unlink()
    return ready


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for r in process_inbox():
        log.info("release ready: %s", r)
