"""Creates the RIP hot folders that the digital presses watch for imposed PDFs."""
from __future__ import annotations

import grp
import logging
import os
from pathlib import Path

log = logging.getLogger("bindery.hotfolders")

HOTFOLDER_LAYOUT = {
    "root": "/srv/rip/hotfolders",
    "group": "prepress",
    "permissions": 0o777,
    "presses": {
        "indigo-7900": ["mono", "colour", "covers"],
        "versafire-ev": ["mono", "colour"],
        "imagepress-v1000": ["colour", "covers"],
    },
}


class HotFolderProvisioner:
    """Builds <root>/<press>/<queue>/{in,done,error} and sets ownership for the RIP service."""

    subfolders = ("in", "done", "error")

    def __init__(self, layout: dict = HOTFOLDER_LAYOUT) -> None:
        self.root = Path(layout["root"])
        self.group = layout["group"]
        self.mode = layout["permissions"]
        self.presses: dict[str, list[str]] = layout["presses"]

    def _apply_access(self, folder: Path) -> None:
        gid = grp.getgrnam(self.group).gr_gid
        os.chown(folder, -1, gid)
        os.chmod(folder, self.mode)

    def provision(self) -> list[Path]:
        created = []
        for press, queues in self.presses.items():
            for queue in queues:
                for sub in self.subfolders:
                    folder = self.root / press / queue / sub
                    folder.mkdir(parents=True, exist_ok=True)
                    self._apply_access(folder)
                    created.append(folder)
        log.info("provisioned %d hot folders under %s", len(created), self.root)
        return created

    def stale_jobs(self, max_age_s: int = 3600) -> list[Path]:
        import time

        cutoff = time.time() - max_age_s
        stale = []
        for path in self.root.glob("*/*/in/*.pdf"):
            if path.stat().st_mtime < cutoff:
                stale.append(path)
        return stale


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    HotFolderProvisioner().provision()
