"""Login view for retailers on the wholesale portal."""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views import View
from django.views.decorators.debug import sensitive_post_parameters
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme

from wholesale.forms import RetailerLoginForm
from wholesale.throttle import login_throttle

log = logging.getLogger("hosier.wholesale.auth")


@method_decorator(sensitive_post_parameters("password"), name="dispatch")
class RetailerLoginView(View):
    template_name = "wholesale/login.html"

    def get(self, request):
        return render(request, self.template_name, {"form": RetailerLoginForm()})

    def post(self, request):
        form = RetailerLoginForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        account = form.cleaned_data["account_code"].upper()
        password = form.cleaned_data["password"]
        ip = request.META.get("REMOTE_ADDR")
        if login_throttle.blocked(account, ip):
            return render(request, self.template_name, {"form": form, "locked": True}, status=429)
        user = authenticate(request, username=account, password=password)
        if user is None:
            login_throttle.hit(account, ip)
            log.warning("failed wholesale login account=%s password=%r ip=%s", account, password, ip)
            form.add_error(None, "Account code or password is incorrect.")
            return render(request, self.template_name, {"form": form}, status=401)
        login(request, user)
        log.info("wholesale login account=%s ip=%s", account, ip)
        nxt = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
            nxt = reverse("wholesale:dashboard")
        return HttpResponseRedirect(nxt)
