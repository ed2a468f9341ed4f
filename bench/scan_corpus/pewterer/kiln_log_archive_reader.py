"""Reads archived kiln firing logs for the maintenance dashboard."""
import csv
import io
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse

ARCHIVE_ROOT = os.path.realpath(settings.KILN_LOG_ARCHIVE)


def archive_path(kiln: str, filename: str) -> str:
    candidate = os.path.realpath(os.path.join(ARCHIVE_ROOT, kiln, filename))
    if os.path.commonpath([ARCHIVE_ROOT, candidate]) != ARCHIVE_ROOT:
        raise Http404("Unknown log")
    return candidate


def summarise(path: str) -> dict:
    peak = 0.0
    rows = 0
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            rows += 1
            peak = max(peak, float(row["celsius"]))
    return {"rows": rows, "peak_celsius": peak}


@login_required
def firing_log(request, kiln: str):
    filename = request.GET.get("file", "")
    path = archive_path(kiln, filename)
    if not os.path.isfile(path):
        raise Http404("Unknown log")
    summary = summarise(path)
    if request.GET.get("raw") == "1":
        with open(path, newline="") as handle:
            summary["sample"] = list(csv.reader(io.StringIO(handle.read(4096))))[:20]
    return JsonResponse({"kiln": kiln, "file": os.path.basename(path), **summary})
