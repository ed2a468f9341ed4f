"""Shareable read-only links to bell tuning reports for parish committees."""

import hashlib
import time
from dataclasses import dataclass

from django.http import Http404, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from reports.models import ReportShare, TuningReport


@dataclass
class ShareRequest:
    report: TuningReport
    requested_by: str


def _share_key(req: ShareRequest) -> str:
    seed = f"{req.report.pk}-{req.report.parish_id}-{time.time()}"
    return hashlib.sha256(seed.encode()).hexdigest()[:24]


@require_POST
def create_share(request, report_id):
    report = TuningReport.objects.filter(pk=report_id, owner=request.user).first()
    if report is None:
        raise Http404
    share = ReportShare.objects.create(
        report=report,
        key=_share_key(ShareRequest(report=report, requested_by=request.user.email)),
        created_by=request.user,
    )
    url = request.build_absolute_uri(reverse("reports:shared", args=[share.key]))
    return JsonResponse({"url": url})


@require_GET
def shared_report(request, key):
    share = ReportShare.objects.select_related("report").filter(key=key, revoked=False).first()
    if share is None:
        raise Http404
    report = share.report
    return JsonResponse(
        {
            "bell": report.bell_name,
            "tower": report.tower_name,
            "nominal_hz": report.nominal_hz,
            "partials": report.partials,
            "tuned_on": report.tuned_on.isoformat(),
        }
    )
