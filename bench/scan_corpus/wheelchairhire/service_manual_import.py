"""Unpack manufacturer service-manual bundles into the workshop document library."""
import logging
import shutil
import zipfile
from pathlib import Path

from wheelchairhire.config import settings
from wheelchairhire.documents import index_manual

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg", ".txt"}


class ManualBundle:
    def __init__(self, archive: Path, manufacturer: str) -> None:
        self.archive = archive
        self.manufacturer = manufacturer
        self.dest = Path(settings.MANUALS_DIR) / manufacturer.lower()

    def _wanted(self, info: zipfile.ZipInfo) -> bool:
        return not info.is_dir() and Path(info.filename).suffix.lower() in ALLOWED_SUFFIXES

    def extract(self) -> list[Path]:
        written: list[Path] = []
        with zipfile.ZipFile(self.archive) as zf:
            for info in zf.infolist():
                if not self._wanted(info):
                    continue
                target = self.dest / info.filename
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
                written.append(target)
        return written

    def install(self) -> int:
        files = self.extract()
        for path in files:
            if path.suffix.lower() == ".pdf":
                index_manual(self.manufacturer, path)
        log.info("Installed %d files from %s bundle %s", len(files), self.manufacturer, self.archive.name)
        return len(files)
