"""Serves source documents attached to safety cases (CIOMS forms, lab reports, discharge letters)."""
from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass

from flask import Flask, abort, g, request, send_file

app = Flask(__name__)


@dataclass(frozen=True)
class AttachmentStorage:
    root: str = os.environ.get("PV_ATTACHMENT_ROOT", "/srv/pv/attachments")

    def case_folder(self, case_number: str) -> str:
        year = case_number[2:6]
        return os.path.join(self.root, year, case_number)


class AttachmentService:
    storage = AttachmentStorage()

    @classmethod
    def locate(cls, case_number: str, document: str) -> str:
        return os.path.join(cls.storage.case_folder(case_number), document)

    @classmethod
    def listing(cls, case_number: str) -> list[str]:
        folder = cls.storage.case_folder(case_number)
        return sorted(os.listdir(folder)) if os.path.isdir(folder) else []


def user_can_view(case_number: str) -> bool:
    return case_number in getattr(g, "allowed_cases", set())


@app.get("/cases/<case_number>/attachments")
def list_attachments(case_number: str):
    if not user_can_view(case_number):
        abort(403)
    return {"case": case_number, "documents": AttachmentService.listing(case_number)}


@app.get("/cases/<case_number>/attachment")
def download_attachment(case_number: str):
    if not user_can_view(case_number):
        abort(403)
    document = request.args.get("name", "")
    path = AttachmentService.locate(case_number, document)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=document)
