"""Export lab test reports for a customer's safety audit.

Large industrial customers ask for the full set of test reports (cut, abrasion,
heat, chemical) behind the gloves they buy.  Reports are stored on disk and
indexed in the ``lab_reports`` table; the customer only ever sends report ids.
"""
import io
import zipfile
from pathlib import Path
from typing import Dict, Iterable

from django.http import Http404, HttpResponse
from django.views.decorators.http import require_POST

from .models import LabReport

REPORT_STORE = Path("/srv/glovemaker/lab-reports")


def _stored_paths(account_id: int, report_ids: Iterable[int]) -> Dict[int, Path]:
    reports = LabReport.objects.filter(
        id__in=list(report_ids), styles__trade_accounts__id=account_id
    ).distinct()
    return {r.id: REPORT_STORE / r.storage_key for r in reports}


def _zip(paths: Dict[int, Path]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for report_id, path in sorted(paths.items()):
            zf.write(path, arcname=f"report-{report_id}{path.suffix}")
    return buffer.getvalue()


@require_POST
def export_reports(request):
    account_id = request.user.trade_profile.account_id
    try:
        wanted = [int(v) for v in request.POST.getlist("report_id")]
    except ValueError:
        raise Http404("unknown report")
    paths = _stored_paths(account_id, wanted)
    if not paths or len(paths) != len(set(wanted)):
        raise Http404("unknown report")
    response = HttpResponse(_zip(paths), content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="test-reports.zip"'
    return response
