"""Imports pesticide application logs uploaded from the field tablets.

The tablet app bundles one day's spray records as a .tar.gz containing a
manifest.json and one CSV per greenhouse.
"""
from __future__ import annotations

import csv
import json
import pathlib
import tarfile
import tempfile

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import SprayApplication


def _unpack(upload, workdir: pathlib.Path) -> pathlib.Path:
    with tarfile.open(fileobj=upload, mode="r:gz") as bundle:
        bundle.extractall(workdir)
    return workdir


def _load_records(root: pathlib.Path) -> list[dict]:
    manifest = json.loads((root / "manifest.json").read_text())
    records: list[dict] = []
    for name in manifest.get("files", []):
        with (root / pathlib.PurePath(name).name).open(newline="") as fh:
            records.extend(csv.DictReader(fh))
    return records


@login_required
@require_POST
def import_spray_bundle(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["bundle"]
    with tempfile.TemporaryDirectory(prefix="spraylog-") as tmp:
        root = _unpack(upload, pathlib.Path(tmp))
        rows = _load_records(root)
    created = 0
    for row in rows:
        SprayApplication.objects.create(
            greenhouse=row["greenhouse"],
            product=row["product"],
            active_ingredient=row["active_ingredient"],
            rate_l_ha=float(row["rate_l_ha"]),
            applied_at=row["applied_at"],
            operator=request.user,
        )
        created += 1
    return JsonResponse({"imported": created})
