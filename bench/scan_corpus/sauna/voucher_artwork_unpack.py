"""Unpacks seasonal gift voucher artwork packs delivered by the design agency."""
from __future__ import annotations

import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

ALLOWED_SUFFIXES = {".png", ".svg", ".pdf", ".json"}


@dataclass
class ArtworkPack:
    archive: Path
    campaign: str

    @property
    def target_dir(self) -> Path:
        return Path("/srv/vouchers/artwork") / self.campaign


class ArtworkUnpacker:
    max_member_bytes = 25 * 1024 * 1024

    def _members(self, tar: tarfile.TarFile, dest: Path) -> List[tarfile.TarInfo]:
        chosen: List[tarfile.TarInfo] = []
        for member in tar.getmembers():
            if not member.isfile():
                continue
            if Path(member.name).suffix.lower() not in ALLOWED_SUFFIXES:
                continue
            if member.size > self.max_member_bytes:
                raise ValueError(f"{member.name} exceeds size limit")
            final = (dest / member.name).resolve()
            if not final.is_relative_to(dest):
                raise ValueError(f"{member.name} escapes target directory")
            chosen.append(member)
        return chosen

    def unpack(self, pack: ArtworkPack) -> List[Path]:
        dest = pack.target_dir.resolve()
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(pack.archive, "r:*") as tar:
            members = self._members(tar, dest)
            tar.extractall(dest, members=members, filter="data")
        return [dest / m.name for m in members]


def unpack_campaign(archive: str, campaign: str) -> List[str]:
    if not campaign.isidentifier():
        raise ValueError("campaign must be a simple identifier")
    paths = ArtworkUnpacker().unpack(ArtworkPack(Path(archive), campaign))
    return [str(p) for p in paths]
