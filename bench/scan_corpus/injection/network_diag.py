"""Admin-panel reachability check used by on-call staff."""
import os
import re

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET

PING_COUNT = 3
_RTT = re.compile(r"= [\d.]+/([\d.]+)/[\d.]+/[\d.]+ ms")


def _ping(host):
    with os.popen(f"ping -c {PING_COUNT} -W 2 {host} 2>&1") as pipe:
        output = pipe.read()
    match = _RTT.search(output)
    return {
        "host": host,
        "reachable": match is not None,
        "avg_rtt_ms": float(match.group(1)) if match else None,
    }


@staff_member_required
@require_GET
def reachability(request):
    host = request.GET.get("host", "").strip()
    if not host:
        return JsonResponse({"error": "host is required"}, status=400)
    return JsonResponse(_ping(host))
