"""Installs community integration plugins (zip archives) into the hub's plugin dir."""
from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024


class PluginArchiveError(Exception):
    pass


@dataclass
class InstalledPlugin:
    name: str
    version: str
    path: Path


class PluginInstaller:
    def __init__(self, plugins_dir: Path) -> None:
        self.plugins_dir = plugins_dir.resolve()

    def _checked_members(self, archive: zipfile.ZipFile, dest: Path) -> list[zipfile.ZipInfo]:
        total = 0
        members = []
        for info in archive.infolist():
            target = (dest / info.filename).resolve()
            if not target.is_relative_to(dest):
                raise PluginArchiveError(f"entry escapes plugin directory: {info.filename}")
            total += info.file_size
            if total > MAX_UNCOMPRESSED_BYTES:
                raise PluginArchiveError("plugin archive too large")
            members.append(info)
        return members

    def install(self, archive_path: Path, name: str) -> InstalledPlugin:
        if not name.isidentifier():
            raise PluginArchiveError(f"invalid plugin name {name!r}")
        dest = (self.plugins_dir / name).resolve()
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        with zipfile.ZipFile(archive_path) as archive:
            members = self._checked_members(archive, dest)
            archive.extractall(dest, members=members)
        manifest = json.loads((dest / "plugin.json").read_text())
        return InstalledPlugin(name=name, version=str(manifest.get("version", "0")), path=dest)
