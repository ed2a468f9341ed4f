"""Admin-panel reachability check used by on-call staff."""
import ipaddress
import re
import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET

PING_COUNT = 3
_HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")
_RTT = re.compile(r"= [\d.]+/([\d.]+)/[\d.]+/[\d.]+ ms")


def _valid_target(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return bool(_HOSTNAME.fullmatch(host))


def _ping(host: str) -> dict:
    result = subprocess.run(
        ["ping", "-c", str(PING_COUNT), "-W", "2", host],
        capture_output=True,
        text=True,
        timeout=15,
    )
    match = _RTT.search(result.stdout)
    return {"host": host, "reachable": result.returncode == 0, "avg_rtt_ms": float(match.group(1)) if match else None}


@staff_member_required
@require_GET
def reachability(request):
    host = request.GET.get("host", "").strip()
    if not _valid_target(host):
        return JsonResponse({"error": "invalid host"}, status=400)
    return JsonResponse(_ping(host))
