# Reduced cases: an Origin reflected with credentials, judged by the allow-list check around it.
from flask import request

TRUSTED = {"https://app.example.com"}


def _is_trusted(origin):
    return origin in TRUSTED


def reflect_after_compound_check(response):
    origin = request.headers.get("Origin", "")
    if request.path.startswith("/api/") and origin and _is_trusted(origin):
        # ok: cors-wildcard-with-credentials
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def reflect_after_negated_compound_check(response):
    origin = request.headers.get("Origin", "")
    if origin and not _is_trusted(origin):
        # ruleid: cors-wildcard-with-credentials
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def reflect_after_unrelated_compound_check(response):
    origin = request.headers.get("Origin", "")
    if request.path.startswith("/api/") and origin and len(origin) > 0:
        # ruleid: cors-wildcard-with-credentials
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def _credentialed_headers(origin: str) -> dict:
    # ok: cors-wildcard-with-credentials
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
    }


def install(app):
    @app.after_request
    def add_headers(response):
        origin = request.headers.get("Origin") or ""
        if origin in TRUSTED:
            response.headers.update(_credentialed_headers(origin))
        return response


def _open_headers(origin: str) -> dict:
    # ruleid: cors-wildcard-with-credentials
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
    }


def install_open(app):
    @app.after_request
    def add_headers(response):
        origin = request.headers.get("Origin") or ""
        response.headers.update(_open_headers(origin))
        return response
