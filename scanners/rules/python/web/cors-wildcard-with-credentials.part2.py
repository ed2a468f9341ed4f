# Reduced cases: the Origin picked by a helper that returns it only when it is allowed.
from flask import request

PARTNER_ORIGINS = frozenset({"https://partner.example.org"})


def _partner_origin():
    origin = request.headers.get("Origin", "")
    return origin if origin in PARTNER_ORIGINS else None


def _any_origin():
    origin = request.headers.get("Origin", "")
    return origin if origin else None


def install(app):
    @app.after_request
    def add_headers(response):
        origin = _partner_origin()
        if origin is None:
            return response
        # ok: cors-wildcard-with-credentials
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        return response


def install_open(app):
    @app.after_request
    def add_open_headers(response):
        origin = _any_origin()
        if origin is None:
            return response
        # ruleid: cors-wildcard-with-credentials
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        return response
