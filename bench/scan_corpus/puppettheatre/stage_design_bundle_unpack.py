"""Unpacks stage design bundles (CAD exports, renders) uploaded by freelance designers."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("design.bundles")


@dataclass(frozen=True)
class BundlePolicy:
    inbox: Path = Path("/srv/design/bundles")
    max_members: int = 1_000
    max_member_bytes: int = 200 * 1024 * 1024


class DesignBundleUnpacker:
    def __init__(self, policy: BundlePolicy = BundlePolicy()) -> None:
        self.policy = policy

    def _vet(self, members: list[tarfile.TarInfo], dest: Path) -> list[tarfile.TarInfo]:
        if len(members) > self.policy.max_members:
            raise ValueError("Bundle has too many members")
        accepted = []
        for member in members:
            if not (member.isfile() or member.isdir()):
                raise ValueError(f"Link or device in bundle: {member.name}")
            if member.size > self.policy.max_member_bytes:
                raise ValueError(f"Member too large: {member.name}")
            target = (dest / member.name).resolve()
            if not target.is_relative_to(dest):
                raise ValueError(f"Member escapes bundle folder: {member.name}")
            accepted.append(member)
        return accepted

    def unpack(self, designer: str, bundle: Path) -> Path:
        dest = (self.policy.inbox / designer).resolve()
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(bundle, mode="r:*") as archive:
            members = self._vet(archive.getmembers(), dest)
            archive.extractall(path=dest, members=members, filter="data")
        log.info("Unpacked %d members from %s", len(members), bundle.name)
        return dest
