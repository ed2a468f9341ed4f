"""Applies seasonal menu bundles (board images, price sheets) uploaded by head office."""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("menu.bundles")


@dataclass
class BundleTarget:
    parlour_id: str
    menu_root: Path = Path("/srv/menu-boards")

    @property
    def staging(self) -> Path:
        return self.menu_root / self.parlour_id / ".staging"

    @property
    def live(self) -> Path:
        return self.menu_root / self.parlour_id / "live"


class MenuBundleInstaller:
    chunk = 1024 * 64

    def __init__(self, target: BundleTarget) -> None:
        self.target = target

    def _copy_member(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        dest = os.path.join(self.target.staging, info.filename)
        if info.is_dir():
            os.makedirs(dest, exist_ok=True)
            return
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with zf.open(info) as src, open(dest, "wb") as out:
            shutil.copyfileobj(src, out, self.chunk)

    def unpack(self, bundle_path: Path) -> int:
        shutil.rmtree(self.target.staging, ignore_errors=True)
        self.target.staging.mkdir(parents=True)
        with zipfile.ZipFile(bundle_path) as zf:
            members = zf.infolist()
            for info in members:
                self._copy_member(zf, info)
        return len(members)

    def promote(self) -> None:
        shutil.rmtree(self.target.live, ignore_errors=True)
        self.target.staging.rename(self.target.live)


def install_bundle(parlour_id: str, bundle_path: Path) -> None:
    installer = MenuBundleInstaller(BundleTarget(parlour_id))
    count = installer.unpack(bundle_path)
    installer.promote()
    log.info("installed %d menu files for %s", count, parlour_id)
