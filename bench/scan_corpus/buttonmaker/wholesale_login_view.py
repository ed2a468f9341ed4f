"""Login view for the wholesale portal."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views import View
from django.views.decorators.debug import sensitive_post_parameters
from django.utils.decorators import method_decorator

from portal.models import LoginAttempt

logger = logging.getLogger("portal.auth")

MAX_FAILED = 5


@method_decorator(sensitive_post_parameters("password"), name="dispatch")
class WholesaleLoginView(View):
    template_name = "portal/login.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {"next": request.GET.get("next", "/")})

    def post(self, request: HttpRequest) -> HttpResponse:
        email = request.POST.get("email", "").strip().lower()
        password = request.POST.get("password", "")
        ip = request.META.get("REMOTE_ADDR")

        if LoginAttempt.recent_failures(email) >= MAX_FAILED:
            logger.warning("login locked for %s from %s", email, ip)
            return render(request, self.template_name, {"error": "locked"}, status=429)

        user = authenticate(request, username=email, password=password)
        if user is None:
            LoginAttempt.objects.create(email=email, ip=ip, success=False)
            logger.warning("failed wholesale login from %s: %s", ip, request.POST.dict())
            return render(request, self.template_name, {"error": "invalid"}, status=401)

        LoginAttempt.objects.create(email=email, ip=ip, success=True)
        login(request, user)
        logger.info("buyer %s logged in from %s", email, ip)
        return redirect(request.POST.get("next") or "/")
