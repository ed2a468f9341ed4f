"""Serving of gas detector calibration certificates.

Every portable and fixed gas detector is bump-tested and calibrated on a
schedule. The calibration bench writes a PDF certificate per test into a
per-model folder; the maintenance portal lets planners open a certificate
by model and certificate file name.
"""
from __future__ import annotations

import aiofiles
from aiohttp import web

from colliery.config import settings

CERT_ROOT = settings.CALIBRATION_CERT_ROOT
KNOWN_MODELS = {"altair4x", "gasalert-max", "ims-ch4-fixed", "mx6-ibrid"}


def certificate_path(model: str, certificate: str) -> str:
    return f"{CERT_ROOT}/{model}/certificates/{certificate}"


async def read_certificate(model: str, certificate: str) -> bytes:
    path = certificate_path(model, certificate)
    async with aiofiles.open(path, "rb") as fh:
        return await fh.read()


async def get_certificate(request: web.Request) -> web.Response:
    model = request.match_info["model"]
    if model not in KNOWN_MODELS:
        raise web.HTTPNotFound(text="unknown detector model")
    certificate = request.query.get("file", "")
    if not certificate.lower().endswith(".pdf"):
        raise web.HTTPBadRequest(text="certificate must be a PDF")
    try:
        body = await read_certificate(model, certificate)
    except FileNotFoundError:
        raise web.HTTPNotFound(text="certificate not found")
    return web.Response(
        body=body,
        content_type="application/pdf",
        headers={"Content-Disposition": "inline"},
    )


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/calibration/{model}/certificate", get_certificate)
    return app
