"""Unpacks zipped design bundles uploaded by architects.

Larger commissions arrive as a zip of floor plans, border drawings and
colour references. The bundle is unpacked into the commission's working
folder for the studio.
"""
import os
import shutil
import zipfile

from tilemaker.settings import COMMISSION_WORK_DIR

ALLOWED_EXTENSIONS = {".pdf", ".svg", ".dxf", ".png", ".jpg", ".jpeg", ".txt"}
MAX_MEMBERS = 500


def working_folder(commission_id: int) -> str:
    folder = os.path.join(COMMISSION_WORK_DIR, f"c{commission_id:06d}", "incoming")
    os.makedirs(folder, exist_ok=True)
    return folder


def unpack_bundle(commission_id: int, bundle_path: str) -> list:
    dest = working_folder(commission_id)
    written = []
    with zipfile.ZipFile(bundle_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ValueError("bundle has too many files")
        for member in members:
            ext = os.path.splitext(member.filename)[1].lower()
            if ext not in ALLOWED_EXTENSIONS:
                continue
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
    return written


def bundle_summary(paths: list) -> dict:
    summary = {}
    for path in paths:
        ext = os.path.splitext(path)[1].lower().lstrip(".")
        summary[ext] = summary.get(ext, 0) + 1
    return summary
