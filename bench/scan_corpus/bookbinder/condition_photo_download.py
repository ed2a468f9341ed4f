"""Download of condition-report photographs from the conservation portal.

Each condition report has a folder of photographs (spine, boards, text
block, sewing structure). The report page links each thumbnail to this
endpoint so the librarian can download the full-resolution image.
"""
import os
from functools import wraps

from flask import Flask, abort, request, send_file, session

app = Flask(__name__)
app.config.from_prefixed_env("PORTAL")

PHOTO_ROOT = os.environ.get("PHOTO_ROOT", "/srv/bindery/photos")


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "librarian_id" not in session and "staff_id" not in session:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def photo_folder(report_id: int) -> str:
    return os.path.join(PHOTO_ROOT, f"report-{report_id:06d}")


@app.get("/reports/<int:report_id>/photo")
@login_required
def download_photo(report_id: int):
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    path = os.path.join(photo_folder(report_id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)


@app.get("/reports/<int:report_id>/photos")
@login_required
def list_photos(report_id: int):
    folder = photo_folder(report_id)
    if not os.path.isdir(folder):
        return {"photos": []}
    return {"photos": sorted(os.listdir(folder))}
