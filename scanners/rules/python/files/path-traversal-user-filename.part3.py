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



class ExportManifest:
    filename = "MANIFEST.json"

    def __init__(self, batch_dir):
        self.batch_dir = batch_dir

    def write(self, text):
        target = self.batch_dir / self.filename
        # ok: path-traversal-user-filename
        target.write_text(text)

    def read(self):
        # ok: path-traversal-user-filename
        return (self.batch_dir / self.filename).read_text()

    def attach(self, upload):
        # ruleid: path-traversal-user-filename
        upload.save(os.path.join(str(self.batch_dir), upload.filename))


class PhotoStore:
    root = Path("/srv/ridephotos")

    def resolve_photo(self, day, filename):
        base = self.root.resolve()
        candidate = (base / day / filename).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(filename)
        return candidate

    def join_photo(self, day, filename):
        return self.root / day / filename


class PhotoService:
    def __init__(self, store=None):
        self.store = store or PhotoStore()

    def open(self, day, filename):
        path = self.store.resolve_photo(day, filename)
        if not path.is_file():
            raise FileNotFoundError(filename)
        return path

    def open_joined(self, day, filename):
        path = self.store.join_photo(day, filename)
        if not path.is_file():
            raise FileNotFoundError(filename)
        return path


photos = PhotoService()


@app.get("/photos/<day>/<path:filename>")
def download_photo(day, filename):
    path = photos.open(day, filename)
    # ok: path-traversal-user-filename
    return send_file(path, mimetype="image/jpeg")


@app.get("/photos-joined/<day>/<path:filename>")
def download_joined_photo(day, filename):
    path = photos.open_joined(day, filename)
    # ruleid: path-traversal-user-filename
    return send_file(path, mimetype="image/jpeg")


class ScanBundleUnpacker:
    def __init__(self, staging_root):
        self.staging_root = staging_root

    def _target_for(self, dest, info):
        return os.path.join(dest, info.filename)

    def _flat_target_for(self, dest, info):
        return os.path.join(dest, os.path.basename(info.filename))

    def _copy_member(self, zf, info, target):
        with zf.open(info) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)

    def unpack(self, bundle_path, vessel_imo):
        dest = os.path.join(self.staging_root, vessel_imo)
        with zipfile.ZipFile(bundle_path) as zf:
            for info in zf.infolist():
                target = self._target_for(dest, info)
                # ruleid: path-traversal-user-filename
                self._copy_member(zf, info, target)
                flat = self._flat_target_for(dest, info)
                # ok: path-traversal-user-filename
                self._copy_member(zf, info, flat)


class SurveyStorage:
    allowed = {".wav", ".flac"}

    def __init__(self, root):
        self.root = root

    def campaign_dir(self, campaign):
        folder = self.root / secure_filename(campaign)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def raw_campaign_dir(self, campaign):
        return self.root / campaign

    def stored_name(self, original):
        suffix = Path(secure_filename(original)).suffix.lower()
        if suffix not in self.allowed:
            raise ValueError(suffix)
        return f"{uuid.uuid4().hex}{suffix}"


survey_storage = SurveyStorage(Path("/srv/surveys"))


@app.post("/surveys/<campaign>/recordings")
def upload_recording(campaign):
    upload = request.files.get("recording")
    name = survey_storage.stored_name(upload.filename)
    # ok: path-traversal-user-filename
    upload.save(survey_storage.campaign_dir(campaign) / name)
    # ruleid: path-traversal-user-filename
    upload.save(survey_storage.raw_campaign_dir(campaign) / name)


class CertificateVault:
    def __init__(self, root):
        self.root = root

    def target_for(self, contractor_id, upload):
        return self.root / contractor_id / upload.filename

    def store(self, contractor_id, upload):
        target = self.target_for(contractor_id, upload)
        # ruleid: path-traversal-user-filename
        upload.save(target)
        return target


class ReportLibrary:
    def __init__(self, root):
        self.root = Path(root).resolve()

    def _contained(self, relative):
        candidate = (self.root / relative).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(relative)
        return candidate

    def report(self, relative):
        path = self._contained(relative)
        if not path.is_file():
            raise FileNotFoundError(relative)
        return path

    def report_unchecked(self, relative):
        path = self.root / relative
        if not path.is_file():
            raise FileNotFoundError(relative)
        return path


report_library = ReportLibrary("/srv/levee/reports")


@api.get("/levee-reports/{relative:path}")
def download_levee_report(relative: str):
    # ok: path-traversal-user-filename
    return FileResponse(report_library.report(relative))


@api.get("/levee-reports-unchecked/{relative:path}")
def download_unchecked_levee_report(relative: str):
    # ruleid: path-traversal-user-filename
    return FileResponse(report_library.report_unchecked(relative))


class DatasetCatalogue:
    def __init__(self, root, entries):
        self.root = root
        self.entries = entries

    def file_for(self, dataset_id):
        relative = self.entries.get(dataset_id)
        return self.root / relative if relative else None

    def file_named(self, dataset_id):
        return self.root / f"{dataset_id}.csv"


datasets = DatasetCatalogue(Path("/srv/datasets"), {"levels": "levels/2024.csv"})


async def download_dataset(request):
    # ok: path-traversal-user-filename
    return web.FileResponse(datasets.file_for(request.match_info["dataset_id"]))


async def download_named_dataset(request):
    # ruleid: path-traversal-user-filename
    return web.FileResponse(datasets.file_named(request.match_info["dataset_id"]))


class SpecimenDropbox:
    def __init__(self, bay):
        self.bay = bay
        self._slot = None

    def reserve(self, batch_no, leaf_name):
        tray = self.bay / batch_no
        tray.mkdir(parents=True, exist_ok=True)
        # ruleid: path-traversal-user-filename
        self._slot = tray / leaf_name
        return self._slot

    def seal(self, blob):
        if self._slot is None:
            raise RuntimeError("reserve first")
        self._slot.write_bytes(blob)
        self._slot = None


class GuardedSpecimenDropbox:
    def __init__(self, bay):
        self.bay = bay.resolve()
        self._slot = None

    def reserve(self, batch_no, leaf_name):
        candidate = (self.bay / batch_no / leaf_name).resolve()
        if not candidate.is_relative_to(self.bay):
            raise PermissionError(leaf_name)
        # ok: path-traversal-user-filename
        self._slot = candidate

    def seal(self, blob):
        self._slot.write_bytes(blob)


class ScrubbedSpecimenDropbox:
    def __init__(self, bay):
        self.bay = bay
        self._slot = None

    def reserve(self, leaf_name):
        # ok: path-traversal-user-filename
        self._slot = self.bay / secure_filename(leaf_name)

    def seal(self, blob):
        self._slot.write_bytes(blob)


class ThermalPrintQueue:
    def flush(self, payload):
        with open(self._spool_target, "wb") as sink:
            sink.write(payload)

    def enqueue(self, job_file):
        # ruleid: path-traversal-user-filename
        self._spool_target = os.path.join(self.spool_dir, job_file)


class CaptionBoard:
    def __init__(self, shelf):
        self.shelf = shelf
        self._shown = None

    def pin(self, caption_name):
        # ok: path-traversal-user-filename
        self._shown = self.shelf / caption_name

    def describe(self):
        return f"pinned: {self._shown}"


class SonarTraceArchive:
    def __init__(self, vault):
        self.vault = vault

    def fetch(self, dive_no, trace_file):
        with open(self.trace_location(dive_no, trace_file), "rb") as stream:
            return stream.read()

    def trace_location(self, dive_no, trace_file):
        # ruleid: path-traversal-user-filename
        return os.path.join(self.vault, str(dive_no), trace_file)


class FencedSonarTraceArchive:
    def __init__(self, vault):
        self.vault = os.path.realpath(vault)

    def trace_location(self, dive_no, trace_file):
        full = os.path.realpath(os.path.join(self.vault, str(dive_no), trace_file))
        if os.path.commonpath([full, self.vault]) != self.vault:
            raise PermissionError(trace_file)
        # ok: path-traversal-user-filename
        return full

    def fetch(self, dive_no, trace_file):
        with open(self.trace_location(dive_no, trace_file), "rb") as stream:
            return stream.read()


class KilnRecipeBook:
    def __init__(self, shelf):
        self.shelf = shelf

    def recipe_path(self, glaze_name):
        # ruleid: path-traversal-user-filename
        return self.shelf / glaze_name

    def recipe_text(self, glaze_name):
        return self.recipe_path(glaze_name).read_text()


class FlatKilnRecipeBook:
    def __init__(self, shelf):
        self.shelf = shelf

    def recipe_path(self, glaze_name):
        # ok: path-traversal-user-filename
        return self.shelf / os.path.basename(glaze_name)

    def recipe_text(self, glaze_name):
        return self.recipe_path(glaze_name).read_text()


class WarrantyClaimPack:
    def __init__(self, inbox):
        self.inbox = inbox

    def _scan_path(self, claim, line):
        # ruleid: path-traversal-user-filename
        return os.path.join(self.inbox, claim.claim_ref, line.scan_file)

    def _flat_scan_path(self, claim, line):
        # ok: path-traversal-user-filename
        return os.path.join(self.inbox, claim.claim_ref, os.path.basename(line.scan_file))

    def _cover_path(self, claim):
        # ok: path-traversal-user-filename
        return os.path.join(self.inbox, claim.claim_ref, self.cover_file)

    def assemble(self, claim):
        blobs = []
        for line in claim.lines:
            with open(self._scan_path(claim, line), "rb") as fh:
                blobs.append(fh.read())
            with open(self._flat_scan_path(claim, line), "rb") as fh:
                blobs.append(fh.read())
        with open(self._cover_path(claim), "rb") as fh:
            blobs.append(fh.read())
        return blobs


class HarnessLetterhead:
    def __init__(self, root):
        self.root = root
        self._seen = {}

    def _letter_path(self, letter_name):
        # ruleid: path-traversal-user-filename
        return self.root / letter_name

    def _flat_letter_path(self, letter_name):
        # ok: path-traversal-user-filename
        return self.root / Path(letter_name).name

    def letter(self, letter_name):
        if letter_name not in self._seen:
            where = self._letter_path(letter_name)
            self._seen[letter_name] = where.read_text().splitlines()
        return self._seen[letter_name]

    def flat_letter(self, letter_name):
        if letter_name not in self._seen:
            where = self._flat_letter_path(letter_name)
            self._seen[letter_name] = where.read_text().splitlines()
        return self._seen[letter_name]


class MosaicTileShelf:
    def __init__(self, root):
        self.root = Path(root)

    def tile_for(self, tile_name):
        # ruleid: path-traversal-user-filename
        return self.root / tile_name

    def flat_tile_for(self, tile_name):
        # ok: path-traversal-user-filename
        return self.root / secure_filename(tile_name)


class MosaicTileDownloads:
    def __init__(self, shelf):
        self.shelf = shelf

    def deliver(self, tile_name):
        return send_file(self.shelf.tile_for(tile_name), mimetype="image/png")

    def deliver_flat(self, tile_name):
        return send_file(self.shelf.flat_tile_for(tile_name), mimetype="image/png")


class ApiaryFramePack:
    def __init__(self, stream):
        self._zf = zipfile.ZipFile(stream)

    def entries(self):
        return [e for e in self._zf.infolist() if not e.is_dir()]

    def extract_to(self, entry, out_path):
        with self._zf.open(entry) as src, open(out_path, "wb") as out:
            shutil.copyfileobj(src, out)


def import_frame_pack(pack, hive_dir):
    for entry in pack.entries():
        landing = os.path.join(hive_dir, entry.filename)
        # ruleid: path-traversal-user-filename
        pack.extract_to(entry, landing)
        flat = os.path.join(hive_dir, os.path.basename(entry.filename))
        # ok: path-traversal-user-filename
        pack.extract_to(entry, flat)
