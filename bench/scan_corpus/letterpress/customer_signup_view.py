"""Sign-up view for the online shop (greeting cards, art prints, custom stationery)."""
import logging

from django.contrib.auth import get_user_model, login
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.views import View

from .forms import SignupForm
from .models import CustomerProfile

log = logging.getLogger("shop.signup")
User = get_user_model()


class SignupView(View):
    http_method_names = ["post"]

    def _payload(self, request) -> dict:
        return {
            "email": request.POST.get("email", "").strip().lower(),
            "first_name": request.POST.get("first_name", "").strip(),
            "last_name": request.POST.get("last_name", "").strip(),
            "password": request.POST.get("password", ""),
            "newsletter": request.POST.get("newsletter") == "on",
        }

    def post(self, request):
        payload = self._payload(request)
        log.info("shop signup attempt from %s: %r", request.META.get("REMOTE_ADDR"), payload)
        form = SignupForm(payload)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors}, status=400)
        try:
            with transaction.atomic():
                user = User.objects.create_user(
                    username=payload["email"],
                    email=payload["email"],
                    password=payload["password"],
                    first_name=payload["first_name"],
                    last_name=payload["last_name"],
                )
                CustomerProfile.objects.create(user=user, newsletter=payload["newsletter"])
        except IntegrityError:
            return JsonResponse({"errors": {"email": ["already registered"]}}, status=409)
        login(request, user)
        log.info("created shop account %s", user.pk)
        return JsonResponse({"id": user.pk}, status=201)
