import io
import os

from celery import shared_task
from flask import Blueprint, request, send_file
from werkzeug.utils import secure_filename

from reports import celery_app, render_report, thumbnail_bytes

REPORT_ROOT = "/srv/reports"
bp = Blueprint("reports", __name__)


# --- a Celery task's parameters, queued by a route with what the client sent --------------------


def report_path(owner: str, title: str) -> str:
    folder = os.path.join(REPORT_ROOT, owner)
    return os.path.join(folder, f"{title}.pdf")


@shared_task(bind=True, max_retries=3)
def export_report(self, report_id: int, owner: str, title: str) -> str:
    target = report_path(owner, title)
    # ruleid: path-traversal-user-filename
    with open(target, "wb") as fh:
        fh.write(render_report(report_id))
    return target


@celery_app.task
def archive_report(report_id: int, title: str) -> None:
    # ruleid: path-traversal-user-filename
    os.remove(os.path.join(REPORT_ROOT, "archive", title + ".pdf"))


@shared_task
def export_clean_report(report_id: int, title: str) -> str:
    target = os.path.join(REPORT_ROOT, secure_filename(title) + ".pdf")
    # ok: path-traversal-user-filename
    with open(target, "wb") as fh:
        fh.write(render_report(report_id))
    return target


@shared_task
def export_numbered_report(report_id: int) -> str:
    target = os.path.join(REPORT_ROOT, "by-id", "%d.pdf" % report_id)
    # ok: path-traversal-user-filename
    with open(target, "wb") as fh:
        fh.write(render_report(report_id))
    return target


@bp.post("/reports/<int:report_id>/export")
def queue_export(report_id: int):
    title = (request.get_json(silent=True) or {}).get("title") or f"report-{report_id}"
    job = export_report.delay(report_id, request.headers.get("X-User", "anon"), title)
    export_clean_report.delay(report_id, title)
    archive_report.apply_async((report_id, title))
    return {"task_id": job.id}, 202


# --- send_file of an in-memory buffer, whatever the route parameter chose for it ----------------


@bp.get("/thumbs/<sku>.png")
def thumbnail(sku: str):
    payload = thumbnail_bytes(sku)
    # ok: path-traversal-user-filename
    return send_file(io.BytesIO(payload), mimetype="image/png")


@bp.get("/originals/<sku>")
def original(sku: str):
    # ruleid: path-traversal-user-filename
    return send_file(os.path.join(REPORT_ROOT, "originals", sku))
