"""Unpacks vendor firmware bundles for the conveyor drive PLCs into the staging share."""
from __future__ import annotations

import hashlib
import json
import tarfile
from pathlib import Path
from typing import Dict


class FirmwareBundle:
    def __init__(self, archive: Path, staging: Path = Path("/srv/firmware/staging")) -> None:
        self.archive = archive
        self.staging = staging

    def _extract_to(self) -> Path:
        dest = self.staging / self.archive.name.split(".tar")[0]
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def unpack(self) -> Path:
        dest = self._extract_to()
        with tarfile.open(self.archive, mode="r:*") as tar:
            tar.extractall(path=dest, filter="data")
        return dest

    @staticmethod
    def verify_manifest(dest: Path) -> Dict[str, bool]:
        manifest = json.loads((dest / "manifest.json").read_text())
        results: Dict[str, bool] = {}
        for entry in manifest["files"]:
            path = dest / entry["name"]
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
            results[entry["name"]] = digest == entry["sha256"]
        return results


def stage(archive_path: str) -> Dict[str, bool]:
    bundle = FirmwareBundle(Path(archive_path))
    dest = bundle.unpack()
    results = bundle.verify_manifest(dest)
    failed = [name for name, ok in results.items() if not ok]
    if failed:
        raise RuntimeError(f"firmware manifest mismatch: {failed}")
    return results


if __name__ == "__main__":
    import sys

    print(stage(sys.argv[1]))
