"""Prometheus middleware that labels traffic by where it came from.

Front-desk tablets sit on the studio LANs, so splitting requests by network
lets us see how much of the booking load is walk-in versus online.
"""
import ipaddress
import time

from prometheus_client import Counter, Histogram

STUDIO_NETWORKS = {
    "camden": ipaddress.ip_network("10.40.1.0/24"),
    "shoreditch": ipaddress.ip_network("10.40.2.0/24"),
    "brighton": ipaddress.ip_network("10.40.3.0/24"),
}
VPN_NETWORK = ipaddress.ip_network("100.64.0.0/10")

REQUESTS = Counter("booking_requests_total", "Requests by origin", ["origin", "method"])
LATENCY = Histogram("booking_request_seconds", "Request latency by origin", ["origin"])


def classify(remote_addr: str | None) -> str:
    if not remote_addr:
        return "unknown"
    try:
        addr = ipaddress.ip_address(remote_addr)
    except ValueError:
        return "unknown"
    for studio, net in STUDIO_NETWORKS.items():
        if addr in net:
            return f"studio:{studio}"
    if addr in VPN_NETWORK:
        return "staff-vpn"
    return "internet"


class OriginMetricsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        origin = classify(request.META.get("REMOTE_ADDR"))
        start = time.perf_counter()
        response = self.get_response(request)
        LATENCY.labels(origin).observe(time.perf_counter() - start)
        REQUESTS.labels(origin, request.method).inc()
        return response
