"""Removal of withdrawn product drawings from the engineering archive.

Engineers withdraw drawing revisions from the document control app; the
app posts the file names to this job, which removes them from the share.
"""
import logging
import os

from chainmaker.settings import DRAWING_ARCHIVE

log = logging.getLogger(__name__)

ARCHIVE_ROOT = os.path.realpath(DRAWING_ARCHIVE)


class DrawingArchive:
    def __init__(self, root: str = ARCHIVE_ROOT):
        self.root = root

    def locate(self, product_family: str, drawing_name: str) -> str | None:
        candidate = os.path.realpath(os.path.join(self.root, product_family, drawing_name))
        if os.path.commonpath([self.root, candidate]) != self.root:
            log.warning("refused drawing path outside archive: %r/%r", product_family, drawing_name)
            return None
        return candidate

    def withdraw(self, product_family: str, drawing_names: list[str]) -> list[str]:
        removed = []
        for name in drawing_names:
            path = self.locate(product_family, name)
            if path is None or not os.path.isfile(path):
                continue
            os.remove(path)
            removed.append(name)
        log.info("withdrew %d drawing(s) from %s", len(removed), product_family)
        return removed


def handle_withdrawal(message: dict) -> dict:
    archive = DrawingArchive()
    removed = archive.withdraw(message["family"], message.get("drawings", []))
    return {"family": message["family"], "removed": removed}
