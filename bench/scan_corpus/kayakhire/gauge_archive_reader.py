"""Tornado handler that serves archived gauge CSV files to the planning dashboard."""

from __future__ import annotations

from pathlib import Path

import tornado.web


class ArchiveRoot:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).resolve()

    def resolve(self, relative: str) -> Path:
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative)
        return candidate


class GaugeArchiveHandler(tornado.web.RequestHandler):
    def initialize(self, archive: ArchiveRoot) -> None:
        self.archive = archive

    def get(self) -> None:
        requested = self.get_query_argument("file")
        try:
            path = self.archive.resolve(requested)
        except PermissionError:
            raise tornado.web.HTTPError(403)
        if path.suffix != ".csv" or not path.is_file():
            raise tornado.web.HTTPError(404)
        self.set_header("Content-Type", "text/csv; charset=utf-8")
        self.set_header("Content-Disposition", f'attachment; filename="{path.name}"')
        with path.open("rb") as fh:
            while chunk := fh.read(64 * 1024):
                self.write(chunk)
        self.finish()


def make_app(archive_dir: str) -> tornado.web.Application:
    archive = ArchiveRoot(archive_dir)
    return tornado.web.Application([(r"/gauges/archive", GaugeArchiveHandler, {"archive": archive})])
