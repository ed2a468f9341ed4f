"""Invoice download view for the shipping agent portal.

Invoices are rendered to PDF by the billing run and written to
``INVOICE_ROOT/<agent_code>/``. Agents download them from the portal.
"""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

INVOICE_ROOT = os.environ.get("INVOICE_ROOT", "/srv/harbourpilots/invoices")


def agent_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        agent_code = session.get("agent_code")
        if not agent_code:
            abort(401)
        g.agent_code = agent_code
        return view(*args, **kwargs)

    return wrapper


def _agent_dir(agent_code: str) -> str:
    return os.path.join(INVOICE_ROOT, agent_code)


@app.get("/portal/invoices")
@agent_required
def list_invoices():
    folder = _agent_dir(g.agent_code)
    if not os.path.isdir(folder):
        return jsonify([])
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))
    return jsonify(names)


@app.get("/portal/invoices/download")
@agent_required
def download_invoice():
    filename = request.args.get("file", "")
    if not filename.endswith(".pdf"):
        abort(400)
    path = os.path.join(_agent_dir(g.agent_code), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
