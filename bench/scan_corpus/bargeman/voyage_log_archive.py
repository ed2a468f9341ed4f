"""Django views giving fleet managers access to archived electronic voyage logs."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, JsonResponse

from fleet.models import Vessel


def _archive_root() -> str:
    return os.path.realpath(settings.VOYAGE_LOG_ARCHIVE)


def _locate(vessel: Vessel, log_name: str) -> str:
    vessel_dir = os.path.join(_archive_root(), vessel.eni_number)
    full = os.path.realpath(os.path.join(vessel_dir, log_name))
    if os.path.commonpath([vessel_dir, full]) != vessel_dir:
        raise Http404("no such voyage log")
    if not os.path.isfile(full):
        raise Http404("no such voyage log")
    return full


@login_required
def download_voyage_log(request: HttpRequest, vessel_id: int, log_name: str) -> FileResponse:
    vessel = Vessel.objects.filter(pk=vessel_id, fleet__managers=request.user).first()
    if vessel is None:
        raise Http404("unknown vessel")
    path = _locate(vessel, log_name)
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))


@login_required
def voyage_log_index(request: HttpRequest, vessel_id: int):
    vessel = Vessel.objects.filter(pk=vessel_id, fleet__managers=request.user).first()
    if vessel is None:
        raise Http404("unknown vessel")
    folder = os.path.join(_archive_root(), vessel.eni_number)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return JsonResponse({"vessel": vessel.name, "logs": names})
