"""Request gate for the certificate lookup API used by site auditors.

Auditors present an API key in the X-Auditor-Key header; keys are
provisioned through the deployment configuration per auditing firm.
"""
import logging

from flask import Flask, abort, g, jsonify, request

from chainmaker.certs import find_certificate

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config.from_prefixed_env(prefix="CHAINMAKER")

KEY_HEADER = "X-Auditor-Key"


def _configured_keys() -> list[str]:
    raw = app.config.get("AUDITOR_API_KEYS", "")
    return [part.strip() for part in raw.split(",") if part.strip()]


@app.before_request
def require_auditor_key():
    if request.endpoint == "health":
        return None
    presented = request.headers.get(KEY_HEADER, "")
    if not presented or presented not in _configured_keys():
        log.warning("rejected lookup from %s", request.remote_addr)
        abort(401)
    g.auditor_key_id = presented[:8]
    return None


@app.get("/health")
def health():
    return {"ok": True}


@app.get("/v1/certificates/<number>")
def certificate(number: str):
    cert = find_certificate(number)
    if cert is None:
        abort(404)
    return jsonify(
        number=cert.number,
        product=cert.product_code,
        wll_tonnes=cert.wll_tonnes,
        proof_load_kn=cert.proof_load_kn,
        tested_on=cert.tested_on.isoformat(),
    )
