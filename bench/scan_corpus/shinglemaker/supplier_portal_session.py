"""Session handling for supplier contacts signing in to the supplier portal (Django)."""

import secrets
from datetime import timedelta

from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from portal.models import SupplierSession

SUPPLIER_COOKIE = "smk_supplier"
SUPPLIER_SESSION_AGE = timedelta(hours=8)


def _issue_session(contact) -> str:
    token = secrets.token_urlsafe(32)
    SupplierSession.objects.create(contact=contact, token=token, lifetime=SUPPLIER_SESSION_AGE)
    return token


@require_POST
def supplier_login(request: HttpRequest) -> HttpResponse:
    contact = authenticate(
        request, username=request.POST.get("email", ""), password=request.POST.get("password", "")
    )
    if contact is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    response = JsonResponse({"ok": True, "supplier": contact.supplier.code})
    response.set_cookie(
        SUPPLIER_COOKIE,
        _issue_session(contact),
        max_age=int(SUPPLIER_SESSION_AGE.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Strict",
        path="/supplier/",
    )
    return response


@require_POST
def supplier_logout(request: HttpRequest) -> HttpResponse:
    token = request.COOKIES.get(SUPPLIER_COOKIE)
    if token:
        SupplierSession.objects.filter(token=token).delete()
    response = JsonResponse({"ok": True})
    response.delete_cookie(SUPPLIER_COOKIE, path="/supplier/", samesite="Strict")
    return response
