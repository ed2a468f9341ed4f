"""Login endpoint for the customer portal (ticket WEB-302: remember me)."""
from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST

from .sessions import create_portal_session

REMEMBER_ME_AGE = timedelta(days=30)


@require_POST
def login_view(request: HttpRequest) -> HttpResponse:
    email = request.POST.get("email", "")
    user = authenticate(request, username=email, password=request.POST.get("password", ""))
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)

    remember = request.POST.get("remember") == "on"
    token = create_portal_session(user, remember=remember)
    response = JsonResponse({"ok": True})
    max_age = int(REMEMBER_ME_AGE.total_seconds()) if remember else None
    response.set_cookie("portal_session", token, max_age=max_age, samesite="Lax")
    return response
