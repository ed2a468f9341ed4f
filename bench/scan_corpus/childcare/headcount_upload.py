"""Office upload of the council's funded-hours headcount file (XML)."""
from decimal import Decimal, InvalidOperation

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from django.contrib.auth.decorators import login_required, permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

NS = {"ey": "urn:la:early-years:headcount:v3"}
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def _child_rows(root) -> list[dict]:
    rows = []
    for node in root.iterfind("ey:Children/ey:Child", NS):
        try:
            hours = Decimal(node.findtext("ey:FundedHours", "0", NS))
        except InvalidOperation:
            hours = Decimal("0")
        rows.append({
            "upn": node.findtext("ey:UPN", "", NS),
            "surname": node.findtext("ey:Surname", "", NS),
            "funded_hours": str(hours),
        })
    return rows


@login_required
@permission_required("billing.reconcile_funding", raise_exception=True)
@require_POST
def upload_headcount(request):
    upload = request.FILES.get("headcount")
    if upload is None or upload.size > MAX_UPLOAD_BYTES:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        root = SafeET.fromstring(upload.read())
    except (SafeET.ParseError, DefusedXmlException):
        return JsonResponse({"error": "file is not a valid headcount return"}, status=400)

    rows = _child_rows(root)
    return JsonResponse({
        "provider": root.findtext("ey:Provider/ey:URN", "", NS),
        "children": rows,
        "total_hours": str(sum(Decimal(r["funded_hours"]) for r in rows)),
    })
