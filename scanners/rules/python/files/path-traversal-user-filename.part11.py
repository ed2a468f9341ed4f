import json
import os
import uuid
from datetime import date
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from flask import Blueprint, abort, current_app, request
from werkzeug.utils import secure_filename

from billing.models import Invoice

bp = Blueprint("photos", __name__)
ARCHIVE_ROOT = Path("/mnt/archive/scans")
CERT_ROOT = Path("/srv/certificates")
THUMB_SUFFIX = ".thumb.jpg"


class Pruner:
    def __init__(self, root: Path = ARCHIVE_ROOT):
        self.root = root

    def _targets(self, relative: str) -> list:
        main = self.root / relative
        return [main, main.with_name(main.name + THUMB_SUFFIX)]

    def prune(self, relative: str) -> int:
        count = 0
        for target in self._targets(relative):
            if target.exists():
                # ruleid: path-traversal-user-filename
                target.unlink()
                count += 1
        return count


def handle(pruner: Pruner, body: bytes) -> None:
    message = json.loads(body)
    pruner.prune(message["scan_path"])


class CertificateStore:
    def __init__(self, root: Path = CERT_ROOT):
        self.root = root.resolve()

    def _path_for(self, shipment_no: str, name: str) -> Path:
        folder = (self.root / shipment_no).resolve()
        candidate = (folder / name).resolve()
        inside = folder.is_relative_to(self.root) and candidate.is_relative_to(folder)
        if folder == self.root or not inside:
            raise ValueError(f"{name!r} is outside shipment {shipment_no}")
        # ok: path-traversal-user-filename
        return candidate

    def _unchecked_path_for(self, shipment_no: str, name: str) -> Path:
        folder = (self.root / shipment_no).resolve()
        candidate = (folder / name).resolve()
        inside = folder.is_relative_to(self.root)
        if not inside:
            raise ValueError(f"{shipment_no!r} is outside the store")
        # ruleid: path-traversal-user-filename
        return candidate

    def open(self, shipment_no: str, name: str):
        return self._path_for(shipment_no, name).open("rb")

    def open_unchecked(self, shipment_no: str, name: str):
        return self._unchecked_path_for(shipment_no, name).open("rb")


def _photo_dir(pan_id: str, day: date) -> str:
    root = current_app.config["HARVEST_PHOTO_ROOT"]
    return os.path.join(root, day.isoformat(), secure_filename(pan_id))


def _raw_photo_dir(pan_id: str, day: date) -> str:
    root = current_app.config["HARVEST_PHOTO_ROOT"]
    return os.path.join(root, day.isoformat(), pan_id)


@bp.post("/<pan_id>/photos")
def upload_photos(pan_id: str):
    day = date.fromisoformat(request.form.get("day", date.today().isoformat()))
    folder = _photo_dir(pan_id, day)
    # ok: path-traversal-user-filename
    os.makedirs(folder, exist_ok=True)
    for upload in request.files.getlist("photos"):
        name = f"{uuid.uuid4().hex}.jpg"
        # ok: path-traversal-user-filename
        upload.save(os.path.join(folder, name))
    raw = _raw_photo_dir(pan_id, day)
    # ruleid: path-traversal-user-filename
    os.makedirs(raw, exist_ok=True)
    return "", 201


def _invoice_for(request, number: str) -> Invoice:
    try:
        return Invoice.objects.select_related("customer").get(number=number, customer__portal_users=request.user)
    except Invoice.DoesNotExist:
        raise Http404("no such invoice")


def invoice_pdf(request, number: str):
    invoice = _invoice_for(request, number)
    stored = Path(settings.INVOICE_PDF_ROOT) / invoice.pdf_path
    # ok: path-traversal-user-filename
    return FileResponse(stored.open("rb"), content_type="application/pdf")


def credit_note_pdf(request, number: str, note_file: str):
    invoice = _invoice_for(request, number)
    stored = Path(settings.INVOICE_PDF_ROOT) / invoice.number / note_file
    # ruleid: path-traversal-user-filename
    return FileResponse(stored.open("rb"), content_type="application/pdf")


LETTERS_DIR = "/srv/letters"


def draft_path(payload: dict) -> str:
    return os.path.join(LETTERS_DIR, "drafts", payload["letter_file"])


def template_path(settings: dict) -> str:
    return os.path.join(LETTERS_DIR, "templates", settings["letter_file"])


def handle_signed(payload: dict) -> None:
    path = draft_path(payload)
    if os.path.exists(path):
        # ruleid: path-traversal-user-filename
        os.remove(path)
    # ok: path-traversal-user-filename
    os.remove(template_path({"letter_file": "blank.odt"}))
