"""Spool directory management for inbound ACARS downlinks.

The datalink gateway drops one file per message into the incoming spool;
the ops message router picks them up, files them per tail and archives them.
"""
import logging
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

SPOOL_ROOT = Path(os.environ.get("ACARS_SPOOL", "/srv/acars/spool"))
SUBDIRS = ("incoming", "processing", "archive", "rejected")
# the gateway and the router run under different service accounts
SPOOL_DIR_MODE = 0o777
TAIL_RE = re.compile(r"^[A-Z0-9-]{2,10}$")


@dataclass
class SpoolLayout:
    root: Path

    def dir(self, name: str) -> Path:
        return self.root / name


def prepare_spool(root: Path = SPOOL_ROOT) -> SpoolLayout:
    layout = SpoolLayout(root)
    for name in SUBDIRS:
        path = layout.dir(name)
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(path, SPOOL_DIR_MODE)
    log.info("spool ready under %s", root)
    return layout


def claim_next(layout: SpoolLayout):
    incoming = sorted(layout.dir("incoming").glob("*.msg"), key=lambda p: p.stat().st_mtime)
    for msg in incoming:
        target = layout.dir("processing") / msg.name
        try:
            os.rename(msg, target)
        except FileNotFoundError:
            continue  # another router worker claimed it first
        return target
    return None


def archive(layout: SpoolLayout, path: Path, tail: str, ok: bool = True) -> Path:
    tail = tail.upper()
    if not TAIL_RE.match(tail):
        raise ValueError(f"unexpected registration {tail!r}")
    dest_dir = layout.dir("archive" if ok else "rejected") / tail
    dest_dir.mkdir(exist_ok=True)
    dest = dest_dir / path.name
    shutil.move(str(path), dest)
    return dest
