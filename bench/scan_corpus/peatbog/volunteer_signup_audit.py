"""Volunteer sign-up endpoint with an audit trail.

Safeguarding policy asks for a record of who signed up, when and from which
referral channel; the audit log is shipped to the trust's log store.
"""
from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .forms import SignupForm
from .models import VolunteerProfile

audit = logging.getLogger("peatbog.audit.signup")


@require_POST
def signup(request):
    form = SignupForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    data = form.cleaned_data
    try:
        validate_password(data["password"])
    except ValidationError as exc:
        return JsonResponse({"errors": {"password": exc.messages}}, status=400)

    User = get_user_model()
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                username=data["email"].lower(),
                email=data["email"].lower(),
                password=data["password"],
                first_name=data["first_name"],
                last_name=data["last_name"],
            )
            VolunteerProfile.objects.create(
                user=user,
                home_area=data["home_area"],
                referral=data.get("referral", ""),
                over_18=data["over_18"],
            )
    except IntegrityError:
        audit.info("duplicate signup attempt for %s", data["email"].lower())
        return JsonResponse({"errors": {"email": ["already registered"]}}, status=409)

    audit.info(
        "volunteer signup user=%s email=%s referral=%s ip=%s",
        user.pk, user.email, data.get("referral", "-"), request.META.get("REMOTE_ADDR"),
    )
    return JsonResponse({"id": user.pk, "status": "pending_induction"}, status=201)
