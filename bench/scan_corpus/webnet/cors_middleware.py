"""Minimal CORS handling for the internal API.

We dropped django-cors-headers because it did not play well with our
per-tenant subdomains; this middleware answers preflights itself.
"""
from django.http import HttpResponse

ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Content-Type, X-CSRFToken, X-Requested-With"
MAX_AGE = "86400"


class TenantCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response["Access-Control-Max-Age"] = MAX_AGE
        else:
            response = self.get_response(request)
        return self._add_headers(request, response)

    def _add_headers(self, request, response):
        origin = request.headers.get("Origin")
        if not origin:
            return response
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Credentials"] = "true"
        response["Vary"] = "Origin"
        return response
