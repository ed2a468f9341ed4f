"""Atomically rewrite the agent's JSON config so readers never see a partial file."""
import json
import os
import tempfile
from pathlib import Path


def write_config(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def update_config(path: Path, **changes) -> dict:
    current = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    current.update(changes)
    write_config(path, current)
    return current
