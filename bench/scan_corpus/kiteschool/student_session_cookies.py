"""Login and session cookie handling for the student booking site."""
from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any, Dict

from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_POST


class SessionCookiePolicy:
    name = "ks_student_session"
    lifetime = timedelta(days=7)
    attributes: Dict[str, Any] = {"secure": True, "httponly": True, "samesite": "Lax", "path": "/"}

    @classmethod
    def options(cls) -> Dict[str, Any]:
        return {**cls.attributes, "max_age": int(cls.lifetime.total_seconds())}


class SessionIssuer:
    def __init__(self, store, policy: type[SessionCookiePolicy] = SessionCookiePolicy) -> None:
        self.store = store
        self.policy = policy

    def attach(self, response: HttpResponse, user_id: int) -> HttpResponse:
        sid = secrets.token_urlsafe(32)
        self.store.save(sid, user_id, ttl=self.policy.lifetime)
        response.set_cookie(self.policy.name, sid, **self.policy.options())
        return response


def make_login_view(store):
    issuer = SessionIssuer(store)

    @require_POST
    def login(request: HttpRequest) -> HttpResponse:
        user = authenticate(request, username=request.POST.get("email"), password=request.POST.get("password"))
        if user is None:
            return JsonResponse({"error": "invalid credentials"}, status=401)
        return issuer.attach(JsonResponse({"ok": True}), user.pk)

    return login
