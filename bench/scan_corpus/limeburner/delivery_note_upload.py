"""Upload of signed delivery notes from drivers' tablets.

When a driver drops bagged lime or putty at a merchant yard or a site, the
customer signs the delivery note on the tablet. The tablet app uploads the
signed PDF, which is filed against the order for invoicing queries.
"""

import logging
from datetime import datetime, timezone
from pathlib import Path

from flask import Flask, abort, jsonify, request

from limeworks.orders import attach_delivery_note, order_exists

app = Flask(__name__)
app.config.from_prefixed_env("LIMEWORKS")
log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".png"}


class NoteStore:
    def __init__(self, root: str):
        self.root = Path(root)

    def folder_for(self, order_number: str) -> Path:
        folder = self.root / datetime.now(timezone.utc).strftime("%Y-%m") / order_number
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, order_number: str, name: str, stream) -> Path:
        target = self.folder_for(order_number) / name
        with open(target, "wb") as handle:
            while chunk := stream.read(64 * 1024):
                handle.write(chunk)
        return target


def store() -> NoteStore:
    return NoteStore(app.config.get("DELIVERY_NOTES_ROOT", "/srv/limeworks/delivery-notes"))


@app.post("/orders/<int:order_number>/delivery-note")
def upload_delivery_note(order_number: int):
    if not order_exists(order_number):
        abort(404)
    upload = request.files.get("note")
    if upload is None or not upload.filename:
        abort(400)
    if Path(upload.filename).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(415)
    saved = store().save(str(order_number), upload.filename, upload.stream)
    attach_delivery_note(order_number, str(saved), driver=request.form.get("driver_id"))
    log.info("Stored delivery note for order %s", order_number)
    return jsonify({"stored": saved.name}), 201
