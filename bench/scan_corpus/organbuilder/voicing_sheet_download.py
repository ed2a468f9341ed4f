"""Serves voicing sheets (PDF scans) to voicers on the workshop tablets.

Sheets are grouped per commission on the file server; tablets browse the
list and download a sheet before they start work on a rank.
"""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, jsonify, request, send_file, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["WORKSHOP_APP_SECRET"]
SHEET_ROOT = os.environ.get("VOICING_SHEET_ROOT", "/srv/organworks/voicing-sheets")


def staff_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not session.get("staff_id"):
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.get("/commissions/<int:commission_id>/sheets")
@staff_only
def list_sheets(commission_id: int):
    folder = os.path.join(SHEET_ROOT, f"{commission_id:05d}")
    if not os.path.isdir(folder):
        return jsonify([])
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".pdf"))
    return jsonify(names)


@app.get("/sheets/<path:sheet_name>")
@staff_only
def download_sheet(sheet_name: str):
    as_attachment = request.args.get("download") == "1"
    full_path = os.path.join(SHEET_ROOT, sheet_name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=as_attachment)


@app.get("/health")
def health():
    return {"ok": os.path.isdir(SHEET_ROOT)}
