"""Unpacks uploaded statement bundles (tar.gz) into the reconciliation workspace."""
import tarfile
from pathlib import Path

MAX_MEMBERS = 2_000


def unpack_bundle(bundle: Path, workspace: Path) -> list[Path]:
    workspace.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, "r:gz") as tar:
        members = [m for m in tar.getmembers() if m.isfile()]
        if len(members) > MAX_MEMBERS:
            raise ValueError("bundle has too many files")
        tar.extractall(workspace, members=members, filter="data")
    return [workspace / m.name for m in members]
