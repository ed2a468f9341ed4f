"""Check controller firmware images against the vendor's published manifest.

Before the yard techs flash a batch of hoist controllers, this script
confirms every image in the staging folder matches the SHA-256 listed in
the vendor's public release manifest.
"""
import argparse
import hashlib
import json
import sys
from pathlib import Path

import requests

MANIFEST_URL = "https://downloads.chainmaster-controls.com/firmware/manifest.json"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            h.update(block)
    return h.hexdigest()


def fetch_manifest(url: str = MANIFEST_URL) -> dict[str, str]:
    resp = requests.get(url, timeout=15)
    resp.raise_for_status()
    return {entry["filename"]: entry["sha256"].lower() for entry in resp.json()["releases"]}


def check_folder(folder: Path, manifest: dict[str, str]) -> list[tuple[str, str]]:
    problems = []
    for image in sorted(folder.glob("*.bin")):
        published = manifest.get(image.name)
        if published is None:
            problems.append((image.name, "not in manifest"))
            continue
        if file_sha256(image) == published:
            continue
        problems.append((image.name, "checksum mismatch"))
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--manifest", help="local manifest JSON instead of downloading")
    args = ap.parse_args(argv)

    if args.manifest:
        raw = json.loads(Path(args.manifest).read_text())
        manifest = {e["filename"]: e["sha256"].lower() for e in raw["releases"]}
    else:
        manifest = fetch_manifest()

    problems = check_folder(args.folder, manifest)
    for name, why in problems:
        print(f"FAIL {name}: {why}", file=sys.stderr)
    print(f"{len(problems)} problem(s) found")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
