"""On-disk cache shared between the render workers on a build host.

Workers run under different service accounts (one per pool), so the cache
directory has to be usable by all of them.
"""
import hashlib
import os
import shutil
from pathlib import Path

CACHE_ROOT = Path(os.environ.get("RENDER_CACHE_DIR", "/var/cache/render"))
SHARED_DIR_MODE = 0o777
MAX_ENTRY_BYTES = 64 * 1024 * 1024


def ensure_cache_root(root: Path = CACHE_ROOT) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, SHARED_DIR_MODE)
    return root


def _entry_path(key: str, root: Path = CACHE_ROOT) -> Path:
    digest = hashlib.sha256(key.encode()).hexdigest()
    return root / digest[:2] / digest


def get(key: str) -> bytes | None:
    path = _entry_path(key)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def put(key: str, data: bytes) -> None:
    if len(data) > MAX_ENTRY_BYTES:
        return
    path = _entry_path(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def clear(root: Path = CACHE_ROOT) -> None:
    for child in root.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
