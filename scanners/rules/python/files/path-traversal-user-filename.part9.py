import base64
import json
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import List

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from flask import Blueprint, current_app, request

bp = Blueprint("lookbooks", __name__)
app = FastAPI()
DRAWINGS_ROOT = Path("/mnt/shared/drawings")
OUTBOX = Path("/srv/outbox")
SPEC_ROOT = Path("/srv/spec-sheets")
WORK_ROOT = "/srv/work"
JOB_REF_RE = re.compile(r"^SF-\d{5}$")
SEASONS = ("SS", "AW")


def destination_for(job_ref: str, filename: str) -> Path:
    if not JOB_REF_RE.match(job_ref):
        raise ValueError(f"unexpected job reference {job_ref!r}")
    job_dir = DRAWINGS_ROOT / job_ref
    return job_dir / filename


def checked_destination(job_ref: str, filename: str) -> Path:
    if not re.fullmatch(r"[\w-]+\.(dxf|pdf)", filename):
        raise ValueError("unexpected file name")
    return DRAWINGS_ROOT / job_ref[:8] / filename


def store_drawing(payload: dict) -> Path:
    content = base64.b64decode(payload["content_b64"])
    target = destination_for(payload["job_ref"], payload["filename"])
    # ruleid: path-traversal-user-filename
    with open(target, "wb") as fh:
        fh.write(content)
    return target


def store_checked_drawing(payload: dict) -> Path:
    content = base64.b64decode(payload["content_b64"])
    target = checked_destination("SF-00001", payload["filename"])
    # ok: path-traversal-user-filename
    with open(target, "wb") as fh:
        fh.write(content)
    return target


def remove_scratch(job_ref: str, names: list) -> int:
    folder = os.path.join(WORK_ROOT, "jobs")
    for name in names:
        target = os.path.join(folder, name)
        if os.path.exists(target):
            # ruleid: path-traversal-user-filename
            os.remove(target)
    return len(names)


def handle(message: dict) -> None:
    remove_scratch(message["job_ref"], message.get("scratch_files", []))


@dataclass
class HandoffDocument:
    file_name: str
    content_b64: str


@dataclass
class HandoffMessage:
    lot_no: str
    documents: List[HandoffDocument]

    @classmethod
    def parse(cls, body: bytes) -> "HandoffMessage":
        data = json.loads(body)
        return cls(data["lot_no"], [HandoffDocument(d["file_name"], d["content"]) for d in data["documents"]])


class HandoffWriter:
    def __init__(self, outbox: Path = OUTBOX):
        self.outbox = outbox
        self.templates = [HandoffDocument("cover.pdf", "")]

    def stage(self, msg: HandoffMessage) -> int:
        lot_dir = self.outbox / "lots"
        for doc in msg.documents:
            # ruleid: path-traversal-user-filename
            (lot_dir / doc.file_name).write_bytes(base64.b64decode(doc.content_b64))
        return len(msg.documents)

    def stage_cover(self, lot_no: str) -> None:
        for doc in self.templates:
            # ok: path-traversal-user-filename
            (self.outbox / doc.file_name).write_bytes(b"")


def spec_file_for(sku: str):
    return {"BIT-1": "bit-1.pdf"}.get(sku.upper())


def sheet_path(sku: str) -> Path:
    stored = spec_file_for(sku)
    if stored is None:
        raise HTTPException(404, "No spec sheet for this product")
    path = SPEC_ROOT / stored
    if not path.is_file():
        raise HTTPException(404, "Spec sheet missing")
    return path


def sheet_path_as_given(sku: str) -> Path:
    stored = sku.strip()
    if stored is None:
        raise HTTPException(404, "No spec sheet for this product")
    return SPEC_ROOT / sku


@app.get("/products/{sku}/spec-sheet.pdf")
def spec_sheet(sku: str):
    path = sheet_path(sku)
    # ok: path-traversal-user-filename
    return FileResponse(path, media_type="application/pdf")


@app.get("/products/{sku}/raw-sheet.pdf")
def raw_sheet(sku: str):
    path = sheet_path_as_given(sku)
    # ruleid: path-traversal-user-filename
    return FileResponse(path, media_type="application/pdf")


def season_folder(season: str, year: int) -> str:
    if season not in SEASONS or not 2015 <= year <= datetime.now().year + 1:
        raise ValueError("unknown season")
    return f"{season}{year % 100:02d}"


def season_path(season: str, label: str) -> str:
    if season not in SEASONS:
        raise ValueError("unknown season")
    return os.path.join(current_app.config["LOOKBOOK_DIR"], season, label)


@bp.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    folder = season_folder(request.form["season"], int(request.form["year"]))
    dest_dir = os.path.join(current_app.config["LOOKBOOK_DIR"], folder)
    # ok: path-traversal-user-filename
    os.makedirs(dest_dir, exist_ok=True)
    return folder


@bp.route("/label", methods=["POST"])
def label():
    target = season_path(request.form["season"], request.form["label"])
    # ruleid: path-traversal-user-filename
    shutil.rmtree(target)
    return target
