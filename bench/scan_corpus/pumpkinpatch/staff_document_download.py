"""Payslips and contracts for seasonal staff, served from the HR share."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, g, jsonify, request, send_file, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["HR_PORTAL_SECRET_KEY"]
HR_ROOT = Path(os.environ.get("HR_DOCS_DIR", "/srv/pumpkinpatch/hr_docs")).resolve()


@app.before_request
def identify_staff():
    staff_id = str(session.get("staff_id", ""))
    if not staff_id.isdigit():
        abort(401)
    g.staff_id = staff_id


def staff_folder(staff_id: str) -> Path:
    return (HR_ROOT / staff_id).resolve()


def resolve_document(staff_id: str, name: str) -> Path:
    folder = staff_folder(staff_id)
    candidate = (folder / name).resolve()
    if not candidate.is_relative_to(folder):
        abort(404)
    if not candidate.is_file():
        abort(404)
    return candidate


@app.get("/me/documents")
def list_documents():
    folder = staff_folder(g.staff_id)
    if not folder.is_dir():
        return jsonify([])
    return jsonify(sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()
    ))


@app.get("/me/documents/download")
def download_document():
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = resolve_document(g.staff_id, name)
    return send_file(path, as_attachment=True, download_name=path.name)


@app.get("/me/payslips/latest")
def latest_payslip():
    folder = staff_folder(g.staff_id) / "payslips"
    slips = sorted(folder.glob("*.pdf")) if folder.is_dir() else []
    if not slips:
        abort(404)
    return send_file(slips[-1], as_attachment=True)
