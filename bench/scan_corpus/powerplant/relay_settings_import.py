"""Import protection relay setting archives exported from the vendor's configuration tool.

Engineers upload the .tar.gz export; we unpack it into a review workspace so the
settings can be diffed against the approved baseline.
"""

import logging
import tarfile
import tempfile
from pathlib import Path

from relays.baseline import diff_against_baseline

log = logging.getLogger("relay_import")

MAX_MEMBERS = 5000


def unpack_export(archive: Path, workspace: Path) -> list[Path]:
    workspace.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError("archive has too many entries")
        tar.extractall(path=workspace, filter="data")
    return sorted(p for p in workspace.rglob("*") if p.is_file())


def review_upload(archive: Path, relay_id: str) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"relay-{relay_id}-") as tmp:
        files = unpack_export(archive, Path(tmp))
        log.info("relay %s export contains %d files", relay_id, len(files))
        changes = diff_against_baseline(relay_id, files)
    return {"relay_id": relay_id, "files": len(files), "changes": changes}
