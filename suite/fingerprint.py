"""A model's identity: sha256 over its weights, tokenizer and config files."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

# Files that define a model's behaviour; README, cards and training logs do not.
_SUFFIXES = (".safetensors", ".bin", ".json", ".model", ".txt", ".jinja", ".gguf", ".pt")
_IGNORED = {"README.md", "card.json", "training_args.bin"}


def _cache_path() -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return root / "suite" / "fingerprints.json"


def _model_files(model_dir: Path) -> list[Path]:
    files = [
        p for p in sorted(model_dir.rglob("*"))
        if p.is_file() and p.suffix in _SUFFIXES and p.name not in _IGNORED and ".cache" not in p.parts
    ]
    return files


def model_fingerprint(model_dir: Path) -> str:
    """Hash of the model's defining files, cached by (path, size, mtime) of each file."""
    model_dir = Path(model_dir).resolve()
    files = _model_files(model_dir)
    stamp = [[str(p.relative_to(model_dir)), p.stat().st_size, p.stat().st_mtime_ns] for p in files]
    key = hashlib.sha256(json.dumps([str(model_dir), stamp]).encode()).hexdigest()
    cache_file = _cache_path()
    try:
        cache = json.loads(cache_file.read_text())
    except (OSError, ValueError):
        cache = {}
    if key in cache:
        return cache[key]
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(model_dir)).encode() + b"\0")
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    fingerprint = "sha256:" + digest.hexdigest()
    cache[key] = fingerprint
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(cache))
        tmp.replace(cache_file)
    except OSError:
        pass  # a read-only home only costs a re-hash next time
    return fingerprint
