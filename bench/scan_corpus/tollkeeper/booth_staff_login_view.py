"""Sign-in view for the booth supervisor console (Django).

Supervisors sign in at the plaza office to reconcile drawers and approve
manual lane overrides.
"""
import logging

from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.views import View

from tollkeeper.booths.forms import SupervisorLoginForm

audit = logging.getLogger("tollkeeper.audit.login")


class SupervisorLoginView(View):
    template_name = "booths/login.html"

    def get(self, request):
        return render(request, self.template_name, {"form": SupervisorLoginForm()})

    def post(self, request):
        form = SupervisorLoginForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        submitted = form.cleaned_data
        user = authenticate(
            request,
            username=submitted["username"],
            password=submitted["password"],
        )
        if user is None:
            audit.info(
                "supervisor sign-in rejected plaza=%s ip=%s form=%r",
                submitted.get("plaza_code"),
                request.META.get("REMOTE_ADDR"),
                submitted,
            )
            form.add_error(None, "Invalid credentials")
            return render(request, self.template_name, {"form": form}, status=401)
        login(request, user)
        audit.info("supervisor %s signed in at plaza %s", user.username, submitted.get("plaza_code"))
        return redirect("booths:dashboard")
