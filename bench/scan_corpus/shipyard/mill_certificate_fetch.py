"""Download EN 10204 3.2 material certificates from the steel mill portal.

The mill requires mutual TLS; the yard's client certificate is issued per
environment and mounted into the container.
"""
from __future__ import annotations

import json
import os
import ssl
import urllib.parse
import urllib.request
from pathlib import Path

MILL_URL = os.environ.get("MILL_PORTAL_URL", "")
CERT_FILE = os.environ.get("MILL_CLIENT_CERT", "/run/secrets/mill-client.pem")
KEY_FILE = os.environ.get("MILL_CLIENT_KEY", "/run/secrets/mill-client.key")


def _context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(CERT_FILE, KEY_FILE)
    return ctx


def fetch_certificate(heat_no: str, out_dir: Path) -> Path:
    if not MILL_URL:
        raise RuntimeError("MILL_PORTAL_URL is not configured")
    ctx = _context()
    meta_req = urllib.request.Request(
        f"{MILL_URL}/api/certificates?heat={urllib.parse.quote(heat_no)}",
        headers={"Accept": "application/json"},
    )
    with urllib.request.urlopen(meta_req, context=ctx, timeout=30) as resp:
        meta = json.load(resp)
    if not meta.get("results"):
        raise LookupError(f"no certificate published for heat {heat_no}")
    cert_id = meta["results"][0]["id"]
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{heat_no.replace('/', '_')}-3.2.pdf"
    with urllib.request.urlopen(f"{MILL_URL}/api/certificates/{cert_id}/pdf", context=ctx, timeout=60) as resp:
        target.write_bytes(resp.read())
    return target
