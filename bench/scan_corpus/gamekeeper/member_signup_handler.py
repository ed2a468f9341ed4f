"""Online application form for new gun club members.

Applicants fill in their details, certificate numbers and a password; the
application is queued for committee approval and an account is created in a
pending state.
"""
import logging

from django.contrib.auth.hashers import make_password
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.views import View

from club.forms import ApplicationForm
from club.models import Application, Member

logger = logging.getLogger(__name__)


class MembershipApplicationView(View):
    form_class = ApplicationForm

    def _create(self, data: dict) -> Member:
        with transaction.atomic():
            member = Member.objects.create(
                email=data["email"],
                first_name=data["first_name"],
                surname=data["surname"],
                password=make_password(data["password"]),
                is_active=False,
            )
            Application.objects.create(
                member=member,
                sgc_number=data.get("sgc_number", ""),
                fac_number=data.get("fac_number", ""),
                proposer=data.get("proposer", ""),
            )
        return member

    def post(self, request):
        form = self.form_class(request.POST)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors}, status=400)
        data = form.cleaned_data
        try:
            member = self._create(data)
        except IntegrityError:
            logger.warning("application rejected as duplicate: %r", data)
            return JsonResponse({"error": "an application already exists for this email"}, status=409)
        logger.info("application received from member %s", member.pk)
        return JsonResponse({"status": "pending", "member": member.pk}, status=201)
