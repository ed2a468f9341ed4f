"""Shareable links to condition reports for insurers and loan registrars.

A library sometimes needs to show a condition report to an insurer or an
exhibition registrar who has no portal account. Staff generate a signed,
expiring link to the report PDF.
"""
import base64
import hashlib
import hmac
import os
import secrets
import time
from urllib.parse import urlencode

from flask import Flask, abort, request, send_file

app = Flask(__name__)

LINK_SECRET = os.environ["REPORT_LINK_SECRET"].encode()
REPORT_DIR = "/srv/bindery/condition_reports"
DEFAULT_TTL = 7 * 24 * 3600


def _sign(report_id: int, expires: int) -> str:
    msg = f"{report_id}:{expires}".encode()
    mac = hmac.new(LINK_SECRET, msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def share_url(report_id: int, ttl: int = DEFAULT_TTL) -> str:
    expires = int(time.time()) + ttl
    query = urlencode({"r": report_id, "e": expires, "s": _sign(report_id, expires)})
    return f"https://portal.example-bindery.co.uk/shared/report?{query}"


@app.get("/shared/report")
def shared_report():
    try:
        report_id = int(request.args["r"])
        expires = int(request.args["e"])
    except (KeyError, ValueError):
        abort(400)
    if expires < time.time():
        abort(410)
    if not secrets.compare_digest(request.args.get("s", ""), _sign(report_id, expires)):
        abort(403)
    pdf_path = os.path.join(REPORT_DIR, f"{report_id}.pdf")
    return send_file(pdf_path, mimetype="application/pdf", download_name=f"condition-{report_id}.pdf")
