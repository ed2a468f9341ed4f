import datetime
import zipfile
import os
import hashlib
import re
import shutil
import tarfile
import uuid
from pathlib import Path

from aiohttp import web
from fastapi import Depends, FastAPI, Request, UploadFile
from fastapi.responses import FileResponse
from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
UPLOAD_DIR = "/srv/uploads"
BASE = Path("/srv/reports").resolve()
PLUGINS = Path("/srv/plugins")
DERIVATIVE_ROOT = Path("/srv/derivatives")



from django.http import FileResponse as DjangoFileResponse


def download_take(request, booking_id: int, take):
    # ruleid: path-traversal-user-filename
    return DjangoFileResponse(open(os.path.join("/srv/takes", str(booking_id), take), "rb"))


def take_cover(request, booking_id: int):
    # ok: path-traversal-user-filename
    return DjangoFileResponse(open(os.path.join("/srv/takes", str(booking_id), "cover.jpg"), "rb"))


class TakeView:
    def get(self, request, booking_id: int, take):
        # ruleid: path-traversal-user-filename
        return DjangoFileResponse(open(os.path.join("/srv/takes", take), "rb"))


LANGUAGES = frozenset({"en", "es", "ja"})


class LyricLocation:
    def __init__(self, song_id: int, language: str):
        if language not in LANGUAGES:
            raise ValueError(language)
        self.song_id = song_id
        self.language = language

    def absolute(self):
        return os.path.join("/srv/lyrics", str(self.song_id), f"{self.language}.lrc")


class LyricDraft:
    def __init__(self, song_id: int, language: str):
        self.song_id = song_id
        self.language = language

    def absolute(self):
        return os.path.join("/srv/drafts", str(self.song_id), f"{self.language}.lrc")


@api.get("/lyrics/{song_id}/{language}")
def get_lyrics(song_id: int, language: str):
    location = LyricLocation(song_id, language)
    # ok: path-traversal-user-filename
    return FileResponse(location.absolute())


@api.get("/drafts/{song_id}/{language}")
def get_draft(song_id: int, language: str):
    draft = LyricDraft(song_id, language)
    # ruleid: path-traversal-user-filename
    return FileResponse(draft.absolute())


def certificate_file(certificate_id: str):
    try:
        cid = uuid.UUID(certificate_id)
    except ValueError:
        raise LookupError(certificate_id)
    return os.path.join("/srv/certificates", cid.hex[:2], f"{cid.hex}.pdf")


def certificate_draft(certificate_id: str):
    return os.path.join("/srv/drafts", f"{certificate_id}.pdf")


def download_certificate(request, certificate_id):
    # ok: path-traversal-user-filename
    return DjangoFileResponse(open(certificate_file(certificate_id), "rb"))


def download_certificate_draft(request, certificate_id):
    # ruleid: path-traversal-user-filename
    return DjangoFileResponse(open(certificate_draft(certificate_id), "rb"))


def _shipped_to(db, account_code, batch_code):
    row = db.execute(
        "SELECT 1 FROM shipments WHERE account_code = %s AND batch_code = %s LIMIT 1",
        (account_code, batch_code),
    ).fetchone()
    return row is not None


def _log_request(db, batch_code):
    db.execute("INSERT INTO coa_requests (batch_code) VALUES (%s)", (batch_code,))
    return None


@app.get("/coa/<batch_code>")
def list_coas(batch_code):
    if not _shipped_to(DB, "acct", batch_code):
        abort(404)
    # ok: path-traversal-user-filename
    return {"files": os.listdir(os.path.join("/srv/coa", batch_code))}


@app.get("/coa-requests/<batch_code>")
def list_coa_requests(batch_code):
    _log_request(DB, batch_code)
    # ruleid: path-traversal-user-filename
    return {"files": os.listdir(os.path.join("/srv/coa", batch_code))}


from pydantic import BaseModel


class DiscardRequest(BaseModel):
    filenames: list[str]


@api.post("/schedule-imports/discard")
def discard_staged(req: DiscardRequest):
    for name in req.filenames:
        # ruleid: path-traversal-user-filename
        (Path("/srv/staging") / name).unlink()


@api.post("/schedule-imports/discard-all")
def discard_all(req: Request):
    for path in Path("/srv/staging").iterdir():
        # ok: path-traversal-user-filename
        path.unlink()


def _stream_batch(path):
    with path.open("rb") as fh:
        while chunk := fh.read(65536):
            yield chunk


def _stream_manifest(path, label):
    with Path("/srv/batches/manifest.json").open("rb") as fh:
        yield label.encode() + fh.read()


@app.get("/tablet/batches/download")
def download_batch():
    path = Path("/srv/batches") / request.args.get("name", "")
    label = request.args.get("label", "")
    # ruleid: path-traversal-user-filename
    body = b"".join(_stream_batch(path))
    # ok: path-traversal-user-filename
    head = b"".join(_stream_manifest(Path("/srv/batches/index"), label))
    return body + head


def _discard_if_present(path):
    if path.is_file():
        path.unlink()
        return True
    return False


@api.post("/admin/headshots/delete")
def delete_headshot(filename: str):
    # ruleid: path-traversal-user-filename
    removed = _discard_if_present(Path("/srv/headshots") / filename)
    # ok: path-traversal-user-filename
    _discard_if_present(Path("/srv/headshots/index.lock"))
    return {"removed": removed}


class HeadshotStore:
    def __init__(self, root: Path):
        self.root = root

    def remove(self, relative):
        target = self.root / relative
        if target.is_file():
            # ruleid: path-traversal-user-filename
            target.unlink()

    def remove_flat(self, relative):
        relative = os.path.basename(relative)
        target = self.root / relative
        if target.is_file():
            # ok: path-traversal-user-filename
            target.unlink()


def _gauge_sheet_file(sheet_name):
    return os.path.join("/srv/gauge-sheets", sheet_name + ".json")


def load_gauge_sheet(sheet_name):
    path = _gauge_sheet_file(sheet_name)
    # ruleid: path-traversal-user-filename
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def load_gauge_index(sheet_name):
    path = _gauge_sheet_file("index")
    # ok: path-traversal-user-filename
    with open(path, encoding="utf-8") as fh:
        return sheet_name, fh.read()


class StatementRecord:
    def __init__(self, year: int, number: int, kind: str, upload_name: str):
        self.year, self.number, self.kind, self._upload_name = year, number, kind, upload_name

    @property
    def relative_path(self):
        return os.path.join(str(self.year), f"statement-{self.number:07d}.pdf")

    @property
    def file_name(self):
        return self._upload_name


def statement_pdf(root, record):
    # ok: path-traversal-user-filename
    with open(os.path.join(root, record.relative_path), "rb") as fh:
        return fh.read()


def statement_upload(root, record):
    # ruleid: path-traversal-user-filename
    with open(os.path.join(root, record.file_name), "rb") as fh:
        return fh.read()


class BellReport:
    def __init__(self, tower_code, title):
        self.id = uuid.uuid4()
        self.tower_code, self.title = tower_code, title


class BellReportPaths:
    def __init__(self, root):
        self.root = root

    def for_report(self, report):
        return self.root / report.id.hex[:2] / report.id.hex

    def for_title(self, report):
        return self.root / report.tower_code / report.title


@api.post("/towers/{tower_code}/reports")
async def upload_bell_report(tower_code: str, title: str, data: bytes):
    report = BellReport(tower_code.upper(), title)
    # ok: path-traversal-user-filename
    BellReportPaths(Path("/srv/bell-reports")).for_report(report).write_bytes(data)
    # ruleid: path-traversal-user-filename
    BellReportPaths(Path("/srv/bell-reports")).for_title(report).write_bytes(data)
    return {"id": report.id.hex}


class LabReportArchive:
    def __init__(self, root):
        self.root = Path(root).resolve()

    def _confined(self, *parts):
        candidate = self.root.joinpath(*parts).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError("path escapes the archive")
        return candidate

    def open_report(self, batch_id, name):
        return self._confined(f"batch-{batch_id:06d}", name)

    def open_unchecked(self, batch_id, name):
        return self.root.joinpath(f"batch-{batch_id:06d}", name)


@app.get("/lab-archive/<int:batch_id>/file")
def fetch_lab_report(batch_id):
    archive = LabReportArchive("/srv/lab-archive")
    path = archive.open_report(batch_id, request.args.get("name", ""))
    raw = archive.open_unchecked(batch_id, request.args.get("name", ""))
    if request.args.get("raw"):
        # ruleid: path-traversal-user-filename
        return send_file(raw)
    # ok: path-traversal-user-filename
    return send_file(path, mimetype="application/pdf")


class LabelTemplates:
    def __init__(self, root):
        self.root = Path(root)

    def load(self, name=None):
        # ruleid: path-traversal-user-filename
        return (self.root / (name or "standard.zpl")).read_text()

    def load_default(self, name=None):
        # ok: path-traversal-user-filename
        return (self.root / ("standard.zpl" if name is None else "custom.zpl")).read_text()


EVENT_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")
EVENT_PREFIX = re.compile(r"^[a-z0-9]")


def _event_folder(slug):
    if not EVENT_SLUG.match(slug):
        abort(404)
    return os.path.join("/srv/pgn", slug)


def _event_folder_loose(slug):
    if not EVENT_PREFIX.match(slug):
        abort(404)
    return os.path.join("/srv/pgn", slug)


@app.route("/pgn/<slug>/")
def pgn_event_files(slug):
    # ok: path-traversal-user-filename
    names = os.listdir(_event_folder(slug))
    # ruleid: path-traversal-user-filename
    loose = os.listdir(_event_folder_loose(slug))
    return {"files": names + loose}



def _gallery_photo(event_slug, photo_name):
    return Path("/srv/gallery") / event_slug / photo_name


def _gallery_index(event_slug, photo_name):
    return Path("/srv/gallery") / event_slug / "index.json"


def remove_gallery_photo(event_slug, photo_name):
    # ruleid: path-traversal-user-filename
    _gallery_photo(event_slug, photo_name).unlink()
    # ok: path-traversal-user-filename
    _gallery_index(event_slug, photo_name).unlink()


def _firmware_image(image_name):
    if not re.fullmatch(r"[a-z0-9_-]+\.bin", image_name):
        raise ValueError(image_name)
    return os.path.join("/srv/firmware", image_name)


def firmware_bytes(image_name):
    path = _firmware_image(image_name)
    # ok: path-traversal-user-filename
    with open(path, "rb") as fh:
        return fh.read()


COLLECTION_SETTINGS = {"scores": "TUNE_SCORES_DIR", "tracks": "BACKING_TRACKS_DIR"}


def _collection_dir(collection):
    key = COLLECTION_SETTINGS.get(collection)
    if key is None:
        abort(404)
    return app.config[key]


def _collection_dir_loose(collection):
    key = COLLECTION_SETTINGS.get(collection)
    return app.config.get(key, collection)


@app.route("/library/<collection>")
def library_listing(collection):
    # ok: path-traversal-user-filename
    names = os.listdir(_collection_dir(collection))
    # ruleid: path-traversal-user-filename
    loose = os.listdir(_collection_dir_loose(collection))
    return {"files": names + loose}


def _customer_invoice(invoice_number):
    invoice = db_session.scalar(select(Invoice).where(Invoice.invoice_number == invoice_number))
    if invoice is None:
        abort(404)
    return invoice


def _invoice_by_label(invoice_number):
    return {"id": invoice_number}


@app.route("/invoices/<invoice_number>.pdf")
def invoice_pdf(invoice_number):
    invoice = _customer_invoice(invoice_number)
    # ok: path-traversal-user-filename
    first = send_file(os.path.join("/srv/invoices", f"invoice-{invoice.id}.pdf"))
    record = _invoice_by_label(invoice_number)
    # ruleid: path-traversal-user-filename
    second = send_file(os.path.join("/srv/invoices", f"invoice-{record['id']}.pdf"))
    return first or second


@app.route("/controller-logs/<day>")
def controller_log(day):
    log_day = datetime.date.fromisoformat(day)
    # ok: path-traversal-user-filename
    first = send_file(os.path.join("/srv/controller-logs", f"{log_day.isoformat()}.log"))
    # ruleid: path-traversal-user-filename
    second = send_file(os.path.join("/srv/controller-logs", f"{day}.log"))
    return first or second


@app.route("/gallery/<slug>/index.json")
def gallery_index(slug):
    hut = Hut.query.filter_by(slug=slug, is_listed=True).first()
    if hut is None:
        abort(404)
    # ok: path-traversal-user-filename
    names = os.listdir(os.path.join("/srv/gallery", f"hut-{hut.id}", "card"))
    row = {"id": slug}
    # ruleid: path-traversal-user-filename
    loose = os.listdir(os.path.join("/srv/gallery", f"hut-{row['id']}", "card"))
    return {"images": names + loose}
