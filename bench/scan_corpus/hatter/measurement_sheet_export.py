"""Background export of printable head-measurement sheets for the workroom."""
import os

from celery import shared_task
from flask import Blueprint, request
from flask_login import current_user, login_required
from jinja2 import Environment, PackageLoader, select_autoescape
from weasyprint import HTML

from hatter.config import settings
from hatter.repositories import measurements_for_client

bp = Blueprint("measurement_exports", __name__)
templates = Environment(loader=PackageLoader("hatter", "templates"), autoescape=select_autoescape())

EXPORT_SETTINGS = {
    "root": settings.EXPORT_ROOT,
    "template": "measurement_sheet.html",
}


def render_sheet(client_id: int) -> bytes:
    data = measurements_for_client(client_id)
    html = templates.get_template(EXPORT_SETTINGS["template"]).render(client=data["client"],
                                                                     rows=data["measurements"])
    return HTML(string=html).write_pdf()


def export_path(requested_by: str, label: str) -> str:
    folder = os.path.join(EXPORT_SETTINGS["root"], requested_by)
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, f"{label}.pdf")


@shared_task(bind=True, max_retries=2)
def export_measurement_sheet(self, client_id: int, requested_by: str, label: str) -> str:
    pdf = render_sheet(client_id)
    destination = export_path(requested_by, label)
    with open(destination, "wb") as fh:
        fh.write(pdf)
    return destination


@bp.post("/exports/measurements/<int:client_id>")
@login_required
def request_export(client_id: int):
    label = (request.get_json(silent=True) or {}).get("label") or f"client-{client_id}"
    result = export_measurement_sheet.delay(client_id, current_user.username, label)
    return {"task_id": result.id}, 202
