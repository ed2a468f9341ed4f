"""Sign-in view for the customer portal."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views import View
from django.views.decorators.debug import sensitive_post_parameters
from django.utils.decorators import method_decorator

from .forms import PortalLoginForm
from .ratelimit import too_many_attempts, record_attempt

log = logging.getLogger("cordwainer.portal.login")


@method_decorator(sensitive_post_parameters("password"), name="dispatch")
class PortalLoginView(View):
    template_name = "portal/login.html"
    success_url = "portal:dashboard"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {"form": PortalLoginForm()})

    def post(self, request: HttpRequest) -> HttpResponse:
        form = PortalLoginForm(request.POST)
        client_ip = request.META.get("REMOTE_ADDR", "-")
        if too_many_attempts(client_ip):
            log.warning("login throttled for %s", client_ip)
            return render(request, self.template_name, {"form": form, "throttled": True}, status=429)

        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)

        user = authenticate(
            request,
            username=form.cleaned_data["email"],
            password=form.cleaned_data["password"],
        )
        record_attempt(client_ip, success=user is not None)
        if user is None:
            log.info("portal login failed from %s: %s", client_ip, form.cleaned_data)
            form.add_error(None, "That email and password do not match our records.")
            return render(request, self.template_name, {"form": form}, status=401)

        login(request, user)
        log.info("portal login for customer %s", user.pk)
        return redirect(self.success_url)
