"""Restores CCTV evidence bundles uploaded from the off-site archive.

Bundles are zip files holding clips and a manifest; restoring one puts the
clips back under the evidence folder so the security portal can show them.
"""
from __future__ import annotations

import json
import os
import shutil
import zipfile
from dataclasses import dataclass, field

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI(title="cctv-archive")

EVIDENCE_ROOT = os.environ.get("CCTV_EVIDENCE_ROOT", "/srv/nvr/evidence")


@dataclass
class RestoreResult:
    case_id: str
    files: list[str] = field(default_factory=list)
    bytes_written: int = 0


def _read_manifest(bundle: zipfile.ZipFile) -> dict:
    try:
        return json.loads(bundle.read("manifest.json"))
    except KeyError as exc:
        raise HTTPException(status_code=422, detail="bundle has no manifest") from exc


def _copy_member(bundle: zipfile.ZipFile, info: zipfile.ZipInfo, case_dir: str) -> int:
    destination = os.path.join(case_dir, info.filename)
    os.makedirs(os.path.dirname(destination), exist_ok=True)
    with bundle.open(info) as src, open(destination, "wb") as dst:
        shutil.copyfileobj(src, dst, length=1024 * 1024)
    return info.file_size


def restore_bundle(fileobj) -> RestoreResult:
    with zipfile.ZipFile(fileobj) as bundle:
        manifest = _read_manifest(bundle)
        case_id = str(manifest["case_id"])
        if not case_id.isalnum():
            raise HTTPException(status_code=422, detail="invalid case id")
        case_dir = os.path.join(EVIDENCE_ROOT, case_id)
        result = RestoreResult(case_id=case_id)
        for info in bundle.infolist():
            if info.is_dir() or info.filename == "manifest.json":
                continue
            result.bytes_written += _copy_member(bundle, info, case_dir)
            result.files.append(info.filename)
    return result


@app.post("/cctv/archive/restore")
async def restore(upload: UploadFile = File(...)):
    if not upload.filename.endswith(".zip"):
        raise HTTPException(status_code=415, detail="expected a zip bundle")
    result = restore_bundle(upload.file)
    return {"case": result.case_id, "files": len(result.files), "bytes": result.bytes_written}
