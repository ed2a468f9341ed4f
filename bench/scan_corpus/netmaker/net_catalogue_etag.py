"""Public catalogue of standard nets and twines.

The catalogue page of the workshop website is fetched a lot by fleet
planning tools. Responses carry an ETag so clients can revalidate cheaply.
"""
import hashlib
import json

from flask import Blueprint, Response, request

from netmaker.catalogue import load_catalogue

bp = Blueprint("catalogue", __name__, url_prefix="/catalogue")


class CatalogueCache:
    def __init__(self):
        self._body = None
        self._etag = None

    def refresh(self) -> None:
        items = load_catalogue()
        self._body = json.dumps(items, sort_keys=True, default=str).encode("utf-8")
        self._etag = '"' + hashlib.sha1(self._body).hexdigest() + '"'

    @property
    def etag(self) -> str:
        if self._etag is None:
            self.refresh()
        return self._etag

    @property
    def body(self) -> bytes:
        if self._body is None:
            self.refresh()
        return self._body


cache = CatalogueCache()


@bp.get("/nets.json")
def nets():
    client_tag = request.headers.get("If-None-Match", "")
    if client_tag == cache.etag:
        return Response(status=304, headers={"ETag": cache.etag})
    response = Response(cache.body, mimetype="application/json")
    response.headers["ETag"] = cache.etag
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
