"""Prepare the on-disk spool used by the plate-read ingest workers.

The camera gateway writes JSON batches into <root>/incoming and the ingest
workers (running under a different service account) move them to processed/.
"""
import logging
import os
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

# gateway and ingest run as different users and both write into these
SHARED_DIR_MODE = 0o777
ARCHIVE_DIR_MODE = 0o750


@dataclass(frozen=True)
class SpoolLayout:
    root: Path

    @property
    def incoming(self) -> Path:
        return self.root / "incoming"

    @property
    def processed(self) -> Path:
        return self.root / "processed"

    @property
    def archive(self) -> Path:
        return self.root / "archive"


def prepare_spool(root: str | os.PathLike) -> SpoolLayout:
    layout = SpoolLayout(Path(root))
    for d in (layout.incoming, layout.processed):
        d.mkdir(parents=True, exist_ok=True)
        os.chmod(d, SHARED_DIR_MODE)
    layout.archive.mkdir(parents=True, exist_ok=True)
    os.chmod(layout.archive, ARCHIVE_DIR_MODE)
    log.info("spool ready under %s", layout.root)
    return layout


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    prepare_spool(os.environ.get("LPR_SPOOL_ROOT", "/var/spool/lpr"))
