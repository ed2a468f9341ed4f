"""Conditional GET support for the public certificate lookup endpoint.

Site auditors' tablets poll certificate status often; an ETag lets them
skip re-downloading unchanged records.
"""
import hashlib
import json

from flask import Blueprint, Response, abort, request

from chainmaker.certs import find_certificate

bp = Blueprint("cert_lookup", __name__)


def _serialise(cert) -> bytes:
    return json.dumps(
        {
            "number": cert.number,
            "product": cert.product_code,
            "wll_tonnes": cert.wll_tonnes,
            "status": cert.status,
            "next_exam_due": cert.next_exam_due.isoformat() if cert.next_exam_due else None,
        },
        sort_keys=True,
    ).encode()


def _etag_for(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


@bp.get("/lookup/<number>")
def lookup(number: str):
    cert = find_certificate(number)
    if cert is None:
        abort(404)
    body = _serialise(cert)
    etag = _etag_for(body)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "private, max-age=60"},
    )
