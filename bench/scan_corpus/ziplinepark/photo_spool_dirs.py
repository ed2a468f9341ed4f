"""Prepares the on-disk spool used by the photo pipeline.

Cameras upload into ``incoming``, the watermark worker writes ``gallery``
and the kiosk printer reads ``print``. All services run under the
``ziplinepark`` group, so directories are group-readable only.
"""
import grp
import logging
import os
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

SPOOL_DIR_MODE = 0o750
SPOOL_FILE_MODE = 0o640


@dataclass(frozen=True)
class SpoolLayout:
    root: Path
    group: str = "ziplinepark"

    @property
    def incoming(self) -> Path:
        return self.root / "incoming"

    @property
    def gallery(self) -> Path:
        return self.root / "gallery"

    @property
    def print_queue(self) -> Path:
        return self.root / "print"

    def all_dirs(self) -> list[Path]:
        return [self.root, self.incoming, self.gallery, self.print_queue]


def ensure_spool(layout: SpoolLayout) -> None:
    gid = grp.getgrnam(layout.group).gr_gid
    for path in layout.all_dirs():
        os.makedirs(path, mode=SPOOL_DIR_MODE, exist_ok=True)
        os.chmod(path, SPOOL_DIR_MODE)
        os.chown(path, -1, gid)
        log.debug("spool dir ready: %s", path)


def place_in_print_queue(layout: SpoolLayout, name: str, data: bytes) -> Path:
    target = layout.print_queue / Path(name).name
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, SPOOL_FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return target


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ensure_spool(SpoolLayout(Path(os.environ.get("ZP_SPOOL_ROOT", "/var/spool/ziplinepark"))))
