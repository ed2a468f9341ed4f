"""Login view for the trade counter terminal at the workshop shop front."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views import View
from django.views.decorators.debug import sensitive_post_parameters
from django.utils.decorators import method_decorator

audit = logging.getLogger("lorimer.trade.audit")

LOCKOUT_AFTER = 5


@method_decorator(sensitive_post_parameters("password"), name="dispatch")
class TradeCounterLogin(View):
    template_name = "trade/counter_login.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {})

    def post(self, request: HttpRequest) -> HttpResponse:
        account_no = request.POST.get("account_no", "").strip().upper()
        password = request.POST.get("password", "")
        attempts = request.session.get("counter_attempts", 0)
        if attempts >= LOCKOUT_AFTER:
            audit.warning("counter login locked for %s from %s", account_no, self._ip(request))
            return render(request, self.template_name, {"locked": True}, status=429)
        user = authenticate(request, username=account_no, password=password)
        if user is None:
            request.session["counter_attempts"] = attempts + 1
            ip = self._ip(request)
            audit.info("failed counter login %s/%r from %s (attempt %d)", account_no, password, ip, attempts + 1)
            return render(request, self.template_name, {"error": True}, status=401)
        request.session.pop("counter_attempts", None)
        login(request, user)
        audit.info("counter login account=%s ip=%s", account_no, self._ip(request))
        return redirect("trade:counter-home")

    @staticmethod
    def _ip(request: HttpRequest) -> str:
        return request.META.get("REMOTE_ADDR", "-")
