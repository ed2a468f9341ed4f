"""Integrity manifests for strike-note recordings captured during bell tuning."""

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

CHUNK_SIZE = 1 << 20
MANIFEST_NAME = "manifest.json"


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK_SIZE), b""):
            h.update(block)
    return h.hexdigest()


def build_manifest(session_dir: Path) -> dict:
    entries = {}
    for wav in sorted(session_dir.glob("*.wav")):
        entries[wav.name] = {"sha256": file_digest(wav), "bytes": wav.stat().st_size}
    return {
        "session": session_dir.name,
        "generated": datetime.now(timezone.utc).isoformat(),
        "files": entries,
    }


def write_manifest(session_dir: Path) -> Path:
    manifest = build_manifest(session_dir)
    target = session_dir / MANIFEST_NAME
    target.write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return target


def changed_recordings(session_dir: Path) -> list[str]:
    stored = json.loads((session_dir / MANIFEST_NAME).read_text())
    changed = []
    for name, meta in stored["files"].items():
        wav = session_dir / name
        if not wav.exists() or file_digest(wav) != meta["sha256"]:
            changed.append(name)
    return changed
