"""Ingestion of telemetry bundles uploaded by the pump-room data loggers.

Each logger zips a day of CSV readings (flow rate, filter pressure, dosing pump
state) and uploads the bundle to the telemetry API.
"""
from __future__ import annotations

import io
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, File, UploadFile

app = FastAPI(title="pump-telemetry")


@dataclass
class IngestPaths:
    landing: Path = Path("/data/telemetry/landing")

    def for_logger(self, logger_id: str) -> Path:
        path = self.landing / logger_id
        path.mkdir(parents=True, exist_ok=True)
        return path


class BundleUnpacker:
    accepted_suffixes = (".csv", ".json")

    def __init__(self, paths: IngestPaths | None = None) -> None:
        self.paths = paths or IngestPaths()

    def unpack(self, logger_id: str, data: bytes) -> list[Path]:
        dest = self.paths.for_logger(logger_id)
        written: list[Path] = []
        with zipfile.ZipFile(io.BytesIO(data)) as bundle:
            for info in bundle.infolist():
                if info.is_dir() or not info.filename.endswith(self.accepted_suffixes):
                    continue
                target = dest / info.filename
                target.parent.mkdir(parents=True, exist_ok=True)
                with bundle.open(info) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
                written.append(target)
        return written


unpacker = BundleUnpacker()


@app.post("/loggers/{logger_id}/bundles")
async def upload_bundle(logger_id: str, bundle: UploadFile = File(...)) -> dict:
    files = unpacker.unpack(logger_id, await bundle.read())
    return {"logger": logger_id, "files": [p.name for p in files]}
