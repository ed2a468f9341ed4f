"""Builds the entry packet ZIP sent to the customs authority from a shipper manifest."""
from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass, field
from typing import Any


@dataclass
class PacketItem:
    file: str
    kind: str
    pages: int = 1


@dataclass
class PacketManifest:
    entry_number: str
    items: list[PacketItem] = field(default_factory=list)

    @classmethod
    def from_upload(cls, raw: bytes) -> "PacketManifest":
        data: dict[str, Any] = json.loads(raw)
        items = [PacketItem(**item) for item in data.get("items", [])]
        return cls(entry_number=data["entry_number"], items=items)


class EntryPacketBuilder:
    def __init__(self, staging_dir: str, output_dir: str) -> None:
        self.staging_dir = staging_dir
        self.output_dir = output_dir

    def _source(self, manifest: PacketManifest, item: PacketItem) -> str:
        return os.path.join(self.staging_dir, manifest.entry_number, item.file)

    def build(self, manifest: PacketManifest) -> str:
        target = os.path.join(self.output_dir, f"{manifest.entry_number}.zip")
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            index = []
            for seq, item in enumerate(manifest.items, start=1):
                source = self._source(manifest, item)
                arcname = f"{seq:03d}_{item.kind}{os.path.splitext(source)[1]}"
                with open(source, "rb") as fh:
                    zf.writestr(arcname, fh.read())
                index.append({"seq": seq, "kind": item.kind, "pages": item.pages, "name": arcname})
            zf.writestr("index.json", json.dumps({"entry": manifest.entry_number, "items": index}))
        return target


def build_from_request(body: bytes, staging_dir: str, output_dir: str) -> str:
    manifest = PacketManifest.from_upload(body)
    if not manifest.entry_number.isalnum():
        raise ValueError("entry number must be alphanumeric")
    return EntryPacketBuilder(staging_dir, output_dir).build(manifest)
