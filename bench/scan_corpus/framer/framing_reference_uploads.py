"""Upload reference images with an online framing enquiry.

Customers send a photo of the piece and of the wall it will hang on so
the framer can suggest mouldings before they visit the shop.
"""
import os
import uuid

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from werkzeug.utils import secure_filename

bp = Blueprint("enquiries", __name__)

ALLOWED_EXTENSIONS = {"jpg", "jpeg", "png", "heic", "webp"}


def allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def enquiry_folder(enquiry_id: str) -> str:
    folder = os.path.join(current_app.config["ENQUIRY_UPLOADS"], enquiry_id)
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.route("/enquiry", methods=["GET", "POST"])
def enquiry():
    if request.method == "GET":
        return render_template("enquiry.html")

    enquiry_id = uuid.uuid4().hex
    saved = []
    for upload in request.files.getlist("photos"):
        if not upload or not upload.filename or not allowed(upload.filename):
            continue
        name = secure_filename(upload.filename)
        if not name:
            continue
        upload.save(os.path.join(enquiry_folder(enquiry_id), name))
        saved.append(name)

    current_app.logger.info(
        "framing enquiry %s from %s with %d photo(s)", enquiry_id, request.form.get("email"), len(saved)
    )
    flash("Thanks! We'll be in touch about your framing within two working days.")
    return redirect(url_for("enquiries.enquiry"))
