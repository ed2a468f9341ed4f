"""Customer sign-up for the portal, with an audit log of each registration attempt."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from django.db import IntegrityError, transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import PortalCustomer

audit = logging.getLogger("harpmaker.portal.signup")

_hasher = PasswordHasher()


@dataclass
class SignupForm:
    email: str
    display_name: str
    password: str
    newsletter: bool

    @classmethod
    def from_post(cls, data) -> "SignupForm":
        return cls(
            email=data.get("email", "").strip().lower(),
            display_name=data.get("display_name", "").strip()[:80],
            password=data.get("password", ""),
            newsletter=data.get("newsletter") == "on",
        )

    def errors(self) -> list[str]:
        problems = []
        if "@" not in self.email:
            problems.append("email")
        if len(self.password) < 10:
            problems.append("password too short")
        return problems

    def audit_fields(self) -> dict:
        return {"email": self.email, "name": self.display_name, "newsletter": self.newsletter}


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "-")


@require_POST
def signup(request: HttpRequest) -> JsonResponse:
    form = SignupForm.from_post(request.POST)
    problems = form.errors()
    if problems:
        audit.info("signup rejected %s from %s: %s", form.audit_fields(), _client_ip(request),
                   ", ".join(problems))
        return JsonResponse({"errors": problems}, status=400)
    try:
        with transaction.atomic():
            customer = PortalCustomer.objects.create(
                email=form.email,
                display_name=form.display_name,
                password_hash=_hasher.hash(form.password),
                newsletter=form.newsletter,
            )
    except IntegrityError:
        audit.info("signup for existing email %s from %s", form.email, _client_ip(request))
        return JsonResponse({"errors": ["email already registered"]}, status=409)
    audit.info("new portal customer %s %s", customer.pk, form.audit_fields())
    return JsonResponse({"id": customer.pk}, status=201)
