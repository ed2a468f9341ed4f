"""Download views for the climate archive portal.

Monthly station CSV extracts are pre-generated nightly into
CLIMATE_EXPORT_ROOT/<network>/<station>_<yyyymm>.csv
"""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET


@require_GET
@login_required
def download_extract(request: HttpRequest, network: str) -> FileResponse:
    if network not in settings.CLIMATE_NETWORKS:
        raise Http404("unknown network")
    name = request.GET.get("file", "")
    if not name.endswith(".csv"):
        raise Http404("only CSV extracts are available")
    path = os.path.join(settings.CLIMATE_EXPORT_ROOT, network, name)
    if not os.path.isfile(path):
        raise Http404("extract not found")
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))
