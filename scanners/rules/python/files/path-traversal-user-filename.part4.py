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



class LoomPatternDesk:
    def __init__(self, library):
        self.library = library

    def print_pattern(self, pattern_name):
        with open(self.library.pattern_file(pattern_name), encoding="utf-8") as fh:
            return fh.read()


class LoomPatternLibrary:
    def __init__(self, root):
        self.root = root

    def pattern_file(self, pattern_name):
        # ruleid: path-traversal-user-filename
        return os.path.join(self.root, pattern_name)


class QuiltSwatchImporter:
    def __init__(self, pack, dest):
        self.pack = pack
        self.dest = dest

    def run(self):
        for entry in self.pack.listing():
            spot = os.path.join(self.dest, entry.filename)
            # ruleid: path-traversal-user-filename
            self.pack.unpack_one(entry, spot)
            flat_spot = os.path.join(self.dest, os.path.basename(entry.filename))
            # ok: path-traversal-user-filename
            self.pack.unpack_one(entry, flat_spot)


class QuiltSwatchPack:
    def __init__(self, stream):
        self._zip = zipfile.ZipFile(stream)

    def listing(self):
        return self._zip.infolist()

    def unpack_one(self, entry, where):
        with open(where, "wb") as out:
            out.write(self._zip.read(entry))


class OrreryChartRoom:
    def __init__(self, root):
        self.root = root

    def chart(self, chart_name):
        spot = self._chart_path(chart_name)
        if spot.exists():
            return spot.read_bytes()
        return b""

    def _chart_path(self, chart_name):
        # ruleid: path-traversal-user-filename
        return self.root / chart_name


class CertificateInbox:
    def __init__(self, directory):
        self.directory = Path(directory).resolve()

    def _destination(self, filename):
        candidate = (self.directory / filename).resolve()
        if candidate.parent != self.directory:
            raise ValueError("file name must not contain path components")
        return candidate

    def store(self, upload):
        dest = self._destination(upload.filename)
        # ok: path-traversal-user-filename
        upload.save(dest)
        return dest

    def store_unchecked(self, upload):
        dest = (self.directory / upload.filename).resolve()
        # ruleid: path-traversal-user-filename
        upload.save(dest)
        return dest


def certificate_path(inbox, filename):
    candidate = (inbox / filename).resolve()
    if candidate.parent == inbox:
        return candidate
    raise ValueError(filename)


def read_certificate(inbox, request):
    # ok: path-traversal-user-filename
    return certificate_path(inbox, request.files["cert"].filename).read_bytes()


class FrameArchive:
    def __init__(self, root):
        self.root = root

    def _frame_path(self, camera, frame):
        # ruleid: path-traversal-user-filename
        return self.root / camera / frame

    def read_frame(self, camera, frame):
        return self._frame_path(camera, frame).read_bytes()


def _photo_catalogue():
    return PhotoCatalogue()


@app.get("/photos/<photo_id>")
def get_photo(photo_id: str):
    catalogue = _photo_catalogue()
    record = catalogue.photo(photo_id)
    if record is None:
        abort(404)
    # ok: path-traversal-user-filename
    return send_file(Path("/srv/photos") / record.stored_name)


@app.get("/drafts/<draft_name>")
def get_draft(draft_name: str):
    drafts = DraftFolder()
    found = drafts.find(draft_name)
    if found is None:
        abort(404)
    # ruleid: path-traversal-user-filename
    return send_file(found)


def embryo_uuid_for(db, dish_barcode):
    row = db.execute("SELECT embryo_uuid FROM embryos WHERE dish = ?", (dish_barcode,)).fetchone()
    if row is None:
        abort(404)
    return uuid.UUID(str(row[0]))


@app.get("/dishes/<dish_barcode>/frame")
def get_dish_frame(dish_barcode: str):
    embryo = embryo_uuid_for(get_db(), dish_barcode)
    # ok: path-traversal-user-filename
    return send_file(Path("/srv/timelapse") / str(embryo) / "00001.jpg")


@app.get("/exports/download")
def download_export():
    requested = request.args.get("file", "")
    path = catalog.resolve_request(requested)
    if path is None:
        abort(404)
    # ruleid: path-traversal-user-filename
    return send_file(path, as_attachment=True)


ALLOWED_TYPES = {"application/pdf": ".pdf", "image/png": ".png"}
ALIASES = {"latest": "current.pdf"}


def _stored_path(scan_id, suffix):
    return Path("/srv/scans") / f"{uuid.UUID(scan_id).hex}{suffix}"


@app.post("/scans")
def upload_scan():
    upload = request.files["scan"]
    suffix = ALLOWED_TYPES.get(upload.mimetype)
    if suffix is None:
        abort(415)
    # ok: path-traversal-user-filename
    upload.save(_stored_path(str(uuid.uuid4()), suffix))


@app.get("/scans/named")
def named_scan():
    name = request.args.get("name", "")
    # ruleid: path-traversal-user-filename
    return send_file(Path("/srv/scans") / ALIASES.get(name, name))


class DisplayTeam:
    season: int
    title: str


@app.post("/teams")
def upload_team():
    raw = request.files["team"].read()
    team = parse_team(raw)
    # ok: path-traversal-user-filename
    (Path("/srv/teams") / f"team-{team.season}.yaml").write_bytes(raw)
    # ruleid: path-traversal-user-filename
    (Path("/srv/teams") / f"team-{team.title}.yaml").write_bytes(raw)


@app.get("/packs/<int:pack_id>/attachments/<attachment_id>")
def download_attachment(pack_id: int, attachment_id: str):
    key = uuid.UUID(attachment_id)
    record = attachment_repo().get(pack_id, key)
    # ok: path-traversal-user-filename
    return send_file(Path("/srv/packs") / str(pack_id) / f"{key.hex}{record.suffix}")


def dictation_path(root, site_code, original_name):
    suffix = Path(original_name).suffix.lower()
    return root / site_code / f"{uuid.uuid4().hex}{suffix}"


def upload_path(root, folder, original_name):
    suffix = Path(original_name).suffix.lower()
    return root / folder / f"{uuid.uuid4().hex}{suffix}"


@api.post("/dictations/{accession}")
def upload_dictation(accession: str, audio: UploadFile):
    target = dictation_path(Path("/srv/dictations"), "site-a", audio.filename or "")
    # ok: path-traversal-user-filename
    with open(target, "xb") as fh:
        fh.write(audio.file.read())


@app.post("/uploads")
def upload_to_folder():
    doc = request.files["doc"]
    target = upload_path(Path("/srv/uploads"), request.form["folder"], doc.filename or "")
    # ruleid: path-traversal-user-filename
    with open(target, "xb") as fh:
        fh.write(doc.file.read())


SITE_PHOTO_ROOT = Path("/srv/site-photos")


@api.post("/sites/{site_id}/photos")
async def add_site_photo(site_id: int, upload: UploadFile):
    record = SitePhoto(id=uuid.uuid4(), site_id=site_id, original_name=upload.filename)
    # ok: path-traversal-user-filename
    (SITE_PHOTO_ROOT / f"{record.id}.jpg").write_bytes(await upload.read())
    return {"id": str(record.id)}


@api.post("/sites/{site_id}/named-photos")
async def add_named_site_photo(site_id: int, upload: UploadFile):
    record = SitePhoto(id=uuid.uuid4(), site_id=site_id, original_name=upload.filename)
    # ruleid: path-traversal-user-filename
    (SITE_PHOTO_ROOT / record.original_name).write_bytes(await upload.read())
    return {"id": str(record.id)}


class ReportShelf:
    def __init__(self, archive_root: Path, live_root: Path):
        self.archive_root = archive_root
        self.live_root = live_root

    def restore(self, year: int, report_name: str) -> Path:
        source = self.archive_root / str(year) / report_name
        target = self.live_root / source.name
        # ruleid: path-traversal-user-filename
        shutil.copy2(source, target)
        return target

    def restore_checked(self, year: int, report_name: str) -> Path:
        source = self.archive_root / str(year) / os.path.basename(report_name)
        target = self.live_root / source.name
        # ok: path-traversal-user-filename
        shutil.copy2(source, target)
        return target


class ClosingBundle:
    def __init__(self, files_root: str):
        self.files_root = files_root

    def attach(self, item: dict) -> bytes:
        # ruleid: path-traversal-user-filename
        with open(os.path.join(self.files_root, item["file"]), "rb") as fh:
            return fh.read()

    def attach_checked(self, item: dict) -> bytes:
        # ok: path-traversal-user-filename
        with open(os.path.join(self.files_root, os.path.basename(item["file"])), "rb") as fh:
            return fh.read()

    def template_for(self, config: dict) -> bytes:
        # ok: path-traversal-user-filename
        with open(os.path.join(self.files_root, config["template"]), "rb") as fh:
            return fh.read()


class TributePhotoShelf:
    def __init__(self, root: Path):
        self.root = root
        self._pending: list = []
        self._expired: list = []

    def mark_for_removal(self, photo_name: str) -> None:
        self._pending.append(photo_name)

    def mark_expired(self, photo_name: str) -> None:
        self._expired.append(os.path.basename(photo_name))

    def flush(self) -> None:
        for photo_name in self._pending:
            target = os.path.join(self.root, photo_name)
            # ruleid: path-traversal-user-filename
            os.remove(target)
        for photo_name in self._expired:
            target = os.path.join(self.root, photo_name)
            # ok: path-traversal-user-filename
            os.remove(target)


class RestorationPhotoFolder:
    def __init__(self, root: Path):
        self.root = root

    def path_for(self, photo_name: str) -> Path:
        # ruleid: path-traversal-user-filename
        return self.root / photo_name

    def checked_path_for(self, photo_name: str) -> Path:
        # ok: path-traversal-user-filename
        return self.root / os.path.basename(photo_name)

    def remove(self, photo_name: str) -> bool:
        target = self.path_for(photo_name)
        if not target.exists():
            return False
        os.remove(target)
        return True

    def remove_checked(self, photo_name: str) -> bool:
        target = self.checked_path_for(photo_name)
        if not target.exists():
            return False
        os.remove(target)
        return True


def load_stem(key):
    return STEM_CATALOGUE.get(key)


@api.get("/engineer/stems")
def engineer_stem(release: int, file: str):
    stem = load_stem(file)
    if stem is None or stem.release_id != release:
        raise ValueError("no such stem for this release")
    # ok: path-traversal-user-filename
    return FileResponse(stem.path, filename=f"{release}-{stem.key}.wav")


@api.get("/engineer/stems/raw")
def engineer_raw_stem(release: int, file: str):
    # ruleid: path-traversal-user-filename
    return FileResponse(os.path.join("/srv/stems", str(release), file))


def _save_catalogue(supplier_id, upload):
    safe_name = secure_filename(upload.filename) or "catalogue.csv"
    folder = Path("/srv/catalogues") / f"supplier-{supplier_id}"
    target = folder / f"{uuid.uuid4().hex}-{safe_name}"
    upload.save(target)
    return target


def _keep_catalogue(supplier_id, upload):
    folder = Path("/srv/catalogues") / f"supplier-{supplier_id}"
    target = folder / f"{uuid.uuid4().hex}-{upload.filename}"
    # ruleid: path-traversal-user-filename
    upload.save(target)
    return target


@app.post("/catalogues/<int:supplier_id>")
def import_catalogue(supplier_id):
    upload = request.files.get("catalogue")
    stored = _save_catalogue(supplier_id, upload)
    # ok: path-traversal-user-filename
    rows = stored.read_bytes()
    kept = _keep_catalogue(supplier_id, upload)
    # ruleid: path-traversal-user-filename
    raw = kept.read_bytes()
    return {"rows": len(rows), "raw": len(raw)}


class LabelLayouts:
    def __init__(self, base_dir):
        self.base = Path(base_dir)

    def _layout_path(self, layout):
        name = layout if layout.endswith(".zpl") else f"{layout}.zpl"
        # ruleid: path-traversal-user-filename
        return self.base / name

    def _stock_path(self, size):
        name = size if size.endswith(".zpl") else f"{size}.zpl"
        # ok: path-traversal-user-filename
        return self.base / name

    def load(self, layout):
        path = self._layout_path(layout)
        return path.read_text(encoding="utf-8")

    def stock(self, size):
        path = self._stock_path(size)
        return path.read_text(encoding="utf-8")


def _resolve_recording(booking_dir, filename):
    candidate = os.path.join(booking_dir, filename)
    if not candidate.startswith(booking_dir + os.sep):
        raise ValueError("recording not found")
    return candidate


def _resolve_stem(stems_dir, filename):
    candidate = os.path.join(stems_dir, filename)
    candidate = os.path.realpath(candidate)
    if not candidate.startswith(os.path.realpath(stems_dir) + os.sep):
        raise ValueError("stem not found")
    return candidate


@app.get("/bookings/<int:booking_id>/recordings/<path:filename>")
def download_recording(booking_id, filename):
    booking_dir = os.path.join("/srv/recordings", str(booking_id))
    # ruleid: path-traversal-user-filename
    return send_file(_resolve_recording(booking_dir, request.args.get("f", filename)))


@app.get("/bookings/<int:booking_id>/stems/<path:filename>")
def download_stem(booking_id, filename):
    stems_dir = os.path.join("/srv/stems", str(booking_id))
    # ok: path-traversal-user-filename
    return send_file(_resolve_stem(stems_dir, request.args.get("f", filename)))
