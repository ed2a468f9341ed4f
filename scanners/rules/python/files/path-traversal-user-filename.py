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


@app.route("/download")
def download():
    name = request.args.get("file")
    # ruleid: path-traversal-user-filename
    return send_file(os.path.join(UPLOAD_DIR, name))


@app.route("/read")
def read():
    path = os.path.join(UPLOAD_DIR, request.args["name"])
    # ruleid: path-traversal-user-filename
    with open(path) as fh:
        return fh.read()


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    # ruleid: path-traversal-user-filename
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return "ok"


@app.route("/files/<path:filename>")
def serve(filename):
    # ruleid: path-traversal-user-filename
    return send_file(f"{UPLOAD_DIR}/{filename}")


@api.post("/avatar")
async def avatar(file: UploadFile):
    dest = Path(UPLOAD_DIR) / file.filename
    # ruleid: path-traversal-user-filename
    dest.write_bytes(await file.read())
    return {"saved": str(dest)}


@api.get("/reports/{report}")
def report(report: str):
    # ruleid: path-traversal-user-filename
    return FileResponse(BASE / report)


def delete_attachment(filename):
    target = os.path.join(UPLOAD_DIR, filename)
    # ruleid: path-traversal-user-filename
    os.remove(target)


def read_document(doc_name):
    # ruleid: path-traversal-user-filename
    return (Path(UPLOAD_DIR) / doc_name).read_text()


@app.route("/archive", methods=["POST"])
def archive():
    src = request.form["path"]
    # ruleid: path-traversal-user-filename
    shutil.copy(src, "/srv/archive/")
    return "ok"


# ---- secure near-misses ----


@app.route("/upload-safe", methods=["POST"])
def upload_safe():
    f = request.files["document"]
    filename = secure_filename(f.filename)
    # ok: path-traversal-user-filename
    f.save(os.path.join(UPLOAD_DIR, filename))
    return "ok"


@app.route("/download-safe")
def download_safe():
    # ok: path-traversal-user-filename
    return send_from_directory(UPLOAD_DIR, request.args["file"])


@app.route("/basename")
def basename_only():
    name = os.path.basename(request.args.get("file", ""))
    # ok: path-traversal-user-filename
    return send_file(os.path.join(UPLOAD_DIR, name))


@api.get("/reports-safe/{report}")
def report_safe(report: str):
    target = (BASE / report).resolve()
    if not target.is_relative_to(BASE):
        abort(404)
    # ok: path-traversal-user-filename
    return FileResponse(target)


def read_checked(filename):
    full = os.path.realpath(os.path.join(UPLOAD_DIR, filename))
    if not full.startswith(os.path.realpath(UPLOAD_DIR) + os.sep):
        raise PermissionError(filename)
    # ok: path-traversal-user-filename
    with open(full, "rb") as fh:
        return fh.read()


def checksum_file(path):
    # ok: path-traversal-user-filename
    with open(path, "rb") as fh:
        return fh.read()


def load_settings():
    # ok: path-traversal-user-filename
    with open(os.path.join(os.path.dirname(__file__), "settings.json")) as fh:
        return fh.read()


@api.post("/upload-uuid")
async def upload_uuid(file: UploadFile):
    import uuid

    suffix = Path(file.filename).suffix
    dest = Path(UPLOAD_DIR) / f"{uuid.uuid4().hex}"
    # ok: path-traversal-user-filename
    dest.write_bytes(await file.read())
    return {"id": dest.name, "suffix": suffix}


def write_keypair(base_path, cert, key):
    # ok: path-traversal-user-filename
    with open(f"{base_path}.crt", "wb") as fh:
        fh.write(cert)


def export_csv(report_name, data):
    # ruleid: path-traversal-user-filename
    with open("exports/" + report_name + ".csv", "w") as fh:
        fh.write(data)


@api.get("/exports/{name}")
async def export_file(name: str):
    path = (BASE / name).resolve()
    if BASE not in path.parents:
        abort(404)
    # ok: path-traversal-user-filename
    return FileResponse(path)


def _resolve_inside_root(relative):
    candidate = (BASE / relative).resolve()
    if not candidate.is_relative_to(BASE):
        abort(404)
    return candidate


@api.get("/attachments/{file_path:path}")
async def get_attachment(file_path: str):
    full_path = _resolve_inside_root(file_path)
    # ok: path-traversal-user-filename
    return FileResponse(full_path)


@api.get("/assets/{asset}")
async def get_asset(asset: str):
    full_path = _resolve(asset)
    # ruleid: path-traversal-user-filename
    return FileResponse(full_path)


@api.post("/disputes/{dispute_id}/close")
async def close_dispute(request: Request, dispute_id: str):
    event = await request.json()
    # ok: path-traversal-user-filename
    await request.app.state.disputes.open(event["payment_id"], event["reason"])
    # ruleid: path-traversal-user-filename
    return FileResponse(BASE / dispute_id)


@app.route("/thumbs", methods=["POST"])
def make_thumb():
    upload = request.files["image"]
    ext = Path(upload.filename or "").suffix.lower()
    if ext not in {".png", ".jpg"}:
        abort(400)
    # ok: path-traversal-user-filename
    upload.save(BASE / f"{uuid.uuid4().hex}{ext}")
    return "ok"


def _tenant_root(tenant_id):
    return BASE / str(int(tenant_id))


@api.post("/attachments")
async def upload_attachment(file: UploadFile, member=Depends(current_member)):
    root = _tenant_root(member.tenant_id)
    stored_name = f"{uuid.uuid4().hex}{Path(file.filename or '').suffix[:10]}"
    # ok: path-traversal-user-filename
    with open(root / stored_name, "wb") as fh:
        fh.write(await file.read())


@api.get("/studies/{study_id}/summary")
def study_summary(study_id: int):
    # ok: path-traversal-user-filename
    return FileResponse(BASE / str(study_id) / "summary.pdf")


def _report_path(study_id, name):
    study_dir = (BASE / str(study_id)).resolve()
    candidate = (study_dir / name).resolve()
    if not candidate.is_relative_to(study_dir) or not candidate.is_file():
        abort(404)
    return candidate


@api.get("/studies/{study_id}/reports/download")
def download_study_report(study_id: int, file: str):
    path = _report_path(study_id, file)
    # ok: path-traversal-user-filename
    return FileResponse(path)


DATASET_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@app.route("/datasets/<dataset_id>/samples")
def list_samples(dataset_id):
    if not DATASET_ID.match(dataset_id):
        abort(404)
    folder = os.path.join(str(BASE), dataset_id)
    # ok: path-traversal-user-filename
    return {"samples": sorted(os.listdir(folder))}


class CertificateStorage:
    def __init__(self, root):
        self.root = root

    def locate(self, patient_id, filename):
        base = (self.root / str(patient_id)).resolve()
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base):
            raise FileNotFoundError(filename)
        return candidate

    def unchecked(self, patient_id, filename):
        return self.root / str(patient_id) / filename


certificates = CertificateStorage(Path("/srv/certificates"))


@app.get("/certificates/<int:patient_id>/<filename>")
def download_certificate(patient_id, filename):
    path = certificates.locate(patient_id, filename)
    # ok: path-traversal-user-filename
    return send_file(path)


@app.get("/raw-certificates/<int:patient_id>/<filename>")
def download_raw_certificate(patient_id, filename):
    path = certificates.unchecked(patient_id, filename)
    # ruleid: path-traversal-user-filename
    return send_file(path)


@app.post("/plugins/<name>")
def install_named_plugin(name):
    if not name.isidentifier():
        abort(400)
    # ok: path-traversal-user-filename
    return send_file(PLUGINS / name / "plugin.json")


@app.post("/themes/<name>")
def install_named_theme(name):
    if not name.strip():
        abort(400)
    # ruleid: path-traversal-user-filename
    return send_file(PLUGINS / name / "theme.json")


class PluginInstaller:
    def __init__(self, plugins_dir):
        self.plugins_dir = plugins_dir

    def install(self, name):
        if not name.isidentifier():
            raise ValueError(name)
        dest = self.plugins_dir / name
        # ok: path-traversal-user-filename
        shutil.rmtree(dest)

    def remove(self, name):
        dest = self.plugins_dir / name
        # ruleid: path-traversal-user-filename
        shutil.rmtree(dest)


@app.route("/submission", methods=["POST"])
def submission():
    root = DET.fromstring(request.files["xml_submission_file"].read())
    # ok: path-traversal-user-filename
    current_app.extensions["submissions"].save(root.get("id"), request.form.get("instance"), {})
    return "", 201


async def download_evidence(request):
    name = request.query.get("name", "")
    target = EVIDENCE_ROOT / request.match_info["claim_id"] / name
    # ruleid: path-traversal-user-filename
    return web.FileResponse(target)


async def download_report(request):
    report_id = int(request.match_info["report_id"])
    # ok: path-traversal-user-filename
    return web.FileResponse(REPORT_ROOT / f"{report_id}.pdf")


def cached_preview(doc_id):
    doc = ReleasedDocument.query.get(doc_id)
    # ok: path-traversal-user-filename
    return send_file(Path(doc.storage_path), mimetype="image/png")


@app.route("/sheets/<barcode>/derivative")
def sheet_derivative(barcode):
    record = current_app.extensions["catalogue"].lookup_barcode(barcode)
    if record is None:
        abort(404)
    dst = DERIVATIVE_ROOT / f"{record.id}_512.jpg"
    # ok: path-traversal-user-filename
    return send_file(dst, mimetype="image/jpeg")


@app.route("/sheets/<barcode>/original")
def sheet_original(barcode):
    # ruleid: path-traversal-user-filename
    return send_file(DERIVATIVE_ROOT / f"{barcode}.tif", mimetype="image/tiff")


def _stored_photo_name(original):
    suffix = Path(original or "").suffix.lower()
    return f"{uuid.uuid4().hex}{suffix}"


def _stored_photo_path(original):
    return f"{uuid.uuid4().hex}/{original}"


@app.route("/jobs/<int:job_id>/photos", methods=["POST"])
def upload_job_photo(job_id: int):
    photo = request.files["photo"]
    dest = PHOTO_ROOT / str(job_id) / _stored_photo_name(photo.filename)
    # ok: path-traversal-user-filename
    dest.write_bytes(photo.read())
    raw = PHOTO_ROOT / _stored_photo_path(photo.filename)
    # ruleid: path-traversal-user-filename
    raw.write_bytes(photo.read())


SQUADS = {"senior-men", "senior-women", "juniors"}
MEDIA_ROOT = "/srv/coaching"


def _squad_folder(squad: str) -> str:
    if squad not in SQUADS:
        abort(404)
    return os.path.join(MEDIA_ROOT, squad)


def _crew_folder(crew: str) -> str:
    if not crew:
        abort(404)
    return os.path.join(MEDIA_ROOT, crew)


@app.route("/clips/<squad>/")
def squad_clips(squad):
    # ok: path-traversal-user-filename
    return {"clips": sorted(os.listdir(_squad_folder(squad)))}


@app.route("/crews/<crew>/")
def crew_clips(crew):
    # ruleid: path-traversal-user-filename
    return {"clips": sorted(os.listdir(_crew_folder(crew)))}


def _target_for(staging, member):
    return staging / member.filename


def _stored_target(staging, member):
    return staging / f"{uuid.uuid4().hex}{Path(member.filename).suffix}"


def unpack_records(archive, staging):
    for member in archive.infolist():
        target = _target_for(staging, member)
        # ruleid: path-traversal-user-filename
        with archive.open(member) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        kept = _stored_target(staging, member)
        # ok: path-traversal-user-filename
        with archive.open(member) as src, open(kept, "wb") as dst:
            shutil.copyfileobj(src, dst)


def _known_squad(squad):
    return squad in {"senior-men", "juniors"}


def _squad_label(squad):
    return squad.replace("-", " ").title()


@app.route("/known/<squad>/")
def known_squad_clips(squad):
    if not _known_squad(squad):
        abort(404)
    # ok: path-traversal-user-filename
    return {"clips": sorted(os.listdir(os.path.join(MEDIA_ROOT, squad)))}


@app.route("/labelled/<squad>/")
def labelled_squad_clips(squad):
    if not _squad_label(squad):
        abort(404)
    # ruleid: path-traversal-user-filename
    return {"clips": sorted(os.listdir(os.path.join(MEDIA_ROOT, squad)))}


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
