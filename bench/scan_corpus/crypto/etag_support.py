"""Conditional GET support for the public catalogue API."""
import hashlib

from flask import Flask, Response, request


def compute_etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def init_etags(app: Flask) -> None:
    @app.after_request
    def add_etag(response: Response) -> Response:
        if request.method not in ("GET", "HEAD"):
            return response
        if response.status_code != 200 or response.direct_passthrough:
            return response
        etag = compute_etag(response.get_data())
        response.headers["ETag"] = etag
        response.headers.setdefault("Cache-Control", "public, max-age=60")
        candidates = {t.strip() for t in request.headers.get("If-None-Match", "").split(",")}
        if etag in candidates or "*" in candidates:
            not_modified = Response(status=304)
            not_modified.headers["ETag"] = etag
            not_modified.headers["Cache-Control"] = response.headers["Cache-Control"]
            return not_modified
        return response
