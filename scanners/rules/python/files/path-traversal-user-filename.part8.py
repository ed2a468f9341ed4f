import json
import os
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from flask import Flask, current_app, request
from werkzeug.utils import secure_filename

from orders.models import ArtworkProof, JobCardDocument

app = Flask(__name__)
REPORT_ROOT = Path("/srv/reports")
ARTWORK_STORE = "/srv/artwork"
PATTERN_ROOT = Path("/srv/patterns")
PREVIEW_ROOT = Path("/srv/previews")


@dataclass
class ReportJob:
    batch_no: str
    report_name: str


def write_report(job: ReportJob, pdf: bytes) -> Path:
    target = REPORT_ROOT / job.report_name
    # ruleid: path-traversal-user-filename
    target.write_bytes(pdf)
    return target


def remove_artwork(payload: dict) -> None:
    relative = payload["file"]
    target = os.path.join(ARTWORK_STORE, relative)
    # ruleid: path-traversal-user-filename
    os.remove(target)


def target_for(order_ref: str, piece_name: str) -> Path:
    return PATTERN_ROOT / order_ref / piece_name


def store_piece(message: dict, data: bytes) -> None:
    dest = target_for(message["order_ref"], message["piece_name"])
    # ruleid: path-traversal-user-filename
    with open(dest, "wb") as fh:
        fh.write(data)


def on_message(body: bytes) -> None:
    store_piece(json.loads(body), b"")


def preview_checksum(proof: ArtworkProof) -> bytes:
    # ok: path-traversal-user-filename
    return (PREVIEW_ROOT / proof.preview_file).read_bytes()


def stale_config(job: dict) -> None:
    # the settings' own entries are the program's
    relative = settings.REPORTS["file"]
    # ok: path-traversal-user-filename
    os.remove(os.path.join(ARTWORK_STORE, relative))


def upload_dir(order_ref: str) -> str:
    folder = os.path.join(current_app.config["CHART_DIR"], secure_filename(order_ref), "2026")
    os.makedirs(folder, exist_ok=True)
    return folder


@app.post("/charts/<order_ref>")
def upload_chart(order_ref: str):
    upload = request.files["chart"]
    filename = secure_filename(upload.filename)
    target = os.path.join(upload_dir(order_ref), filename)
    # ok: path-traversal-user-filename
    with open(target, "wb") as fh:
        fh.write(upload.read())
    return "", 201


def raw_dir(order_ref: str) -> str:
    return os.path.join(current_app.config["CHART_DIR"], order_ref)


@app.post("/raw/<order_ref>")
def upload_raw(order_ref: str):
    target = os.path.join(raw_dir(order_ref), "chart.csv")
    # ruleid: path-traversal-user-filename
    with open(target, "wb") as fh:
        fh.write(request.get_data())
    return "", 201


def download_job_card(request, card_id: int, revision: int | None = None):
    doc = JobCardDocument.objects.filter(job_card=card_id, revision=revision).first()
    if doc is None:
        raise Http404
    path = Path(settings.ARCHIVE_ROOT) / doc.stored_path
    # ok: path-traversal-user-filename
    return FileResponse(path.open("rb"))


def download_named(request, card_id: int, revision: str | None = None):
    path = Path(settings.ARCHIVE_ROOT) / str(card_id) / f"rev-{revision}.pdf"
    # ruleid: path-traversal-user-filename
    return FileResponse(open(path, "rb"))
