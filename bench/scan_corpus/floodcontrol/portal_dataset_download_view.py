"""Django views for downloading published datasets from the public data portal."""

import mimetypes
import os

from django.conf import settings
from django.http import FileResponse, Http404
from django.views import View


class DatasetLocator:
    def __init__(self, root: str | None = None) -> None:
        self.root = root or settings.PORTAL_DATASET_ROOT

    def _resolve(self, collection: str, name: str) -> str:
        return os.path.join(self.root, collection, name)

    def open(self, collection: str, name: str):
        path = self._resolve(collection, name)
        if not os.path.isfile(path):
            raise Http404("dataset not found")
        return open(path, "rb"), os.path.basename(path)


class DatasetDownloadView(View):
    locator_class = DatasetLocator
    collections = ("river-levels", "rainfall", "flood-extents", "levee-condition")

    def get(self, request, collection: str):
        if collection not in self.collections:
            raise Http404("unknown collection")
        name = request.GET.get("file", "")
        if not name:
            raise Http404("no file requested")
        handle, filename = self.locator_class().open(collection, name)
        content_type, _ = mimetypes.guess_type(filename)
        return FileResponse(
            handle,
            as_attachment=True,
            filename=filename,
            content_type=content_type or "application/octet-stream",
        )
