import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, JsonResponse
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse as ApiFileResponse

from kennel.models import VaccinationCard
from kennel.records import VisitRepository

app = FastAPI()
visit_repo = VisitRepository()
XRAY_ROOT = Path("/srv/kennel/xrays")
SCAN_DIR = "/srv/kennel/scans"


# --- a request's body, parsed from JSON ---------------------------------------------------


def discard_xrays(request, patient_id: int):
    body = json.loads(request.body or b"{}")
    for film in body.get("films", []):
        target = XRAY_ROOT / str(patient_id) / film
        if target.exists():
            # ruleid: path-traversal-user-filename
            target.unlink()
    return JsonResponse({"ok": True})


def discard_xrays_by_name(request, patient_id: int):
    body = json.loads(request.body or b"{}")
    for film in body.get("films", []):
        target = XRAY_ROOT / str(patient_id) / os.path.basename(film)
        if target.exists():
            # ok: path-traversal-user-filename
            target.unlink()
    return JsonResponse({"ok": True})


# --- names listed on a queued job ---------------------------------------------------------


@dataclass
class ScanPurge:
    clinic: str
    file_names: list


def purge_scans(job: ScanPurge) -> int:
    count = 0
    for scan in job.file_names:
        path = os.path.join(SCAN_DIR, job.clinic, scan)
        if os.path.exists(path):
            # ruleid: path-traversal-user-filename
            os.remove(path)
            count += 1
    return count


def purge_scans_checked(job: ScanPurge) -> int:
    count = 0
    for scan in job.file_names:
        path = os.path.join(SCAN_DIR, job.clinic, os.path.basename(scan))
        if os.path.exists(path):
            # ok: path-traversal-user-filename
            os.remove(path)
            count += 1
    return count


# --- a record looked up by the name, awaited or refused beside another test ---------------


@app.get("/visits/{visit_no}/summary")
async def visit_summary(visit_no: str):
    record = await visit_repo.for_visit(visit_no)
    if record is None or not record.finalised:
        raise HTTPException(status_code=404)
    # ok: path-traversal-user-filename
    return ApiFileResponse(Path(record.summary_path))


@app.get("/visits/{visit_no}/summary-draft")
async def visit_summary_draft(visit_no: str):
    record = await visit_repo.for_visit(visit_no)
    if record is None or not record.finalised:
        raise HTTPException(status_code=404)
    # ruleid: path-traversal-user-filename
    return ApiFileResponse(XRAY_ROOT / "drafts" / visit_no)


# --- the row a helper's query returns as it comes, refused by the caller ------------------


def _film_row(patient_ref: str, film_id: int):
    conn = sqlite3.connect("/srv/kennel/kennel.db")
    try:
        return conn.execute(
            "SELECT stored_as FROM films WHERE patient_ref = ? AND id = ?", (patient_ref, film_id)
        ).fetchone()
    finally:
        conn.close()


@app.get("/patients/{patient_ref}/films/{film_id}")
def film(patient_ref: str, film_id: int):
    row = _film_row(patient_ref, film_id)
    if row is None:
        raise HTTPException(status_code=404)
    # ok: path-traversal-user-filename
    return ApiFileResponse(XRAY_ROOT / row["stored_as"])


@app.get("/patients/{patient_ref}/films/{film_id}/raw")
def film_raw(patient_ref: str, film_id: int):
    row = _film_row(patient_ref, film_id)
    if row is None:
        raise HTTPException(status_code=404)
    # ruleid: path-traversal-user-filename
    return ApiFileResponse(XRAY_ROOT / patient_ref / f"{film_id}.dcm")


# --- the row a Django model's manager returned --------------------------------------------


def vaccination_card(request, tag: str):
    try:
        card = VaccinationCard.objects.get(tag=tag)
    except VaccinationCard.DoesNotExist:
        raise Http404
    # ok: path-traversal-user-filename
    return FileResponse(card.scan.open("rb"), content_type="application/pdf")


def vaccination_card_legacy(request, tag: str):
    VaccinationCard.objects.filter(active=True).get(tag=tag)
    # ruleid: path-traversal-user-filename
    return FileResponse(open(os.path.join(settings.CARD_DIR, tag + ".pdf"), "rb"))
