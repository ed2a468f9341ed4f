"""Login for the practice-night sign-up page, with audit logging.

Ringers sign in with their membership number and portal password to book
a place at a practice; failures are logged for the tower captain.
"""
import logging

from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views import View

logger = logging.getLogger("bellringer.practice.auth")


class SignupLoginView(View):
    template_name = "practice/login.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name)

    def post(self, request: HttpRequest) -> HttpResponse:
        membership_no = request.POST.get("membership_no", "").strip()
        password = request.POST.get("password", "")
        user = authenticate(request, username=membership_no, password=password)
        if user is None:
            logger.warning(
                "Practice sign-up login failed for member %s from %s (fields: %s)",
                membership_no,
                request.META.get("REMOTE_ADDR"),
                sorted(k for k in request.POST.keys() if k != "csrfmiddlewaretoken"),
            )
            return render(
                request,
                self.template_name,
                {"error": "Membership number or password not recognised"},
                status=401,
            )
        login(request, user)
        logger.info("Member %s signed in for practice booking", membership_no)
        return redirect("practice:upcoming")
