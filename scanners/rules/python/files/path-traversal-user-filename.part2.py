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



AUDIO_TRACKS = {"en": {"welcome": "en_01_welcome.mp3"}, "cy": {"welcome": "cy_01_croeso.mp3"}}
AUDIO_DIR = Path("/srv/audio")


def _track_path(lang, slug):
    try:
        filename = AUDIO_TRACKS[lang][slug]
    except KeyError:
        abort(404)
    return AUDIO_DIR / lang / filename


def _any_track_path(lang, slug):
    return AUDIO_DIR / lang / f"{slug}.mp3"


@app.route("/guide/<lang>/<slug>")
def play_guide_track(lang, slug):
    path = _track_path(lang, slug)
    # ok: path-traversal-user-filename
    return send_file(path, mimetype="audio/mpeg")


@app.route("/guide-any/<lang>/<slug>")
def play_any_guide_track(lang, slug):
    path = _any_track_path(lang, slug)
    # ruleid: path-traversal-user-filename
    return send_file(path, mimetype="audio/mpeg")


def _read_secret(name):
    base = Path(os.environ.get("SECRETS_DIR", "/run/secrets"))
    # ok: path-traversal-user-filename
    return (base / name).read_text(encoding="utf-8").strip()


def _read_upload(name):
    base = Path("/srv/uploads")
    # ruleid: path-traversal-user-filename
    return (base / name).read_text(encoding="utf-8").strip()


def _copy_member(archive, info, target):
    with archive.open(info) as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)


def unpack_firmware(archive, dest):
    for info in archive.infolist():
        target = os.path.join(dest, info.filename)
        # ruleid: path-traversal-user-filename
        _copy_member(archive, info, target)


def unpack_firmware_flat(archive, dest):
    for info in archive.infolist():
        target = os.path.join(dest, os.path.basename(info.filename))
        # ok: path-traversal-user-filename
        _copy_member(archive, info, target)


class EvidenceStore:
    def __init__(self, root):
        self.root = root

    def destination(self, dispute_id, original_name):
        folder = self.root / f"{dispute_id:08d}"
        # ruleid: path-traversal-user-filename
        return folder / original_name

    def stored_destination(self, dispute_id, original_name):
        folder = self.root / f"{dispute_id:08d}"
        # ok: path-traversal-user-filename
        return folder / secure_filename(original_name)

    def save(self, dispute_id, original_name, data):
        dest = self.destination(dispute_id, original_name)
        dest.write_bytes(data)
        return dest

    def save_stored(self, dispute_id, original_name, data):
        dest = self.stored_destination(dispute_id, original_name)
        dest.write_bytes(data)
        return dest


def import_coach_clips(bundle, dest):
    with tarfile.open(fileobj=bundle, mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            target = dest / member.name
            # ruleid: path-traversal-user-filename
            with tar.extractfile(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)


def import_coach_clips_flat(bundle, dest):
    with tarfile.open(fileobj=bundle, mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            target = dest / Path(member.name).name
            # ok: path-traversal-user-filename
            with tar.extractfile(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)


def import_coach_clips_checked(bundle, dest):
    root = dest.resolve()
    with tarfile.open(fileobj=bundle, mode="r:gz") as tar:
        for member in tar.getmembers():
            target = (root / member.name).resolve()
            if not target.is_relative_to(root):
                continue
            # ok: path-traversal-user-filename
            with tar.extractfile(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)


class FirmwareRepository:
    root = Path("/srv/sensors/firmware")

    @classmethod
    def destination(cls, model, filename):
        # ruleid: path-traversal-user-filename
        return cls.root / model / filename

    @classmethod
    def checked_destination(cls, model, filename):
        # ok: path-traversal-user-filename
        return cls.root / model / secure_filename(filename)

    @classmethod
    def store(cls, model, filename, chunks):
        target = cls.destination(model, filename)
        with open(target, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        return target

    @classmethod
    def store_checked(cls, model, filename, chunks):
        target = cls.checked_destination(model, filename)
        with open(target, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        return target


def _requested_report():
    name = request.args.get("report", "")
    if not name.endswith(".csv"):
        abort(400)
    return name


@app.route("/reports/view")
def view_report():
    path = os.path.join(UPLOAD_DIR, _requested_report())
    # ruleid: path-traversal-user-filename
    return send_file(path)


def _requested_report_checked():
    name = request.args.get("report", "")
    if not re.fullmatch(r"[\w-]+\.csv", name):
        abort(400)
    return name


@app.route("/reports/view-checked")
def view_report_checked():
    path = os.path.join(UPLOAD_DIR, _requested_report_checked())
    # ok: path-traversal-user-filename
    return send_file(path)


def _export_path(req):
    export = req.GET.get("export", "")
    return os.path.join(UPLOAD_DIR, export)


def _export_path_basename(req):
    export = req.GET.get("export", "")
    return os.path.join(UPLOAD_DIR, os.path.basename(export))


def _export_page(req):
    page = req.GET.get("page", "1")
    if not page.isdigit():
        raise ValueError(page)
    return page


def export_download(req):
    path = _export_path(req)
    # ruleid: path-traversal-user-filename
    with open(path, "rb") as fh:
        return fh.read()


def export_download_basename(req):
    path = _export_path_basename(req)
    # ok: path-traversal-user-filename
    with open(path, "rb") as fh:
        return fh.read()


def export_page(req):
    # ok: path-traversal-user-filename
    with open(os.path.join(UPLOAD_DIR, f"page-{_export_page(req)}.csv"), "rb") as fh:
        return fh.read()


class WaiverShelf:
    root = "/srv/waivers"

    def place(self, document):
        return os.path.join(self.root, document)


shelf = WaiverShelf()


def _requested_waiver():
    doc = request.args.get("doc", "")
    if not doc.lower().endswith(".pdf"):
        abort(400)
    return doc


@app.get("/waivers/download")
def download_waiver():
    path = shelf.place(_requested_waiver())
    # ruleid: path-traversal-user-filename
    return send_file(path, mimetype="application/pdf")


async def _stream_upload(upload, destination):
    with destination.open("wb") as out:
        while chunk := await upload.read(65536):
            out.write(chunk)


async def _stream_upload_checked(upload, destination):
    destination = destination.resolve()
    if not destination.is_relative_to(DERIVATIVE_ROOT):
        raise ValueError(destination)
    with destination.open("wb") as out:
        out.write(await upload.read())


@api.post("/chargers/{charger_id}/logs")
async def upload_charger_logs(charger_id: str, archive: UploadFile):
    destination = DERIVATIVE_ROOT / charger_id / archive.filename
    # ruleid: path-traversal-user-filename
    await _stream_upload(archive, destination)
    # ok: path-traversal-user-filename
    await _stream_upload(archive, DERIVATIVE_ROOT / f"{uuid.uuid4()}.zip")


def _digest_of(path):
    with path.open("rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def verify_release(release_dir, images):
    # images: records read from the release's own signed manifest
    results = {}
    for image in images:
        # ok: path-traversal-user-filename
        results[image.filename] = _digest_of(release_dir / image.filename) == image.sha256
    return results


class IliReportStore:
    def __init__(self, base_dir, extension=".pdf"):
        self.base_dir = base_dir
        self.extension = extension

    def path_for(self, report_ref):
        # ruleid: path-traversal-user-filename
        return os.path.normpath(os.path.join(self.base_dir, report_ref + self.extension))

    def open(self, report_ref):
        path = self.path_for(report_ref)
        return open(path, "rb")


class CheckedIliReportStore:
    def __init__(self, base_dir, extension=".pdf"):
        self.base_dir = base_dir
        self.extension = extension

    def path_for(self, report_ref):
        path = os.path.realpath(os.path.join(self.base_dir, report_ref + self.extension))
        if os.path.commonpath([path, os.path.realpath(self.base_dir)]) != os.path.realpath(self.base_dir):
            raise ValueError(report_ref)
        # ok: path-traversal-user-filename
        return path

    def open(self, report_ref):
        path = self.path_for(report_ref)
        return open(path, "rb")


PLATE_NAME = re.compile(r"[A-Z]{4}_(?:APP|DEP)_[A-Z0-9]{1,6}\.pdf")


class PlateLibrary:
    def __init__(self, folder):
        self.folder = folder

    def path_for(self, name):
        if not PLATE_NAME.fullmatch(name):
            abort(404)
        return os.path.join(self.folder, name)

    def loose_path_for(self, plate):
        return os.path.join(self.folder, plate)


plates = PlateLibrary("/srv/plates")


@app.route("/plates")
def plate_pdf():
    # ok: path-traversal-user-filename
    return send_file(plates.path_for(request.args.get("plate", "")))


@app.route("/plates/loose")
def loose_plate_pdf():
    # ruleid: path-traversal-user-filename
    return send_file(plates.loose_path_for(request.args.get("plate", "")))


class DeclarationStore:
    def __init__(self, root):
        self.root = Path(root).resolve()

    def _target(self, agent_id, filename):
        agent_dir = self.root / agent_id
        candidate = (agent_dir / filename).resolve()
        if candidate == agent_dir or not candidate.is_relative_to(agent_dir):
            raise ValueError("declaration path escapes the agent folder")
        # ok: path-traversal-user-filename
        return candidate

    def write(self, agent_id, filename, data):
        target = self._target(agent_id, filename)
        target.write_bytes(data)
        return target


PHOTO_ROOT = Path("/srv/kayakhire/gear-photos")
PHOTO_EXTENSIONS = {".jpg", ".jpeg", ".png"}


def _photo_extension(client_name):
    suffix = Path(client_name or "").suffix.lower()
    if suffix not in PHOTO_EXTENSIONS:
        abort(415)
    return suffix


def _photo_stem(client_name):
    stem = (client_name or "").rsplit(".", 1)[0]
    if not stem:
        abort(400)
    return stem


@api.post("/gear/{craft_id}/photos")
async def add_gear_photo(craft_id: int, photo: UploadFile):
    suffix = _photo_extension(photo.filename)
    target = PHOTO_ROOT / f"craft-{craft_id:05d}" / f"{uuid.uuid4().hex}{suffix}"
    # ok: path-traversal-user-filename
    target.write_bytes(await photo.read())


@api.post("/gear/{craft_id}/named-photos")
async def add_named_gear_photo(craft_id: int, photo: UploadFile):
    stem = _photo_stem(photo.filename)
    target = PHOTO_ROOT / f"craft-{craft_id:05d}" / f"{stem}.jpg"
    # ruleid: path-traversal-user-filename
    target.write_bytes(await photo.read())


_SURVEY_ID = re.compile(r"^[A-Z]{3}-\d{4}-\d{2}$")
_STILL_NAME = re.compile(r"^KP\d{3}\.\d{3}_[a-z0-9]{1,16}\.(jpg|png)$")
STILLS_ROOT = Path("/data/rov/stills")


def _validated_still(survey_id, still):
    if not _SURVEY_ID.fullmatch(survey_id) or not _STILL_NAME.fullmatch(still):
        raise ValueError("malformed survey or image name")
    return survey_id, still


def _survey_label(survey_id, still):
    return survey_id.upper(), still


class StillCatalogue:
    def path(self, survey_id, still):
        sid, name = _validated_still(survey_id, still)
        return STILLS_ROOT / sid / name

    def labelled_path(self, survey_id, still):
        sid, name = _survey_label(survey_id, still)
        return STILLS_ROOT / sid / name


stills = StillCatalogue()


@api.get("/surveys/{survey_id}/stills/{still}")
def get_still(survey_id: str, still: str):
    # ok: path-traversal-user-filename
    return FileResponse(stills.path(survey_id, still))


@api.get("/surveys/{survey_id}/labelled/{still}")
def get_labelled_still(survey_id: str, still: str):
    # ruleid: path-traversal-user-filename
    return FileResponse(stills.labelled_path(survey_id, still))
