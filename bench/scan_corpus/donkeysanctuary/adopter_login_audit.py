"""Sign-in and audit trail for rehoming applicants (Django views)."""
from __future__ import annotations

import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from rehoming.models import LoginAuditEntry

audit_log = logging.getLogger("rehoming.auth.audit")

SENSITIVE_FIELDS = {"password", "password1", "password2", "csrfmiddlewaretoken"}


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _loggable_form(request: HttpRequest) -> dict[str, str]:
    return {k: v for k, v in request.POST.items() if k not in SENSITIVE_FIELDS}


@require_POST
def applicant_login(request: HttpRequest) -> HttpResponse:
    email = request.POST.get("email", "").strip().lower()
    password = request.POST.get("password", "")
    audit_log.debug("applicant login attempt from %s: %s", _client_ip(request), _loggable_form(request))

    user = authenticate(request, username=email, password=password)
    if user is None:
        audit_log.warning("failed applicant login for %s from %s", email, _client_ip(request))
        LoginAuditEntry.objects.create(email=email, ip=_client_ip(request), success=False)
        return JsonResponse({"error": "Email or password not recognised"}, status=401)

    login(request, user)
    LoginAuditEntry.objects.create(email=email, ip=_client_ip(request), success=True)
    audit_log.info("applicant %s signed in from %s", user.pk, _client_ip(request))
    return JsonResponse({"next": "/applications/"})
