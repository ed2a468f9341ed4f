"""Housekeeping API for the kiln controller log archive.

Raw controller exports are kept on the works server after import so the
burner can check them against the paper firing sheet. Once a burn has been
reconciled the works office removes the raw export from the archive.
"""

import os
from datetime import datetime

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

ARCHIVE_ROOT = os.environ.get("KILN_ARCHIVE_ROOT", "/srv/limeworks/kiln-archive")
KILN_CODES = {"K1", "K2", "K3", "FLARE"}

app = FastAPI(title="Kiln log archive")


class ArchivedFile(BaseModel):
    kiln: str
    name: str
    size_bytes: int
    modified: datetime


class ReconciledExports(BaseModel):
    burn_no: int
    exports: list[str]


def kiln_dir(kiln: str) -> str:
    if kiln not in KILN_CODES:
        raise HTTPException(status_code=404, detail="unknown kiln")
    return os.path.join(ARCHIVE_ROOT, kiln)


@app.get("/archive/{kiln}", response_model=list[ArchivedFile])
def list_archive(kiln: str):
    folder = kiln_dir(kiln)
    items = []
    for entry in os.scandir(folder):
        if entry.is_file():
            stat = entry.stat()
            items.append(
                ArchivedFile(
                    kiln=kiln,
                    name=entry.name,
                    size_bytes=stat.st_size,
                    modified=datetime.fromtimestamp(stat.st_mtime),
                )
            )
    return sorted(items, key=lambda i: i.modified)


@app.post("/archive/{kiln}/reconciled")
def remove_reconciled(kiln: str, body: ReconciledExports):
    folder = kiln_dir(kiln)
    removed = []
    for export_name in body.exports:
        target = os.path.join(folder, export_name)
        if os.path.isfile(target):
            os.remove(target)
            removed.append(export_name)
    return {"kiln": kiln, "burn_no": body.burn_no, "removed": removed}
