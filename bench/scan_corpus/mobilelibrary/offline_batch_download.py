"""Lets a van tablet re-download an offline catalogue batch it missed.

Before each route the server prepares offline batches (catalogue deltas,
holds to deliver, blocked cards) as gzip files under BATCH_ROOT/<van_code>/.
A tablet that lost its copy asks for it again by batch file name.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, Response, abort, request, session, stream_with_context

bp = Blueprint("offline_batches", __name__, url_prefix="/tablet/batches")

CHUNK = 64 * 1024


@dataclass
class OfflineBatchStore:
    root: Path

    @classmethod
    def from_env(cls) -> "OfflineBatchStore":
        return cls(Path(os.environ.get("BATCH_ROOT", "/srv/mobilelibrary/batches")))

    def van_dir(self, van_code: str) -> Path:
        return self.root / van_code.upper()

    def path_for(self, van_code: str, batch_name: str) -> Path:
        return self.van_dir(van_code) / batch_name

    def list_batches(self, van_code: str) -> list[str]:
        directory = self.van_dir(van_code)
        if not directory.is_dir():
            return []
        return sorted(p.name for p in directory.glob("*.json.gz"))


store = OfflineBatchStore.from_env()


def _stream(path: Path):
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            yield chunk


@bp.get("/")
def list_batches():
    van_code = session.get("van_code")
    if not van_code:
        abort(401)
    return {"van": van_code, "batches": store.list_batches(van_code)}


@bp.get("/download")
def download_batch():
    van_code = session.get("van_code")
    if not van_code:
        abort(401)
    name = request.args.get("name", "")
    if not name.endswith(".json.gz"):
        abort(400)
    path = store.path_for(van_code, name)
    if not path.is_file():
        abort(404)
    return Response(
        stream_with_context(_stream(path)),
        mimetype="application/gzip",
        headers={"Content-Disposition": f'attachment; filename="{path.name}"'},
    )
