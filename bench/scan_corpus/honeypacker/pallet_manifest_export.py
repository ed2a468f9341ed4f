"""Pallet manifest exports for wholesale dispatch.

The nightly job writes one CSV per dispatched order into the export folder;
the logistics team downloads them through this small API.
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import date

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import require_logistics_user
from .orders import dispatched_orders_for

app = FastAPI(title="Dispatch exports", dependencies=[Depends(require_logistics_user)])


@dataclass(frozen=True)
class ExportSettings:
    export_dir: str = os.environ.get("MANIFEST_EXPORT_DIR", "/var/lib/honeypacker/manifests")
    delimiter: str = ";"


settings = ExportSettings()

MANIFEST_COLUMNS = ["pallet_id", "lot_code", "product", "jar_size_g", "cases", "gross_kg"]


def write_manifests(day: date) -> list[str]:
    os.makedirs(settings.export_dir, exist_ok=True)
    written = []
    for order in dispatched_orders_for(day):
        name = f"{day:%Y%m%d}-order-{order.id}.csv"
        with open(os.path.join(settings.export_dir, name), "w", newline="") as fh:
            writer = csv.writer(fh, delimiter=settings.delimiter)
            writer.writerow(MANIFEST_COLUMNS)
            for pallet in order.pallets:
                writer.writerow(
                    [pallet.id, pallet.lot_code, pallet.product, pallet.jar_size_g, pallet.cases, pallet.gross_kg]
                )
        written.append(name)
    return written


@app.get("/manifests")
def list_manifests() -> dict:
    files = sorted(f for f in os.listdir(settings.export_dir) if f.endswith(".csv"))
    return {"manifests": files}


@app.get("/manifests/download")
def download_manifest(file: str = Query(..., min_length=5)) -> FileResponse:
    if not file.endswith(".csv"):
        raise HTTPException(400, "only CSV manifests can be downloaded")
    path = os.path.join(settings.export_dir, file)
    if not os.path.exists(path):
        raise HTTPException(404, "manifest not found")
    return FileResponse(path, media_type="text/csv", filename=os.path.basename(path))
