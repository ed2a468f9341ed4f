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

PHOTO_ROOT = Path("/srv/kayakhire/gear-photos")


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
