"""Integrity manifest for the pattern file store.

Every pattern variant (PDF, pleater chart, SVG transfer) is checksummed
when it is published.  The nightly job recomputes the checksums and
reports files that changed or went missing on the storage volume.
"""
from __future__ import annotations

import json
import logging
from hashlib import sha256 as _sha256
from pathlib import Path

log = logging.getLogger("smockstudio.patterns.integrity")

CHUNK_SIZE = 1024 * 1024


def file_digest(path: Path) -> str:
    h = _sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            h.update(chunk)
    return h.hexdigest()


def build_manifest(root: Path) -> dict[str, str]:
    manifest = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in {".pdf", ".svg", ".png"}:
            manifest[str(path.relative_to(root))] = file_digest(path)
    return manifest


def verify_manifest(root: Path, manifest_path: Path) -> list[str]:
    recorded: dict[str, str] = json.loads(manifest_path.read_text())
    problems = []
    for rel, expected in recorded.items():
        path = root / rel
        if not path.is_file():
            problems.append(f"missing: {rel}")
            continue
        actual = file_digest(path)
        if actual != expected:
            problems.append(f"changed: {rel}")
    return problems


def write_manifest(root: Path, manifest_path: Path) -> int:
    manifest = build_manifest(root)
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True))
    log.info("wrote manifest with %d pattern files to %s", len(manifest), manifest_path)
    return len(manifest)


if __name__ == "__main__":
    import sys

    store, manifest_file = Path(sys.argv[1]), Path(sys.argv[2])
    issues = verify_manifest(store, manifest_file)
    for issue in issues:
        print(issue)
    raise SystemExit(1 if issues else 0)
