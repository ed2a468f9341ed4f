"""Storage statements for cellar accounts, stored per account on shared disk.

Account managers can fetch or remove any generated statement when resolving
billing queries for a cellar storage customer.
"""

import os

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_http_methods


def _statement_path(account_ref: str, filename: str) -> str:
    base = os.path.realpath(settings.CELLAR_STATEMENT_ROOT)
    candidate = os.path.realpath(os.path.join(base, account_ref, filename))
    if os.path.commonpath([base, candidate]) != base:
        raise Http404("statement not found")
    return candidate


@staff_member_required
def fetch_statement(request, account_ref: str):
    path = _statement_path(account_ref, request.GET.get("file", ""))
    if not os.path.isfile(path):
        raise Http404("statement not found")
    return FileResponse(open(path, "rb"), content_type="application/pdf", as_attachment=True)


@staff_member_required
@require_http_methods(["POST"])
def remove_statement(request, account_ref: str):
    path = _statement_path(account_ref, request.POST.get("file", ""))
    if not os.path.isfile(path):
        raise Http404("statement not found")
    os.remove(path)
    return JsonResponse({"removed": os.path.basename(path), "account": account_ref})


@staff_member_required
def list_statements(request, account_ref: str):
    folder = _statement_path(account_ref, "")
    if not os.path.isdir(folder):
        return JsonResponse({"statements": []})
    return JsonResponse({"statements": sorted(os.listdir(folder))})
